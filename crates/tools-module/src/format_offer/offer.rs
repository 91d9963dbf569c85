//! The offer shown when a filled draft's report year requires the other format (2019–2020 →
//! the 2019 format, 2021 on → the 2021 format): what the conversion moves and what it cannot,
//! with 转换 (one undo step of the app) and 保持 (keep the tables; S-2 still says the format is
//! wrong). Part of this module (not the app's first load): the app hands over its report while
//! the year asks for the other format (`super::mount`); both buttons act through `window.drApp`.

use disclosure_report::store::place::META_YEAR;
use leptos::prelude::*;
use report_domain::format::{format, FormatId};
use report_domain::Report;

use crate::bridge;
use crate::focus::focus_after_redraw;

/// After 转换 or 保持 the offer leaves, and the button pressed with it: the focus goes to the
/// report year, the field the offer is about (just above it).
fn focus_year() {
    focus_after_redraw(vec![format!("[data-place=\"{META_YEAR}\"]")]);
}

/// What the offer says, derived from the report (compared, so the banner re-renders only when
/// what it says changes).
#[derive(Debug, Clone, PartialEq)]
struct Offer {
    year: i32,
    from: FormatId,
    to: FormatId,
    moved: usize,
    regrouped: Vec<String>,
    left_behind: Vec<String>,
}

/// Converts the app's report to `to`, as one undo step of the app.
fn convert(to: FormatId) {
    let r = match bridge::current_report() {
        Ok(r) => r,
        Err(m) => return bridge::announce(&m),
    };
    if bridge::replace_report(&r.convert(to).report) {
        bridge::announce(&format!(
            "已转换为{}表格；按 Ctrl+Z 可撤销",
            format(to).name
        ));
        focus_year();
    }
}

/// The conversion offer for `report` (the app's, as it last handed it over; nothing while
/// `None`, or when the report's format fits its year).
#[component]
pub fn FormatOffer(report: RwSignal<Option<Report>>) -> impl IntoView {
    let offer = Memo::new(move |_| {
        report.with(|r| {
            let r = r.as_ref()?;
            let year = r.meta.year?;
            let from = r.format;
            let to = FormatId::for_year(year);
            if to == from {
                return None;
            }
            let c = r.convert(to);
            Some(Offer {
                year,
                from,
                to,
                moved: c.moved,
                regrouped: c
                    .regrouped
                    .iter()
                    .map(|g| format!("{}：{}", g.table, g.what))
                    .collect(),
                left_behind: c
                    .left_behind
                    .iter()
                    .map(|l| format!("{} = {}", l.label, l.value))
                    .collect(),
            })
        })
    });
    move || {
        offer.get().map(|o| {
            let (from, to) = (format(o.from), format(o.to));
            let left = if o.left_behind.is_empty() {
                view! { <p>"已填写的数值都能转换。"</p> }.into_any()
            } else {
                view! {
                    <p>
                        {format!(
                            "以下 {} 项在{}中没有对应栏目，无法转换：",
                            o.left_behind.len(),
                            to.name,
                        )}
                    </p>
                    <ul class="left-behind">
                        {o.left_behind.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}
                    </ul>
                }
                    .into_any()
            };
            let (kept_format, to_id) = (o.from, o.to);
            view! {
                <div
                    class="storage-banner format-offer"
                    role="region"
                    aria-labelledby="format-offer-title"
                    data-testid="format-offer"
                >
                    <p id="format-offer-title">
                        <strong>
                            {format!(
                                "{}年度报告应使用{}表格（{}），当前表格为{}。",
                                o.year,
                                to.name,
                                to.notice,
                                from.name,
                            )}
                        </strong>
                        {format!(
                            " 转换后，两种格式共有栏目中已填写的 {} 个数值原样移入，合计重新计算；文字部分不变。",
                            o.moved,
                        )}
                    </p>
                    <ul class="regrouped">
                        {o.regrouped.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}
                    </ul>
                    {left}
                    <button type="button" on:click=move |_| convert(to_id)>
                        "转换"
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            bridge::keep_format();
                            focus_year();
                            bridge::announce(
                                &format!(
                                    "保持{}表格；检查结果中的“表格格式与年度相符”仍会提示",
                                    format(kept_format).name,
                                ),
                            );
                        }
                    >
                        "保持"
                    </button>
                </div>
            }
        })
    }
}
