//! Totals a report came with that are not the sums of their entries (an imported report whose
//! 总计 column was left blank, a report loaded whole): the form keeps them as given, so the
//! checks show the publisher's figures, and offers the computed ones in one step (undoable).

use leptos::prelude::*;
use report_domain::totals::{recomputed_note, refill, stale};

use crate::components::layout::use_status;
use crate::store::{use_store, Load};

/// The offer, in the panel: nothing while every total is its sum (always, once a cell is
/// edited in the form).
#[component]
pub fn StaleTotals() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let count = Memo::new(move |_| store.with_report(stale));
    let fill = move |_| {
        let mut r = store.report_untracked();
        let note = recomputed_note(&refill(&mut r));
        store.seal();
        store.replace_report(r, Load::Undoable);
        status.announce(format!("{note}；按 Ctrl+Z 可撤销"));
    };
    move || {
        let n = count.get();
        (n > 0).then(|| {
            view! {
                <p class="stale-totals" data-testid="stale-totals">
                    {format!("有 {n} 个合计与各项之和不符（或未填写）。")}
                    <button type="button" on:click=fill>
                        "按各项填入合计"
                    </button>
                </p>
            }
        })
    }
}
