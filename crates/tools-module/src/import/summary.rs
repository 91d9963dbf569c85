//! The import summary of an imported draft, read from the report's import record: the notes,
//! the labels that deviate from the official wording, and the run-together rows with several
//! valid splits, each with its candidates — picking one fills the row (one undo step in the
//! app). Part of this module (not the app's first load): the app hands over the report when its
//! import record changes (`super::mount`); the row picked is written through `window.drApp`.

use disclosure_report::components::io::IMPORT_SUMMARY_ROOT_ID;
use disclosure_report::store::recompute_totals;
use leptos::prelude::*;
use report_domain::model::UncertainRow;
use report_domain::{Cell, Report};

use crate::bridge;
use crate::focus::focus_after_redraw;

/// The official label of a row address ("table3.granted") and its column labels.
fn row_labels(r: &Report, row: &str) -> Option<(String, Vec<&'static str>, Vec<&'static str>)> {
    let (table, key) = row.split_once('.')?;
    let (_, t) = r.def().table(table)?;
    t.blocks.iter().find_map(|b| {
        let rd = b.rows.iter().find(|rw| rw.key == key)?;
        Some((
            t.row_label(rd),
            b.columns.iter().map(|c| c.key).collect(),
            b.columns.iter().map(|c| c.label).collect(),
        ))
    })
}

/// Fills an uncertain row with one of its candidates and drops it from the record.
pub fn choose_split(r: &mut Report, index: usize, candidate: usize) -> bool {
    let Some(origin) = r.origin.as_ref() else {
        return false;
    };
    let Some(u) = origin.uncertain.get(index).cloned() else {
        return false;
    };
    let Some(values) = u.candidates.get(candidate).cloned() else {
        return false;
    };
    let Some((label, keys, _)) = row_labels(r, &u.row) else {
        return false;
    };
    for (k, v) in keys.iter().zip(&values) {
        r.set(&format!("{}.{k}", u.row), Cell::Int(*v));
    }
    recompute_totals(r);
    if let Some(o) = r.origin.as_mut() {
        o.uncertain.remove(index);
        let shown: Vec<String> = values.iter().map(i64::to_string).collect();
        o.notes
            .push(format!("{label}：已选用拆分 {}", shown.join("|")));
    }
    true
}

/// Fills uncertain row `index` of the app's report with its candidate `candidate`, as one undo
/// step of the app.
fn pick(index: usize, candidate: usize) {
    let mut r = match bridge::current_report() {
        Ok(r) => r,
        Err(m) => return bridge::announce(&m),
    };
    if choose_split(&mut r, index, candidate) && bridge::replace_report(&r) {
        bridge::announce("已按所选拆分填入该行；按 Ctrl+Z 可撤销");
        // The summary is drawn again without the row, and the button pressed with it.
        focus_after_redraw(vec![
            "[data-testid=import-summary] [data-testid=pick-split]".into(),
            "[data-testid=import-summary-close]".into(),
        ]);
    }
}

/// One uncertain row with its candidate buttons.
fn uncertain_row(r: &Report, index: usize, u: &UncertainRow) -> impl IntoView {
    let (label, _, columns) = row_labels(r, &u.row).unwrap_or_default();
    let header = columns
        .iter()
        .map(|c| view! { <th scope="col">{*c}</th> })
        .collect_view();
    let candidates = u
        .candidates
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let cells = c.iter().map(|v| view! { <td>{*v}</td> }).collect_view();
            view! {
                <tr>
                    {cells}
                    <td>
                        <button
                            type="button"
                            data-testid="pick-split"
                            on:click=move |_| pick(index, ci)
                        >
                            "选用此拆分"
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <li class="uncertain" data-row=u.row.clone()>
            <p>{format!("{label}：原文数字“{}”有 {} 种拆分，请选择：", u.digits, u.candidates.len())}</p>
            <table class="candidates">
                <thead>
                    <tr>
                        {header}
                        <th scope="col">
                            <span class="sr-only">"选用"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{candidates}</tbody>
            </table>
        </li>
    }
}

/// Asks the app to close the summary; the focus goes to the app's 查看导入摘要, drawn after the
/// summary's element in its place.
fn close() {
    bridge::set_import_summary_open(false);
    focus_after_redraw(vec![format!("#{IMPORT_SUMMARY_ROOT_ID} + button")]);
}

/// The import summary of `report` (the app's, as it last handed it over; nothing while `None`).
/// 收起导入摘要 asks the app to close it (the app then shows 查看导入摘要).
#[component]
pub fn ImportSummary(report: RwSignal<Option<Report>>) -> impl IntoView {
    move || {
        report.with(|r| {
            let Some(r) = r else {
                return ().into_any();
            };
            let Some(o) = &r.origin else {
                return ().into_any();
            };
            let notes = o
                .notes
                .iter()
                .map(|n| view! { <li>{n.clone()}</li> })
                .collect_view();
            let labels = (!o.labels.is_empty()).then(|| {
                let items = o
                    .labels
                    .iter()
                    .map(|d| {
                        view! {
                            <li>{format!("“{}”与官方表述“{}”不一致（{}）", d.found, d.official, d.address)}</li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>"标签与官方表述不一致"</h3>
                    <ul>{items}</ul>
                }
            });
            let uncertain = (!o.uncertain.is_empty()).then(|| {
                let rows = o
                    .uncertain
                    .iter()
                    .enumerate()
                    .map(|(i, u)| uncertain_row(r, i, u))
                    .collect_view();
                view! {
                    <h3>"需要选择拆分的行"</h3>
                    <ul class="uncertain-rows">{rows}</ul>
                }
            });
            view! {
                <section class="import-summary" data-testid="import-summary" aria-label="导入摘要" tabindex="-1">
                    // h2: the summary stands under the toolbar, before the report's sections (axe: heading-order).
                    <h2>{format!("导入摘要（来源：{}）", o.source)}</h2>
                    <ul class="notes">{notes}</ul>
                    {labels}
                    {uncertain}
                    <button type="button" class="small" on:click=move |_| close() data-testid="import-summary-close">
                        "收起导入摘要"
                    </button>
                </section>
            }
            .into_any()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::model::ImportRecord;

    #[test]
    fn choosing_a_split_fills_the_row() {
        let mut r = Report::for_year(2021);
        r.origin = Some(ImportRecord {
            source: "text".into(),
            uncertain: vec![UncertainRow {
                row: "table3.granted".into(),
                digits: "1102".into(),
                candidates: vec![vec![1, 1, 0, 0, 0, 0, 2], vec![11, 0, 0, 0, 0, 0, 11]],
            }],
            ..ImportRecord::default()
        });
        assert!(!choose_split(&mut r, 0, 5));
        assert!(choose_split(&mut r, 0, 1));
        assert_eq!(r.get("table3.granted.natural"), Some(&Cell::Int(11)));
        assert_eq!(r.get("table3.granted.total"), Some(&Cell::Int(11)));
        let o = r.origin.as_ref().unwrap();
        assert!(o.uncertain.is_empty());
        assert!(o
            .notes
            .last()
            .unwrap()
            .contains("已选用拆分 11|0|0|0|0|0|11"));
        assert!(!choose_split(&mut r, 0, 0));
    }
}
