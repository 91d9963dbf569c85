//! One entry just moved aside to the 隔离区, as the notices list it (the drafts' and the
//! 汇总审查's alike).

use leptos::prelude::*;

use super::words::{file_name, unreadable_message};
use crate::components::io::download_announced;
use crate::components::layout::use_status;
use crate::storage::Quarantined;

/// One entry just moved aside, as the drafts' and the 汇总审查's notices list it: what it was
/// and why it could not be read, with its content to download as stored.
#[component]
pub fn QuarantinedLine(item: Quarantined) -> impl IntoView {
    let status = use_status();
    let name = file_name(&item);
    let raw = item.raw.clone();
    view! {
        <li>
            <span>{unreadable_message(&item)}</span>
            " "
            <button
                type="button"
                on:click=move |_| download_announced(status, &name, "text/plain", &raw)
            >
                "下载原始内容"
            </button>
        </li>
    }
}
