//! The quick fixes of one finding, as buttons (the domain offers them as data:
//! `Diagnostic.fixes`): each applies its edits as one undo step. If the report changed since
//! the fix was offered, the reason is said beside the buttons and nothing is changed.

use leptos::prelude::*;
use report_domain::fix::Fix;

use crate::store::use_store;

/// The fix buttons of one finding.
#[component]
pub fn FixButtons(
    /// The finding's rule code, to name it in each button's accessible name.
    code: &'static str,
    /// The fixes offered.
    fixes: Vec<Fix>,
) -> impl IntoView {
    let store = use_store();
    let error = RwSignal::new(None::<String>);
    let buttons = fixes
        .into_iter()
        .map(|fix| {
            let label = fix.label.clone();
            let data = label.clone();
            let name = format!("{label}（修正 {code}）");
            let fix = StoredValue::new(fix);
            view! {
                <button
                    type="button"
                    class="fix"
                    data-fix=data
                    aria-label=name
                    on:click=move |_| {
                        let result = fix.with_value(|f| store.apply_fix(f));
                        error.set(result.err());
                    }
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="fixes" role="group" aria-label="快速修正">
            {buttons}
            {move || error.get().map(|e| view! { <span class="fix-error" role="alert">{e}</span> })}
        </div>
    }
}
