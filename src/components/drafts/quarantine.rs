//! The 隔离区 at the foot of the draft list: every stored entry that could not be read and was
//! moved aside (drafts and 汇总审查 files), with what it was, when it was moved and the storage it
//! takes. Each can be downloaded as stored, and deleted for good after a confirmation; nothing
//! else in the app deletes them.

use leptos::prelude::*;

use super::controller::use_drafts;
use super::words::{describe, file_name, quarantine_summary};
use crate::components::dom::on_storage_event;
use crate::components::io::download_announced;
use crate::components::layout::use_status;
use crate::storage::web::{date_time, Area, WebKv};
use crate::storage::{kilobytes, list_quarantine, remove_quarantined, Quarantined};

/// The 隔离区 (rendered only when it holds something).
#[component]
pub fn QuarantineArea() -> impl IntoView {
    let Some(drafts) = use_drafts() else {
        return ().into_any();
    };
    let ns = StoredValue::new(drafts.namespace());
    // Read again after a deletion, and when another tab moves an entry aside or deletes one.
    let version = RwSignal::new(0u32);
    on_storage_event(move |e| {
        let ours = e
            .key()
            .is_none_or(|k| ns.with_value(|ns| ns.quarantined_from(&k).is_some()));
        if ours {
            version.update(|v| *v += 1);
        }
    });
    let items = Memo::new(move |_| {
        version.track();
        // An entry this tab moves aside while the list is open.
        drafts.quarantined();
        // An unavailable storage is already reported by the storage banners.
        ns.with_value(|ns| list_quarantine(&WebKv(Area::Local), ns))
            .unwrap_or_default()
    });
    let confirming = RwSignal::new(None::<String>);
    let status = use_status();
    let delete = move |key: &str| {
        match ns.with_value(|ns| remove_quarantined(&WebKv(Area::Local), ns, key)) {
            Ok(true) => status.announce("已删除隔离区中的条目"),
            Ok(false) | Err(_) => status.announce("未能删除隔离区中的条目"),
        }
        confirming.set(None);
        version.update(|v| *v += 1);
    };
    let row = move |item: Quarantined| {
        let text = format!(
            "{} · 移入时间 {} · 约 {} KB",
            describe(&item),
            date_time(item.moved_at.unwrap_or(0.0)),
            kilobytes(item.units)
        );
        let (name, raw) = (file_name(&item), item.raw.clone());
        let save = move |_| download_announced(status, &name, "text/plain", &raw);
        // Listed entries are all in the 隔离区: deleted by the key they are kept under.
        let key = item.moved_to.clone().unwrap_or_default();
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
                        "确定删除"
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
    // The list and its summary are rebuilt when it changes; the <details> around them stays, so
    // it stays open after a deletion.
    let any = Memo::new(move |_| items.with(|i| !i.is_empty()));
    (move || {
        any.get().then(|| {
            view! {
                <details class="quarantine-area" data-testid="quarantine-area">
                    <summary>{move || format!("隔离区：{}", items.with(|i| quarantine_summary(i)))}</summary>
                    <p class="hint">
                        "无法读取的条目已原样移到这里保存，本应用不会自动删除。可下载原始内容留存，或交技术人员恢复；确认不再需要后再删除，以释放浏览器存储空间。"
                    </p>
                    <ul>{move || items.get().into_iter().map(row).collect_view()}</ul>
                </details>
            }
        })
    })
    .into_any()
}
