//! The header rows of a table in the form, drawn from the domain's layout of the table
//! (`report_domain::export::grid`), the one model the print and the CSV draw too.

use leptos::prelude::*;
use report_domain::export::{GridCell, Role};

/// The header rows of a table as the domain lays them out ([`export::grid`], which the print and
/// the CSV draw too), as `<tr>`s of `<th>`s with their merges.
pub fn header_rows(rows: Vec<Vec<GridCell>>) -> impl IntoView {
    rows.into_iter()
        .map(|line| {
            let cells = line
                .into_iter()
                .map(|c| {
                    let scope = if c.colspan > 1 { "colgroup" } else { "col" };
                    let class = (c.role == Role::Corner).then_some("corner");
                    view! {
                        <th class=class rowspan=c.rowspan colspan=c.colspan scope=scope>
                            {c.text}
                        </th>
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view()
}
