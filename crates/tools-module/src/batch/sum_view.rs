//! The sums of the reviewed reports, one per report year (newest first): the whole of table 三
//! summed, and the sum — as the draft of the 本级政府 report, with its note on how it was made and
//! what it counts twice — to download as JSON or to open as a draft (where every cell and check
//! can be seen).

use leptos::prelude::*;
use report_domain::batch::{sums_by_year, YearSum};

use super::state::{batch_state, named_reports};
use super::sum_table::SumTable;
use crate::bridge::use_drafts;
use disclosure_report::components::io::export_json;
use disclosure_report::components::layout::use_status;

/// The sum sections of the dialog.
#[component]
pub fn BatchSum() -> impl IntoView {
    let state = batch_state();
    let sums = Memo::new(move |_| {
        state.entries.with(|es| {
            let named = named_reports(es);
            let (sums, no_year) = sums_by_year(&named);
            let no_year: Vec<String> = no_year
                .iter()
                .filter_map(|&i| Some(named.get(i)?.0.to_string()))
                .collect();
            (sums, no_year)
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
    let heading = sum.heading();
    let count = sum.members.len();
    let note = sum.note();
    let year = sum.year;
    // The sum as the 本级政府 draft; none when the reports cannot be summed.
    let Some(report) = sum.draft() else {
        let message = sum.sum.err().map(|e| e.to_string()).unwrap_or_default();
        return view! {
            <section class="batch-sum" data-testid="batch-sum" data-year=year>
                <h3>{heading}</h3>
                <p class="storage-banner error" role="alert" data-testid="batch-sum-error">{message}</p>
            </section>
        }
        .into_any();
    };
    let repeats = sum.repeats;
    let twice = repeats
        .iter()
        .map(|r| view! { <p class="storage-banner warn" role="alert" data-testid="batch-repeat">{format!("⚠ 提醒：{}", r.message())}</p> })
        .collect_view();
    let kind = format!("报告类型：{}", report.meta.kind.label());
    let table = report.clone();
    let for_export = report.clone();
    let export = move |_| export_json(&for_export, status);
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
            <p class="batch-sum-kind" data-testid="batch-sum-kind">{kind}</p>
            <p class="hint" data-testid="batch-sum-note">{note}</p>
            <SumTable report=table />
            <p class="hint">"打开为草稿可查看全部表格及其检查结果；上面的汇总说明写在草稿的引言中。"</p>
            <button type="button" on:click=export data-testid="batch-export">"导出合计 JSON"</button>
            <button type="button" on:click=open data-testid="batch-open-sum">"打开合计为新草稿"</button>
        </section>
    }
    .into_any()
}
