//! The 隔离区 at the foot of the draft list: every stored entry that could not be read and was
//! moved aside (drafts and 汇总审查 files), with what it was, when it was moved and the storage it
//! takes. Each can be downloaded as stored, and deleted for good after a confirmation; nothing
//! else in the app deletes them.

use leptos::prelude::*;

use super::controller::use_drafts;
use crate::components::io::download_announced;
use crate::components::layout::use_status;
use crate::storage::web::{date_time, Area, WebKv};
use crate::storage::{
    kilobytes, list_quarantine, quarantine_summary, remove_quarantined, QuarantineItem,
};

/// The 隔离区 (rendered only when it holds something).
#[component]
pub fn QuarantineArea() -> impl IntoView {
    let Some(drafts) = use_drafts() else {
        return ().into_any();
    };
    let ns = StoredValue::new(drafts.namespace());
    // Read again after a deletion.
    let version = RwSignal::new(0u32);
    let confirming = RwSignal::new(None::<String>);
    let status = use_status();
    let items = move || {
        version.track();
        // An unavailable storage is already reported by the storage banners.
        ns.with_value(|ns| list_quarantine(&WebKv(Area::Local), ns))
            .unwrap_or_default()
    };
    let delete = move |key: &str| {
        match ns.with_value(|ns| remove_quarantined(&WebKv(Area::Local), ns, key)) {
            Ok(()) => status.announce("已删除隔离区中的条目"),
            Err(_) => status.announce("未能删除：浏览器存储不可用"),
        }
        confirming.set(None);
        version.update(|v| *v += 1);
    };
    let row = move |item: QuarantineItem| {
        let when = item
            .moved_at
            .map(|t| format!(" · 移入于 {}", date_time(t)))
            .unwrap_or_default();
        let text = format!(
            "{}{when} · 约 {} KB",
            item.kind.label(),
            kilobytes(item.units)
        );
        let (name, raw) = (item.file_name(), item.raw.clone());
        let save = move |_| download_announced(status, &name, "text/plain", &raw);
        let key = item.key.clone();
        let asking = {
            let key = key.clone();
            move || confirming.get().as_deref() == Some(key.as_str())
        };
        let actions = move || {
            let key = key.clone();
            if asking() {
                view! {
                    <span class="quarantine-confirm" role="alert">"删除后无法恢复，确定删除？"</span>
                    <button
                        type="button"
                        class="small danger"
                        data-testid="quarantine-delete-confirm"
                        on:click=move |_| delete(&key)
                    >
                        "删除"
                    </button>
                    <button type="button" class="small" on:click=move |_| confirming.set(None)>
                        "取消"
                    </button>
                }
                .into_any()
            } else {
                view! {
                    <button
                        type="button"
                        class="small danger"
                        data-testid="quarantine-delete"
                        on:click=move |_| confirming.set(Some(key.clone()))
                    >
                        "删除"
                    </button>
                }
                .into_any()
            }
        };
        view! {
            <li class="quarantine-item" data-testid="quarantine-item">
                <span class="quarantine-what">{text}</span>
                <button type="button" class="small" on:click=save data-testid="quarantine-download">
                    "下载原始内容"
                </button>
                {actions}
            </li>
        }
    };
    (move || {
        let items = items();
        (!items.is_empty()).then(|| {
            let summary = format!("隔离区：{}", quarantine_summary(&items));
            view! {
                <details class="quarantine-area" data-testid="quarantine-area">
                    <summary>{summary}</summary>
                    <p class="hint">
                        "无法读取的条目已原样移到这里保存，本应用不会自动删除。可下载原始内容留存，或交技术人员恢复；确认不再需要后再删除，以释放浏览器存储空间。"
                    </p>
                    <ul>{items.into_iter().map(row).collect_view()}</ul>
                </details>
            }
        })
    })
    .into_any()
}
