//! A sum's table 三, whole, drawn by the printout's own code (`export::table_html`: the same
//! format data, labels, merges and header scopes as print and export), in a box that scrolls on
//! its own and can be scrolled by keyboard.

use leptos::prelude::*;
use report_domain::export::table_html;
use report_domain::Report;

/// The table (nothing when the report's format has no table 三).
#[component]
pub fn SumTable(report: Report) -> impl IntoView {
    table_html(&report, "table3").map(|html| {
        view! {
            <div
                class="batch-sum-table"
                role="region"
                aria-label="合计的完整表格（可滚动）"
                tabindex="0"
                data-testid="batch-sum-table"
                inner_html=html
            ></div>
        }
    })
}
