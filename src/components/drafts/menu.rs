//! The draft menu: the current draft's name and save state ("已保存 21:30:05"), the list of
//! drafts, and new, duplicate, rename, delete (with confirmation); the 隔离区 below the list.

use leptos::prelude::*;

use super::controller::use_drafts;
use super::quarantine::QuarantineArea;
use super::words::draft_title;
use crate::components::layout::use_status;
use crate::components::review::{open_from_last_year, FROM_LAST_YEAR_ROOT_ID};
use crate::storage::web;

/// The draft menu.
#[component]
pub fn DraftMenu() -> impl IntoView {
    let Some(drafts) = use_drafts() else {
        return ().into_any();
    };
    let open = RwSignal::new(false);
    let renaming = RwSignal::new(None::<(String, String)>);
    let deleting = RwSignal::new(None::<(String, String)>);
    let status = use_status();

    let saved = move || {
        if drafts.error().is_some() {
            "未能保存".to_string()
        } else if drafts.conflict().is_some() {
            "自动保存已暂停".to_string()
        } else if drafts.is_dirty() {
            "正在保存…".to_string()
        } else {
            match drafts.last_saved() {
                Some(t) => format!("已保存 {}", web::clock(t)),
                None => String::new(),
            }
        }
    };

    let list = move || {
        let current = drafts.current_id();
        drafts
            .list()
            .into_iter()
            .map(|d| {
                let id = d.id.clone();
                let is_current = current.as_deref() == Some(d.id.as_str());
                let title = draft_title(&d);
                let when = if d.saved_at > 0.0 {
                    format!("保存于 {}", web::date_time(d.saved_at))
                } else {
                    String::new()
                };
                let (id_open, id_ren, id_del) = (id.clone(), id.clone(), id.clone());
                let (t_ren, t_del) = (title.clone(), title.clone());
                view! {
                    <li class="draft-item" class:current=is_current data-draft=id.clone()>
                        <button
                            type="button"
                            class="draft-open"
                            aria-current=is_current.then_some("true")
                            on:click=move |_| {
                                open.set(false);
                                drafts.open(&id_open);
                            }
                        >
                            <span class="draft-title">{title}</span>
                            {d.imported.then(|| view! { <span class="badge">"导入"</span> })}
                            <span class="draft-time">{when}</span>
                        </button>
                        <button
                            type="button"
                            class="small"
                            on:click=move |_| {
                                open.set(false);
                                renaming.set(Some((id_ren.clone(), t_ren.clone())));
                            }
                        >
                            "重命名"
                        </button>
                        <button
                            type="button"
                            class="small danger"
                            on:click=move |_| {
                                open.set(false);
                                deleting.set(Some((id_del.clone(), t_del.clone())));
                            }
                        >
                            "删除"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let rename_dialog = move || {
        renaming.get().map(|(id, title)| {
            let value = RwSignal::new(title);
            let submit = move || {
                let name = value.get_untracked();
                drafts.rename(&id, &name);
                renaming.set(None);
            };
            view! {
                <form
                    class="draft-dialog"
                    data-testid="rename-dialog"
                    on:submit=move |e| {
                        e.prevent_default();
                        submit();
                    }
                >
                    <label>
                        "新名称："
                        <input type="text" bind:value=value data-testid="rename-input" />
                    </label>
                    <button type="submit">"确定"</button>
                    <button type="button" on:click=move |_| renaming.set(None)>
                        "取消"
                    </button>
                </form>
            }
        })
    };

    let delete_dialog = move || {
        deleting.get().map(|(id, title)| {
            view! {
                <div class="draft-dialog" role="alertdialog" data-testid="delete-dialog">
                    <p>{format!("确定删除草稿“{title}”吗？删除后无法恢复。")}</p>
                    <button
                        type="button"
                        class="danger"
                        data-testid="delete-confirm"
                        on:click=move |_| {
                            drafts.delete(&id);
                            deleting.set(None);
                        }
                    >
                        "删除"
                    </button>
                    <button type="button" on:click=move |_| deleting.set(None)>
                        "取消"
                    </button>
                </div>
            }
        })
    };

    view! {
        <div class="draft-menu">
            <button
                type="button"
                class="draft-current"
                aria-expanded=move || open.get().to_string()
                data-testid="draft-menu"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "草稿："
                <span data-testid="draft-title">{move || drafts.current_title()}</span>
                " ▾"
            </button>
            <span class="save-state" data-testid="save-state" aria-live="polite">
                {saved}
            </span>
            <button type="button" on:click=move |_| drafts.new_blank() data-testid="draft-new">
                "新建"
            </button>
            <button type="button" on:click=move |_| drafts.duplicate() data-testid="draft-duplicate">
                "复制"
            </button>
            <button
                type="button"
                on:click=move |_| open_from_last_year(status)
                data-testid="draft-from-last-year"
            >
                "从上年报告新建"
            </button>
            <Show when=move || open.get()>
                <div class="draft-list" data-testid="draft-list">
                    <ul>{list}</ul>
                    <QuarantineArea />
                </div>
            </Show>
            {rename_dialog}
            {delete_dialog}
            // 从上年报告新建's dialog: the review module mounts it here when the button is pressed.
            <span id=FROM_LAST_YEAR_ROOT_ID></span>
        </div>
    }
    .into_any()
}
