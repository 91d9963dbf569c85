//! "New report from last year's": pick last year's report (a draft or a JSON file); the new
//! report for the following year gets 二、上年结转 from last year's 四、结转下年度继续办理, per
//! column, and may start table 二's 现行有效件数 from last year's figures. Last year's report is
//! kept with the draft for the cross-year checks (T3-5, T2-2).

use leptos::prelude::*;
use report_domain::Report;

use super::controller::use_drafts;
use crate::components::io::{file_input, first_file, read_file};
use crate::storage::{in_force_offer, next_year};

/// The dialog.
#[component]
pub fn FromLastYear(
    /// Called when the dialog closes.
    on_close: Callback<()>,
) -> impl IntoView {
    let Some(drafts) = use_drafts() else {
        return ().into_any();
    };
    let previous = RwSignal::new(None::<Report>);
    let error = RwSignal::new(None::<String>);
    let take_in_force = RwSignal::new(true);

    let choose = move |r: Report| {
        if r.meta.year.is_none() {
            error.set(Some("所选报告没有填写年度，无法确定新报告的年度".into()));
            previous.set(None);
        } else {
            error.set(None);
            previous.set(Some(r));
        }
    };
    let options = move || {
        drafts
            .list()
            .into_iter()
            .map(|d| view! { <option value=d.id.clone()>{d.title()}</option> })
            .collect_view()
    };
    let on_select = move |e: leptos::ev::Event| {
        let id = event_target_value(&e);
        if id.is_empty() {
            return;
        }
        match drafts.peek(&id) {
            Ok(r) => choose(r),
            Err(e) => error.set(Some(e.message())),
        }
    };
    let on_file = move |e: leptos::ev::Event| {
        let Some(file) = file_input(&e).and_then(|i| first_file(i.files())) else {
            return;
        };
        read_file(file, move |_, bytes| {
            let parsed = bytes.and_then(|b| {
                String::from_utf8(b)
                    .map_err(|_| "文件不是 UTF-8 编码的文本".to_string())
                    .and_then(|t| {
                        Report::from_json_str(&t).map_err(|e| format!("JSON 文件无法读取：{e}"))
                    })
            });
            match parsed {
                Ok(r) => choose(r),
                Err(m) => error.set(Some(m)),
            }
        });
    };
    let preview = move || {
        previous.with(|p| {
            let p = p.as_ref()?;
            let year = p.meta.year?.checked_add(1)?;
            let carry: Vec<String> = p
                .def()
                .table("table3")
                .and_then(|(_, t)| t.blocks.first())
                .map(|b| {
                    b.columns
                        .iter()
                        .filter_map(|c| {
                            let v = p.get(&format!("table3.forward.{}", c.key))?;
                            (!v.is_blank()).then(|| format!("{} {}", c.label, v.display()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let carry = if carry.is_empty() {
                "上年报告“四、结转下年度继续办理”为空".to_string()
            } else {
                format!("上年结转：{}", carry.join("，"))
            };
            let offer = in_force_offer(p, year);
            let offer_view = (!offer.figures.is_empty()).then(|| {
                let figures = offer
                    .figures
                    .iter()
                    .map(|(_, label, v)| format!("{label} {} 件", v.display()))
                    .collect::<Vec<_>>()
                    .join("，");
                view! {
                    <label class="offer">
                        <input type="checkbox" bind:checked=take_in_force data-testid="take-in-force" />
                        {format!("以上年现行有效件数作为本年现行有效件数的初值（{figures}），请再按本年制发、废止情况核改")}
                    </label>
                }
            });
            Some(view! {
                <p data-testid="from-last-year-preview">
                    {format!("将新建 {year} 年度报告（{}）。{carry}。", p.meta.agency)}
                </p>
                {offer_view}
            })
        })
    };
    let create = move |_| {
        let Some(p) = previous.get_untracked() else {
            return;
        };
        match next_year(&p, take_in_force.get_untracked()) {
            Some(r) => {
                drafts.open_new(r, String::new(), false, Some(p));
                on_close.run(());
            }
            None => error.set(Some("所选报告没有填写年度".into())),
        }
    };
    view! {
        <div class="draft-dialog wide" role="dialog" aria-label="从上年报告新建" data-testid="from-last-year">
            <h3>"从上年报告新建"</h3>
            <label>
                "上年报告（草稿）："
                <select on:change=on_select data-testid="from-last-year-draft">
                    <option value="">"请选择"</option>
                    {options}
                </select>
            </label>
            <label>
                "或选择上年报告的 JSON 文件："
                <input type="file" accept=".json,application/json" on:change=on_file />
            </label>
            {preview}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button
                type="button"
                disabled=move || previous.with(Option::is_none)
                on:click=create
                data-testid="from-last-year-create"
            >
                "新建报告"
            </button>
            <button type="button" on:click=move |_| on_close.run(())>
                "取消"
            </button>
        </div>
    }
    .into_any()
}
