//! The storage banners above the form: a full or unavailable storage (with the JSON backup),
//! another tab's newer work (with the two ways out), and unreadable entries kept aside.

use leptos::prelude::*;

use super::controller::{use_drafts, Drafts};
use super::quarantined_line::QuarantinedLine;
use super::words::{crash_notice, storage_message, QUARANTINE_HINT};
use crate::components::io::download_json;
use crate::components::layout::{use_status, Status};
use crate::storage::crash::Feature;
use crate::storage::web;

/// Downloads the current report as JSON (the backup when storage fails).
fn backup(d: Drafts, status: Status) {
    let r = d.store().report_untracked();
    match download_json(&r) {
        Ok(_) => status.announce("已下载 JSON 备份"),
        Err(e) => status.announce(e),
    }
}

/// The banners (nothing when all is well).
#[component]
pub fn StorageBanners() -> impl IntoView {
    let Some(drafts) = use_drafts() else {
        return ().into_any();
    };
    let status = use_status();
    let error = move || {
        drafts.error().map(|e| {
            view! {
                <div class="storage-banner error" role="alert" data-testid="storage-error">
                    <p>{storage_message(&e)}</p>
                    <button type="button" on:click=move |_| backup(drafts, status) data-testid="backup-download">
                        "下载 JSON 备份"
                    </button>
                    <button type="button" on:click=move |_| drafts.flush()>
                        "重试保存"
                    </button>
                </div>
            }
        })
    };
    let conflict = move || {
        drafts.conflict().map(|e| {
            let when = match &e {
                crate::storage::StorageError::Conflict { theirs_saved_at, .. }
                    if *theirs_saved_at > 0.0 =>
                {
                    format!("（另一个标签页于 {} 保存）", web::clock(*theirs_saved_at))
                }
                _ => String::new(),
            };
            view! {
                <div class="storage-banner conflict" role="alert" data-testid="conflict-banner">
                    <p>{storage_message(&e)} {when}</p>
                    <button type="button" on:click=move |_| drafts.load_theirs() data-testid="conflict-load-theirs">
                        "载入另一个标签页的版本"
                    </button>
                    <button type="button" on:click=move |_| drafts.keep_mine_as_copy() data-testid="conflict-keep-mine">
                        "将本页内容另存为副本"
                    </button>
                </div>
            }
        })
    };
    let quarantined = move || {
        let q = drafts.quarantined();
        let crashed = drafts.crashed().then(
            || view! { <p data-testid="draft-crash-notice">{crash_notice(Feature::Draft)}</p> },
        );
        (!q.is_empty()).then(|| {
            let items = q
                .into_iter()
                .map(|item| view! { <QuarantinedLine item=item /> })
                .collect_view();
            view! {
                <div class="storage-banner quarantine" role="alert" data-testid="quarantine-banner">
                    {crashed}
                    <p>{format!("发现无法读取的草稿条目，已原样保存在隔离区，未删除（{QUARANTINE_HINT}）：")}</p>
                    <ul>{items}</ul>
                    <button type="button" on:click=move |_| drafts.dismiss_quarantined()>
                        "知道了"
                    </button>
                </div>
            }
        })
    };
    view! {
        <div class="storage-banners">
            {error}
            {conflict}
            {quarantined}
        </div>
    }
    .into_any()
}
