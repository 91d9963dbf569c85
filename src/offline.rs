//! The offline copy (`disclosure-report.html`, one self-contained file built by
//! `scripts/build-offline.mjs`): the notice shown when the page is opened from disk, and the
//! header link that downloads that file from the hosted page.

use leptos::prelude::*;

use crate::components::io::download_json;
use crate::components::layout::use_status;
use crate::store::use_store;

/// What the notice says (drafts of a file opened from disk belong to its path in this browser).
pub const OFFLINE_NOTICE: &str =
    "您正在使用离线版：草稿保存在本浏览器中，且只属于此文件所在的路径。建议定期“保存为文件”。";

/// File name of the offline copy, beside `index.html` in dist/.
pub const OFFLINE_FILE: &str = "disclosure-report.html";

/// Whether the page was opened from disk (`file://`).
pub fn is_offline_copy() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// The notice with a "保存为文件" button, shown only when the page was opened from disk.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    is_offline_copy().then(|| {
        let store = use_store();
        let status = use_status();
        let save = move |_| {
            // The same file as 导出 JSON: the import reads it back on any machine.
            let report = store.report_untracked();
            match download_json(&report) {
                Ok(name) => status.announce(format!("草稿已保存为文件“{name}”")),
                Err(e) => status.announce(e),
            }
        };
        view! {
            <div class="offline-notice" role="note">
                <span>{OFFLINE_NOTICE}</span>
                <button type="button" class="offline-save" on:click=save>
                    "保存为文件"
                </button>
            </div>
        }
    })
}

/// The "下载离线版" link of the hosted page (absent in the offline copy itself, and in a
/// portal that did not give the file's address: `mount`'s `offlineUrl`).
#[component]
pub fn OfflineLink() -> impl IntoView {
    let url = crate::embed_mount::chrome().offline_url;
    url.filter(|_| !is_offline_copy()).map(|href| {
        view! {
            <a
                class="offline-link"
                href=href
                download=OFFLINE_FILE
                title="下载单个网页文件，在没有网络的电脑上直接打开即可填报、检查和导出"
            >
                "下载离线版"
            </a>
        }
    })
}
