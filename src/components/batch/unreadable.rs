//! The stored entries of the 汇总审查 list that could not be read: each named with its reason,
//! its content downloadable as stored. They are kept in the 隔离区, where the user can find
//! them later and is the only one to delete them.

use leptos::prelude::*;

use super::state::batch_state;
use crate::components::io::download_announced;
use crate::components::layout::use_status;
use crate::storage::{download_name, QUARANTINE_HINT};

/// The notice (nothing when every entry was read).
#[component]
pub fn UnreadableEntries() -> impl IntoView {
    let state = batch_state();
    let status = use_status();
    move || {
        let entries = state.unreadable.get();
        (!entries.is_empty()).then(|| {
            let items = entries
                .into_iter()
                .map(|u| {
                    let raw = u.entry.raw.clone();
                    let name = download_name(&state.namespace(), &u.entry);
                    let save = move |_| download_announced(status, &name, "text/plain", &raw);
                    view! {
                        <li>
                            {u.message()}
                            " "
                            <button type="button" on:click=save>"下载原始内容"</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="storage-banner quarantine" role="alert" data-testid="batch-unreadable">
                    <ul>{items}</ul>
                    <p>{format!("这些条目{QUARANTINE_HINT}。")}</p>
                    <button type="button" on:click=move |_| state.unreadable.set(Vec::new())>
                        "知道了"
                    </button>
                </div>
            }
        })
    }
}
