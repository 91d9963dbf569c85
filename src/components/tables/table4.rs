//! Table 四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), each with 结果维持 … 总计, drawn
//! side by side on one line as in the official template.

use leptos::prelude::*;
use report_domain::FormatDef;

use super::grid_nav::Grid;
use super::header_layout::transposed_headers;
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
    let Some(block) = t.blocks.first() else {
        return ().into_any();
    };
    let grid = StoredValue::new(Grid::of_table(format, table));
    let width = block.columns.len();
    let (top, middle) = transposed_headers(block.rows, width);
    let span_row = |spans: Vec<super::header_layout::Span>| {
        spans
            .into_iter()
            .map(|s| {
                view! {
                    <th rowspan=s.rowspan colspan=s.colspan scope="colgroup">
                        {s.text}
                    </th>
                }
            })
            .collect_view()
    };
    let column_labels = block
        .rows
        .iter()
        .flat_map(|_| block.columns.iter())
        .map(|c| view! { <th scope="col">{c.label}</th> })
        .collect_view();
    let n = grid.with_value(|g| g.rows.first().map_or(0, Vec::len));
    let cells = (0..n)
        .map(|c| view! { <TableCell format=format grid=grid pos=(0, c) /> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="grid t4" data-table="table4">
                <thead>
                    <tr>{span_row(top)}</tr>
                    <tr>{span_row(middle)}</tr>
                    <tr>{column_labels}</tr>
                </thead>
                <tbody>
                    <tr>{cells}</tr>
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
