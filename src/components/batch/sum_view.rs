//! The sum of the reviewed reports: the key figures of table 三, and the whole sum to download
//! as JSON or to open as a draft (where every cell and check can be seen).

use leptos::prelude::*;
use report_domain::batch::{repeats, sum_reports};
use report_domain::Report;

use super::state::batch_state;
use crate::components::drafts::use_drafts;
use crate::components::io::download_json;
use crate::components::layout::use_status;

/// Table 三 rows whose 总计 the summary shows: received, carried over, concluded, carried on.
const KEY_ROWS: [&str; 4] = ["new", "carry", "total", "forward"];

/// The official label and the 总计 of each key row of table 三.
fn key_figures(r: &Report) -> Vec<(String, String)> {
    let Some((_, t)) = r.def().table("table3") else {
        return Vec::new();
    };
    let rows = t.blocks.iter().flat_map(|b| b.rows.iter());
    rows.filter(|row| KEY_ROWS.contains(&row.key))
        .map(|row| {
            let value = r
                .get(&format!("table3.{}.total", row.key))
                .map(|c| c.display())
                .unwrap_or_default();
            // "（七）总计" alone does not say of what: its groups come first.
            let mut label: Vec<&str> = row.groups.to_vec();
            label.push(row.label);
            (label.join(" "), value)
        })
        .collect()
}

/// The sum section of the dialog.
#[component]
pub fn BatchSum() -> impl IntoView {
    let state = batch_state();
    let drafts = use_drafts();
    let status = use_status();
    let sum = Memo::new(move |_| {
        state.entries.with(|es| {
            let ok: Vec<(&str, &Report)> = es
                .iter()
                .filter_map(|e| Some((e.file.as_str(), &e.outcome.as_ref().ok()?.report)))
                .collect();
            if ok.is_empty() {
                return None;
            }
            let n = ok.len();
            let twice: Vec<String> = repeats(ok.iter().copied())
                .iter()
                .map(|r| r.message())
                .collect();
            Some(
                sum_reports(ok)
                    .map(|r| (r, n, twice))
                    .map_err(|e| e.to_string()),
            )
        })
    });
    let export = move |_| {
        if let Some(Ok((r, _, _))) = sum.get_untracked() {
            match download_json(&r) {
                Ok(name) => status.announce(format!("已导出合计：{name}")),
                Err(e) => status.announce(e),
            }
        }
    };
    let open = move |_| {
        let (Some(drafts), Some(Ok((r, n, _)))) = (drafts, sum.get_untracked()) else {
            return;
        };
        drafts.open_new(r, format!("汇总：{n}份报告"), false, None);
        state.open.set(false);
        status.announce("已把合计作为新草稿打开");
    };
    move || {
        sum.get().map(|result| match result {
            Err(message) => view! {
                <section class="batch-sum" data-testid="batch-sum">
                    <h3>"合计"</h3>
                    <p class="storage-banner error" role="alert" data-testid="batch-sum-error">{message}</p>
                </section>
            }
            .into_any(),
            Ok((r, n, twice)) => {
                let twice = twice
                    .into_iter()
                    .map(|m| view! { <p class="storage-banner warn" role="alert" data-testid="batch-repeat">{format!("⚠ 提醒：{m}")}</p> })
                    .collect_view();
                let year = r.meta.year.map(|y| format!("{y}年度")).unwrap_or_default();
                let figures = key_figures(&r)
                    .into_iter()
                    .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
                    .collect_view();
                view! {
                    <section class="batch-sum" data-testid="batch-sum">
                        <h3>{format!("合计（{year}，{n}份报告）")}</h3>
                        {twice}
                        <table class="batch-figures" data-testid="batch-figures">
                            <tbody>{figures}</tbody>
                        </table>
                        <p class="hint">"合计为各报告录入数字之和，各项总计由合计重新计算；打开为草稿可查看全部表格及其检查结果。"</p>
                        <button type="button" on:click=export data-testid="batch-export">"导出合计 JSON"</button>
                        <button type="button" on:click=open data-testid="batch-open-sum">"打开合计为新草稿"</button>
                    </section>
                }
                .into_any()
            }
        })
    }
}
