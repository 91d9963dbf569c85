//! Picks the right cell component for a grid slot: an input, or a total.

use leptos::prelude::*;
use report_domain::FormatDef;

use super::cell_input::CellInput;
use super::grid_nav::{Grid, Pos};
use super::total_cell::TotalCell;

/// The cell at `pos` of `grid`.
#[component]
pub fn TableCell(
    /// The format.
    format: &'static FormatDef,
    /// The table's grid.
    grid: StoredValue<Grid>,
    /// The position.
    pos: Pos,
) -> impl IntoView {
    match grid.with_value(|g| g.get(pos)) {
        Some(slot) if slot.editable => {
            view! { <CellInput format=format id=slot.id grid=grid pos=pos /> }.into_any()
        }
        Some(slot) => view! { <TotalCell format=format id=slot.id /> }.into_any(),
        None => view! { <td class="cell void"></td> }.into_any(),
    }
}
