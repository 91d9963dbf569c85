//! A computed cell (a 总计 row or column): read-only, grey, its value written by the domain's
//! totals on every edit.

use leptos::prelude::*;
use report_domain::format::CellId;
use report_domain::FormatDef;

use crate::components::diagnostics::{place_state, CellMarker, Presentation};
use crate::store::use_store;

/// A read-only total cell.
#[component]
pub fn TotalCell(
    /// The format the table belongs to.
    format: &'static FormatDef,
    /// The cell.
    id: CellId,
) -> impl IntoView {
    let store = use_store();
    let Some(info) = format.index().cells.get(id) else {
        return ().into_any();
    };
    let address: &'static str = info.address.as_str();
    let label = format!("{}（自动合计）", format.cell_label(id));
    let state = place_state(store, address);
    let text = Memo::new(move |_| state.with(|v| v.text.clone()));
    let msg_id = format!("msg-{address}");
    view! {
        <td class=move || format!("cell total {}", state.with(Presentation::class))>
            <output
                data-cell=address
                data-place=address
                tabindex="-1"
                aria-label=label
                aria-describedby={
                    let msg_id = msg_id.clone();
                    move || state.with(Presentation::has_message).then(|| msg_id.clone())
                }
            >
                {move || text.get()}
            </output>
            <CellMarker state=state id=msg_id />
        </td>
    }
    .into_any()
}
