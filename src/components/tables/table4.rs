//! Table 四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), each with 结果维持 … 总计, drawn
//! side by side on one line as in the official template.

use leptos::prelude::*;
use report_domain::export;
use report_domain::{FormatDef, Report};

use super::grid_nav::Grid;
use super::header_rows::header_rows;
use super::table_cell::TableCell;

/// Table 四 (index `table` in the format).
#[component]
pub fn Table4(
    /// The format.
    format: &'static FormatDef,
    /// Index of the table in `format.tables`.
    table: usize,
) -> impl IntoView {
    let Some(t) = format.tables.get(table) else {
        return ().into_any();
    };
    if t.blocks.is_empty() {
        return ().into_any();
    }
    let grid = StoredValue::new(Grid::of_table(format, table));
    // The domain's layout of the table: the print and the CSV draw the same header rows.
    let head = header_rows(export::grid(&Report::new(format.id), t).head);
    let n = grid.with_value(|g| g.rows.first().map_or(0, Vec::len));
    let cells = (0..n)
        .map(|c| view! { <TableCell format=format grid=grid pos=(0, c) /> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="grid t4" data-table="table4">
                <thead>{head}</thead>
                <tbody>
                    <tr>{cells}</tr>
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
