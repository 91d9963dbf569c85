//! The sums of the reviewed reports, one per report year (newest first): the key figures of
//! table 三, and the whole sum to download as JSON or to open as a draft (where every cell and
//! check can be seen).

use leptos::prelude::*;
use report_domain::batch::{by_year, repeats, sum_reports};
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

/// One year's sum: the report (or why there is none), how many reports, and the ones given twice.
#[derive(Clone, PartialEq)]
struct YearSum {
    year: i32,
    sum: Result<Report, String>,
    count: usize,
    twice: Vec<String>,
}

/// The sums of the list's reports, one per year, and the files with no year.
fn year_sums(named: &[(&str, &Report)]) -> (Vec<YearSum>, Vec<String>) {
    let reports: Vec<&Report> = named.iter().map(|(_, r)| *r).collect();
    let (years, no_year) = by_year(&reports);
    let sums = years
        .into_iter()
        .map(|(year, list)| {
            let group: Vec<(&str, &Report)> = list.iter().map(|&i| named[i]).collect();
            YearSum {
                year,
                sum: sum_reports(group.iter().copied()).map_err(|e| e.to_string()),
                count: group.len(),
                twice: repeats(group).iter().map(|r| r.message()).collect(),
            }
        })
        .collect();
    let no_year = no_year.iter().map(|&i| named[i].0.to_string()).collect();
    (sums, no_year)
}

/// The sum sections of the dialog.
#[component]
pub fn BatchSum() -> impl IntoView {
    let state = batch_state();
    let sums = Memo::new(move |_| {
        state.entries.with(|es| {
            let named: Vec<(&str, &Report)> = es
                .iter()
                .filter_map(|e| Some((e.file.as_str(), &e.outcome.as_ref().ok()?.report)))
                .collect();
            year_sums(&named)
        })
    });
    move || {
        let (years, no_year) = sums.get();
        let no_year = (!no_year.is_empty()).then(|| {
            let files = no_year.join("、");
            view! {
                <p class="storage-banner warn" role="alert" data-testid="batch-no-year">
                    {format!("⚠ {files} 未填写报告年度，未计入合计")}
                </p>
            }
        });
        view! {
            {years.into_iter().map(|y| view! { <YearSection sum=y /> }).collect_view()}
            {no_year}
        }
    }
}

/// One year's sum section.
#[component]
fn YearSection(sum: YearSum) -> impl IntoView {
    let state = batch_state();
    let drafts = use_drafts();
    let status = use_status();
    let YearSum {
        year,
        sum,
        count,
        twice,
    } = sum;
    let heading = format!("合计（{year}年度，{count}份报告）");
    let report = match sum {
        Err(message) => {
            return view! {
                <section class="batch-sum" data-testid="batch-sum" data-year=year>
                    <h3>{heading}</h3>
                    <p class="storage-banner error" role="alert" data-testid="batch-sum-error">{message}</p>
                </section>
            }
            .into_any()
        }
        Ok(r) => r,
    };
    let twice = twice
        .into_iter()
        .map(|m| view! { <p class="storage-banner warn" role="alert" data-testid="batch-repeat">{format!("⚠ 提醒：{m}")}</p> })
        .collect_view();
    let figures = key_figures(&report)
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
        .collect_view();
    let for_export = report.clone();
    let export = move |_| match download_json(&for_export) {
        Ok(name) => status.announce(format!("已导出合计：{name}")),
        Err(e) => status.announce(e),
    };
    let open = move |_| {
        let Some(drafts) = drafts else { return };
        drafts.open_new(
            report.clone(),
            format!("汇总：{year}年度{count}份报告"),
            false,
            None,
        );
        state.open.set(false);
        status.announce("已把合计作为新草稿打开");
    };
    view! {
        <section class="batch-sum" data-testid="batch-sum" data-year=year>
            <h3>{heading}</h3>
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
