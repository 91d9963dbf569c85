//! Table 三 as the official template draws it: the merged corner with the printed 勾稽关系, the
//! 申请人情况 › 法人或其他组织 column headers, grouped row labels, and under each column its
//! live balance as the format declares it (一+二 against （七）总计+四).

use leptos::prelude::*;
use report_domain::balance::balance_of;
use report_domain::export::{self, ColKind, Role};
use report_domain::{FormatDef, Report};

use super::grid_nav::Grid;
use super::header_rows::header_rows;
use super::table_cell::TableCell;
use crate::store::use_store;

/// Table 三 (index `table` in the format).
#[component]
pub fn Table3(
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
    // The domain's layout of the table (the one the print and the CSV draw): its header rows
    // and row labels; the data cells are the form's inputs.
    let layout = export::grid(&Report::new(format.id), t);
    let depth = layout
        .cols
        .iter()
        .filter(|c| matches!(c, ColKind::Label(_)))
        .count();
    let ncols = block.columns.len();

    let head = view! { <thead>{header_rows(layout.head)}</thead> };

    let body = layout
        .bodies
        .into_iter()
        .flatten()
        .zip(block.rows)
        .enumerate()
        .map(|(ri, (line, row))| {
            let n = line
                .iter()
                .filter(|c| !matches!(c.role, Role::Value { .. }))
                .count();
            // The group cells opened at this row are its deepest levels.
            let first_level = (row.groups.len() + 1).saturating_sub(n);
            let mut k = 0;
            let mut ci = 0;
            let cells = line
                .into_iter()
                .map(|c| match c.role {
                    Role::Value { .. } => {
                        ci += 1;
                        view! { <TableCell format=format grid=grid pos=(ri, ci - 1) /> }.into_any()
                    }
                    _ => {
                        k += 1;
                        let class = if k == n {
                            "label".to_string()
                        } else {
                            format!("group g{}", first_level + k - 1)
                        };
                        view! {
                            <th class=class rowspan=c.rowspan colspan=c.colspan scope="row">
                                {c.text}
                            </th>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            let class = if row.is_total() { "total-row" } else { "" };
            view! { <tr class=class data-row=row.key>{cells}</tr> }
        })
        .collect_view();

    let store = use_store();
    let key = t.key;
    let balance = Memo::new(move |_| {
        store.with_report(|r| balance_of(r, key).map_or_else(Vec::new, |(_, c)| c))
    });
    let balance_cells = block
        .columns
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let col = c.key;
            // Per column: a keystroke redraws only the balances it changed.
            let b = Memo::new(move |_| balance.with(|b| b.get(ci).copied()));
            let b = move || b.get();
            view! {
                <td
                    class=move || match b() {
                        Some(x) if x.is_empty() => "balance empty",
                        Some(x) if x.holds() => "balance ok",
                        _ => "balance bad",
                    }
                    data-balance=col
                >
                    {move || match b() {
                        Some(x) if x.is_empty() => "—".to_string(),
                        Some(x) => {
                            let (l, r) = (x.left.unwrap_or(0), x.right.unwrap_or(0));
                            if x.holds() {
                                format!("✓ {l}＝{r}")
                            } else {
                                format!("✖ {l}≠{r}")
                            }
                        }
                        None => String::new(),
                    }}
                </td>
            }
        })
        .collect_view();

    view! {
        <div class="table-wrap">
            <table class="grid t3" data-table="table3">
                <colgroup>
                    {(0..depth - 1)
                        .map(|k| view! { <col class=format!("c-g{k}") /> })
                        .collect_view()}
                    <col class="c-label" />
                    {(0..ncols).map(|_| view! { <col class="c-data" /> }).collect_view()}
                </colgroup>
                {head}
                <tbody>{body}</tbody>
                <tfoot>
                    <tr>
                        <th colspan=depth scope="row" class="balance-label">
                            {format!("勾稽关系核对（{}）", t.balance.as_ref().map_or("", |b| b.label))}
                        </th>
                        {balance_cells}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}
