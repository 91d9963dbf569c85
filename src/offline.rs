//! The offline copy (`disclosure-report.html`, one self-contained file built by
//! `scripts/build-offline.mjs`): the notice shown when the page is opened from disk, and the
//! header link that downloads that file from the hosted page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
            let report = store.report_untracked();
            let name = draft_file_name(&report.meta.agency, report.meta.year);
            match download(&name, &report.to_json_string(), "application/json") {
                Ok(()) => status.announce(format!("草稿已保存为文件“{name}”")),
                Err(e) => status.announce(format!("无法保存文件：{e}")),
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

/// The "下载离线版" link of the hosted page (absent in the offline copy itself).
#[component]
pub fn OfflineLink() -> impl IntoView {
    (!is_offline_copy()).then(|| {
        view! {
            <a
                class="offline-link"
                href=OFFLINE_FILE
                download=OFFLINE_FILE
                title="下载单个网页文件，在没有网络的电脑上直接打开即可填报、检查和导出"
            >
                "下载离线版"
            </a>
        }
    })
}

/// "某县商务局-2021年度报告草稿.json": the agency and year, without characters file systems refuse.
pub fn draft_file_name(agency: &str, year: Option<i32>) -> String {
    let agency: String = agency
        .trim()
        .chars()
        .filter(|c| {
            !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control()
        })
        .take(60)
        .collect();
    let year = year.map(|y| y.to_string()).unwrap_or_default();
    if agency.is_empty() {
        format!("{year}年度报告草稿.json")
    } else {
        format!("{agency}-{year}年度报告草稿.json")
    }
}

/// Downloads `content` as a file (a Blob behind a temporary link; works from file:// too).
pub fn download(name: &str, content: &str, mime: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("没有页面")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| "无法创建下载链接".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the click; the URL is no longer needed once it is read.
    let revoke = url.clone();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&revoke);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
