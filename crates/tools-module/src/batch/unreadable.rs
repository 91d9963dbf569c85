//! The stored entries of the 汇总审查 list that could not be read: each named with its reason,
//! its content downloadable as stored. They are kept in the 隔离区, where the user can find
//! them later and is the only one to delete them.

use leptos::prelude::*;

use super::state::batch_state;
use disclosure_report::components::drafts::words::QUARANTINE_HINT;
use disclosure_report::components::drafts::QuarantinedLine;

/// The notice (nothing when every entry was read).
#[component]
pub fn UnreadableEntries() -> impl IntoView {
    let state = batch_state();
    move || {
        let entries = state.unreadable.get();
        (!entries.is_empty()).then(|| {
            let items = entries
                .into_iter()
                .map(|item| view! { <QuarantinedLine item=item /> })
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
