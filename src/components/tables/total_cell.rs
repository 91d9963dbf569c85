//! A computed cell (a 总计 row or column): read-only, grey, its value written by the domain's
//! totals on every edit.

use leptos::prelude::*;
use report_domain::format::CellId;
use report_domain::FormatDef;

use crate::components::diagnostics::{
    focus_fixes, is_fix_key, place_state, CellMarker, Presentation, Revealed, FIX_KEYS,
};
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
    let revealed = Revealed::new();
    let fix_box = msg_id.clone();
    view! {
        <td class=move || format!("cell total {}", state.with(Presentation::class))
            on:focusin=move |_| revealed.show()
            on:mouseenter=move |_| revealed.show()
        >
            <output
                data-cell=address
                data-place=address
                tabindex="-1"
                aria-label=label
                aria-keyshortcuts=move || {
                    // Said once the field is reached (focus or hover), when its fixes are drawn.
                    (revealed.get() && state.with(Presentation::has_fixes)).then_some(FIX_KEYS)
                }
                on:keydown=move |e| {
                    if is_fix_key(&e) && focus_fixes(&fix_box) {
                        e.prevent_default();
                    }
                }
                aria-describedby={
                    let msg_id = msg_id.clone();
                    move || state.with(Presentation::has_message).then(|| msg_id.clone())
                }
            >
                {move || text.get()}
            </output>
            <CellMarker state=state id=msg_id place=address revealed=revealed />
        </td>
    }
    .into_any()
}
