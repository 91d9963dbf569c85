//! A row's flags as words (有错误, 逾期, 重复…), each a badge: colour only repeats the word.

use leptos::prelude::*;
use report_domain::batch::Flag;

/// The badges of one row.
#[component]
pub fn FlagBadges(flags: Vec<Flag>) -> impl IntoView {
    let items = flags
        .into_iter()
        .map(|f| {
            view! {
                <li class=format!("batch-flag flag-{}", f.key()) data-flag=f.key()>{f.label()}</li>
            }
        })
        .collect_view();
    view! { <ul class="batch-flags" aria-label="标记" data-testid="batch-flags">{items}</ul> }
}
