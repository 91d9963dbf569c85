//! The offer shown when a filled draft's report year requires the other format (2019–2020 →
//! the 2019 format, 2021 on → the 2021 format): what the conversion moves and what it cannot,
//! with 转换 (one undo step) and 保持 (keep the tables; S-2 still says the format is wrong).
//! An empty draft changes format with its year and is never asked (`store::edit`).

use leptos::prelude::*;
use report_domain::format::{format, FormatId};

use crate::components::layout::use_status;
use crate::store::{use_store, Load};

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

/// The conversion offer, under the metadata; absent while the format fits the year.
#[component]
pub fn FormatOffer() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    // The (year, format) the user chose to keep: not asked again for it.
    let kept = RwSignal::new(None::<(i32, FormatId)>);
    let offer = Memo::new(move |_| {
        let year = store.with_meta(|m| m.year)?;
        let from = store.format_def().id;
        let to = FormatId::for_year(year);
        if to == from || kept.get() == Some((year, from)) {
            return None;
        }
        let c = store.with_report(|r| r.convert(to));
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
    });
    let convert = move |to: FormatId| {
        let converted = store.report_untracked().convert(to).report;
        store.seal();
        store.replace_report(converted, Load::Undoable);
        status.announce(format!("已转换为{}表格；按 Ctrl+Z 可撤销", format(to).name));
    };
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
            let (year, kept_format, to_id) = (o.year, o.from, o.to);
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
                            kept.set(Some((year, kept_format)));
                            status.announce(
                                format!(
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
