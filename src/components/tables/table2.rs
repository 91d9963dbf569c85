//! Table 二: its four sub-tables (第二十条第（一）（五）（六）（八）项), each with its caption and
//! 信息内容 header, stacked as in the official template.

use leptos::prelude::*;
use report_domain::FormatDef;

use super::grid_nav::Grid;
use super::table_cell::TableCell;

/// Table 二 (index `table` in the format).
#[component]
pub fn Table2(
    /// The format.
    format: &'static FormatDef,
    /// Index of the table in `format.tables`.
    table: usize,
) -> impl IntoView {
    let Some(t) = format.tables.get(table) else {
        return ().into_any();
    };
    let grid = StoredValue::new(Grid::of_table(format, table));
    let mut first_row = 0;
    let blocks = t
        .blocks
        .iter()
        .map(|b| {
            let start = first_row;
            first_row += b.rows.len();
            let ncols = b.columns.len();
            let rows = b
                .rows
                .iter()
                .enumerate()
                .map(|(ri, r)| {
                    let cells = (0..ncols)
                        .map(|ci| {
                            view! { <TableCell format=format grid=grid pos=(start + ri, ci) /> }
                        })
                        .collect_view();
                    view! {
                        <tr data-row=r.key>
                            <th scope="row" class="label">{r.label}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="grid t2" data-table="table2">
                    <thead>
                        <tr>
                            <th class="caption" colspan=ncols + 1 scope="colgroup">
                                {b.caption.unwrap_or("")}
                            </th>
                        </tr>
                        <tr>
                            <th scope="col" class="label-head">{b.label_header.unwrap_or("")}</th>
                            {b
                                .columns
                                .iter()
                                .map(|c| view! { <th scope="col">{c.label}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    view! { <div class="table-wrap t2-blocks">{blocks}</div> }.into_any()
}
