//! One file's row in the 汇总审查 list: its agency, year, flags (as words) and findings (open
//! under the verdict), with 打开为草稿 and 移除; or, for a file that could not be read, the reason.

use leptos::prelude::*;
use report_domain::batch::{flags_of, Standing};
use report_domain::Severity;

use super::flag_badges::FlagBadges;
use super::state::{batch_state, Entry};
use crate::bridge::use_drafts;
use disclosure_report::components::drafts::words::display_name;
use disclosure_report::components::layout::{agency_label, use_status};

/// One file's row: its report, flags and findings, or why it could not be read. `standing` is
/// the report's in the list (`None` for a file that could not be read).
#[component]
pub fn EntryRow(entry: Entry, standing: Option<Standing>) -> impl IntoView {
    let badges = view! { <FlagBadges flags=flags_of(standing.as_ref()) /> };
    let state = batch_state();
    let drafts = use_drafts();
    let status = use_status();
    let id = entry.id;
    let remove = view! {
        <button type="button" on:click=move |_| state.remove(id) aria-label=format!("移除 {}", entry.file)>
            "移除"
        </button>
    };
    let unsaved = (!entry.is_stored()).then(|| {
        view! {
            <p class="batch-unsaved" data-testid="batch-unsaved" title="刷新或关闭页面后需要重新添加；每次打开汇总审查时会再次尝试保存">
                "未保存在浏览器中"
            </p>
        }
    });
    match entry.outcome {
        Err(message) => view! {
            <tr class="batch-unread" data-testid="batch-row">
                <td>{entry.file} {unsaved}</td>
                <td colspan="3" role="alert">{badges}{format!("无法读取：{message}")}</td>
                <td>{remove}</td>
            </tr>
        }
        .into_any(),
        Ok(checked) => {
            let meta = &checked.report.meta;
            let agency = agency_label(&meta.agency);
            let year = meta
                .year
                .map(|y| y.to_string())
                .unwrap_or_else(|| "—".into());
            let counts = checked.counts();
            let errors = counts.errors;
            let verdict = if checked.findings.is_empty() {
                "✓ 未发现问题".to_string()
            } else {
                counts.summary()
            };
            let findings = checked
                .findings
                .iter()
                .map(|d| {
                    let (class, icon) = match d.severity {
                        Severity::Error => ("err", "✖"),
                        Severity::Warning => ("warn", "⚠"),
                    };
                    view! {
                        <li class=class>
                            <span aria-hidden="true">{icon}</span>
                            {format!(" {} {}：{}", d.severity.label(), d.code, d.message)}
                        </li>
                    }
                })
                .collect_view();
            let against = checked.previous.as_ref().map(
                |p| view! { <p class="batch-against">{format!("已与上年报告“{p}”对照检查")}</p> },
            );
            let has_findings = !checked.findings.is_empty();
            let row_class = if errors > 0 { "batch-has-errors" } else { "" };
            let report = checked.report.clone();
            let imported = checked.imported;
            let open = move |_| {
                let Some(drafts) = drafts else { return };
                let who = display_name("", &report.meta.agency, report.meta.year);
                drafts.open_new(report.clone(), format!("汇总审查：{who}"), imported, None);
                state.open.set(false);
                status.announce(format!("已把“{who}”作为新草稿打开"));
            };
            view! {
                <tr data-testid="batch-row" class=row_class>
                    <td>{entry.file} {unsaved}</td>
                    <td>{agency}</td>
                    <td>{year}</td>
                    <td>
                        {badges}
                        {against}
                        {if has_findings {
                            view! {
                                <details>
                                    <summary data-testid="batch-verdict">{verdict}</summary>
                                    <ul class="batch-findings">{findings}</ul>
                                </details>
                            }
                                .into_any()
                        } else {
                            view! { <span data-testid="batch-verdict">{verdict}</span> }.into_any()
                        }}
                    </td>
                    <td>
                        <button type="button" on:click=open>"打开为草稿"</button>
                        {remove}
                    </td>
                </tr>
            }
            .into_any()
        }
    }
}
