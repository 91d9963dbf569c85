//! The 汇总审查 dialog: add report files (several at once), see each one's findings, open any
//! of them as a draft, and the sum of the reports of one year below. Files another tab adds or
//! removes show while it is open.

use leptos::ev;
use leptos::prelude::*;
use report_domain::batch::{figures_csv, review_csv, Filter, Order, Reviewed};

use super::entry_row::EntryRow;
use super::filter_bar::ReviewFilters;
use super::roster::RosterPanel;
use super::standing::standings;
use super::state::{batch_state, named_reports, Entry, SHOWN_ROWS};
use super::sum_view::BatchSum;
use super::unreadable::UnreadableEntries;
use disclosure_report::components::dom::on_storage_event;
use disclosure_report::components::drafts::words::newer_entries_message;
use disclosure_report::components::io::{
    download_announced, file_input, CSV_MIME, LOADING_IMPORTER,
};
use disclosure_report::components::layout::use_status;
use disclosure_report::components::modal::modal_keys;

/// The dialog (rendered only while open).
#[component]
pub fn BatchReview() -> impl IntoView {
    let state = batch_state();
    // Files another tab adds or removes show in the open list.
    on_storage_event(move |e| state.on_storage_event(e.key().as_deref()));
    let close_button = NodeRef::<leptos::html::Button>::new();
    modal_keys(state.open, close_button, move || state.open.set(false));
    let on_files = move |e: ev::Event| {
        let Some(input) = file_input(&e) else { return };
        if let Some(files) = input.files() {
            state.read_all(&files);
        }
        input.set_value("");
    };
    let status = use_status();
    let export_csv = move |_| {
        let csv = state.entries.with(|es| {
            review_csv(es.iter().map(|e| match &e.outcome {
                Ok(c) => Reviewed::Checked {
                    file: &e.file,
                    report: &c.report,
                    findings: &c.findings,
                },
                Err(reason) => Reviewed::Unread {
                    file: &e.file,
                    reason,
                },
            }))
        });
        download_announced(status, "汇总审查检查结果.csv", CSV_MIME, &csv);
    };
    let export_figures = move |_| {
        let csv = state.entries.with(|es| figures_csv(&named_reports(es)));
        download_announced(status, "汇总审查汇总表.csv", CSV_MIME, &csv);
    };
    let summary = move || {
        state.entries.with(|es| {
            let unread = es.iter().filter(|e| e.outcome.is_err()).count();
            let with_errors = es
                .iter()
                .filter(|e| e.outcome.as_ref().is_ok_and(|c| c.counts().errors > 0))
                .count();
            let mut s = format!("共 {} 份文件：{} 份有错误", es.len(), with_errors);
            if unread > 0 {
                s.push_str(&format!("，{unread} 份无法读取"));
            }
            s
        })
    };
    let empty = Memo::new(move |_| state.entries.with(Vec::is_empty));
    let standings = Memo::new(move |_| state.entries.with(|es| standings(es)));
    move || {
        state.open.get().then(|| {
            // The filter and order chosen last, kept while the dialog is open.
            let filter = RwSignal::new(Filter::All);
            let order = RwSignal::new(Order::Added);
            // The first SHOWN_ROWS files listed until 显示全部: a row is a dozen elements, and
            // thousands of rows took the page seconds to draw and lay out.
            let all_rows = RwSignal::new(false);
            let listed = move || {
                let (f, o) = (filter.get(), order.get());
                let most = if all_rows.get() { usize::MAX } else { SHOWN_ROWS };
                standings.with(|all| {
                    state.entries.with(|entries| {
                        o.arrange(all)
                            .into_iter()
                            .filter(|&i| f.keeps(all.get(i).and_then(Option::as_ref)))
                            .take(most)
                            .filter_map(|i| Some((entries.get(i)?.clone(), all.get(i).copied().flatten())))
                            .collect::<Vec<_>>()
                    })
                })
            };
            let more_rows = move || {
                let f = filter.get();
                let total = standings.with(|s| f.count(s.iter().map(Option::as_ref)));
                (total > SHOWN_ROWS && !all_rows.get()).then(|| {
                    view! {
                        <p class="hint" data-testid="batch-more-rows">
                            {format!("按当前筛选和排序显示前 {SHOWN_ROWS} 份，共 {total} 份。")}
                            <button type="button" on:click=move |_| all_rows.set(true) data-testid="batch-all-rows">
                                {format!("显示全部 {total} 份")}
                            </button>
                        </p>
                    }
                })
            };
            let nothing_listed = move || {
                let f = filter.get();
                let none = standings.with(|s| f.count(s.iter().map(Option::as_ref)) == 0);
                (none && !empty.get()).then(|| {
                    view! { <p class="batch-empty" data-testid="batch-none-listed">{format!("没有“{}”的报告。", f.label())}</p> }
                })
            };
            view! {
                <div class="batch-review" role="dialog" aria-modal="true" aria-label="汇总审查" data-testid="batch-dialog">
                    <div class="batch-panel">
                        <div class="batch-bar">
                            <h2>"汇总审查"</h2>
                            <label class="file-button" title="可一次选择多份：PDF、Word（.docx）、网页另存的 .html / .htm / .mhtml、文本 .txt / .md，或本应用导出的 .json（按文件内容识别）">
                                "添加报告文件…"
                                <input
                                    type="file"
                                    multiple=true
                                    accept=".pdf,.docx,.json,.txt,.md,.html,.htm,.mht,.mhtml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json,text/plain,text/html,text/markdown,multipart/related"
                                    on:change=on_files
                                    data-testid="batch-files"
                                />
                            </label>
                            <button
                                type="button"
                                on:click=export_csv
                                disabled=move || state.entries.with(Vec::is_empty)
                                title="每个问题一行，可在 Excel / WPS 中筛选"
                                data-testid="batch-csv"
                            >
                                "导出检查结果 CSV"
                            </button>
                            <button
                                type="button"
                                on:click=export_figures
                                disabled=move || state.no_reports()
                                title="每份报告一行、每个表格单元格一列，各年度报告之后附其合计行，可在 Excel / WPS 中继续汇总"
                                data-testid="batch-figures-csv"
                            >
                                "导出汇总表 CSV"
                            </button>
                            <super::analysis::AnalysisButton />
                            <button type="button" on:click=move |_| state.clear() data-testid="batch-clear">
                                "清空"
                            </button>
                            <button type="button" node_ref=close_button on:click=move |_| state.open.set(false) data-testid="batch-close">
                                "关闭"
                            </button>
                        </div>
                        <p class="hint">
                            "逐份检查下属机关的年度报告，并把同一年度报告的表格数字加总。同一机关上一年度的报告也在列表中时，会与之对照检查（上年结转、现行有效件数、与上年重复的文字）。文件只在本机浏览器中读取，不会上传；列表保存在本浏览器中，刷新页面后仍在。"
                        </p>
                        {move || {
                            state.notice.get().map(|m| {
                                if m == LOADING_IMPORTER {
                                    return view! { <p class="storage-banner" role="status" data-testid="batch-notice">{m}</p> }.into_any();
                                }
                                view! { <p class="storage-banner error" role="alert" data-testid="batch-notice">{m}</p> }.into_any()
                            })
                        }}
                        <UnreadableEntries />
                        {move || {
                            let n = state.newer.get();
                            (n > 0).then(|| {
                                view! {
                                    <p class="storage-banner warn" role="note" data-testid="batch-newer">
                                        {newer_entries_message(n)}
                                    </p>
                                }
                            })
                        }}
                        {move || {
                            // Only emptiness rebuilds the table: its rows follow the list.
                            if empty.get() {
                                view! {
                                    <p class="batch-empty">"尚未添加报告。可一次选择多份文件，也可把文件拖到本窗口。"</p>
                                    <RosterPanel />
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <p class="batch-summary" data-testid="batch-summary">{summary}</p>
                                    <ReviewFilters filter order standings />
                                    <table class="batch-table" data-testid="batch-table">
                                        <thead>
                                            <tr>
                                                <th scope="col">"文件"</th>
                                                <th scope="col">"机关"</th>
                                                <th scope="col">"年度"</th>
                                                <th scope="col">"检查结果"</th>
                                                <th scope="col">"操作"</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            // Keyed: a row stays as it is (findings open, focus)
                                            // while another tab's change reads the list again.
                                            <For
                                                each=listed
                                                key=|(e, s): &(Entry, _)| (e.row_key(), *s)
                                                let:((e, s))
                                            >
                                                <EntryRow entry=e standing=s />
                                            </For>
                                        </tbody>
                                    </table>
                                    {more_rows}
                                    {nothing_listed}
                                    <RosterPanel />
                                    <BatchSum />
                                }
                                    .into_any()
                            }
                        }}
                    </div>
                </div>
            }
        })
    }
}
