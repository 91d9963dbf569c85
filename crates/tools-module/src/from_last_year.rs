//! "New report from last year's": pick last year's report (a draft or a JSON file); the new
//! report for the following year gets 二、上年结转 from last year's 四、结转下年度继续办理, per
//! column, and may start table 二's 现行有效件数 from last year's figures. Last year's report is
//! kept with the draft for the cross-year checks (T3-5, T2-2). Part of this module (not the app's
//! first load): mounted under the app's draft menu when its button is pressed; the drafts are
//! the app's, reached through `window.drApp` (`crate::bridge`).

use leptos::prelude::*;
use report_domain::model::Carried;
use report_domain::Report;

use disclosure_report::components::io::{file_input, first_file, read_file};

use crate::bridge::use_drafts;

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
            .map(|(id, title)| view! { <option value=id>{title}</option> })
            .collect_view()
    };
    let on_select = move |e: leptos::ev::Event| {
        let id = event_target_value(&e);
        if id.is_empty() {
            return;
        }
        match drafts.peek(&id) {
            Ok(r) => choose(r),
            Err(e) => error.set(Some(e)),
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
            let year = p.following_year()?;
            let (always, offered): (Vec<Carried>, Vec<Carried>) =
                p.carried_into(year).into_iter().partition(|c| c.always);
            let carry: Vec<String> = always
                .iter()
                .filter(|c| !c.value.is_blank())
                .map(|c| format!("{} {}", c.column, c.value.display()))
                .collect();
            let carry = if carry.is_empty() {
                let from = always.first().map_or("", |c| c.from_row);
                format!("上年报告“{from}”为空")
            } else {
                format!("上年结转：{}", carry.join("，"))
            };
            let offered: Vec<Carried> =
                offered.into_iter().filter(|c| !c.value.is_blank()).collect();
            let offer_view = (!offered.is_empty()).then(|| {
                let figures = offered
                    .iter()
                    .map(|c| format!("{} {} 件", c.row, c.value.display()))
                    .collect::<Vec<_>>()
                    .join("，");
                let column = offered.first().map_or("", |c| c.column);
                view! {
                    <label class="offer">
                        <input type="checkbox" bind:checked=take_in_force data-testid="take-in-force" />
                        {format!("以上年{column}作为本年{column}的初值（{figures}），请再按本年制发、废止情况核改")}
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
        match p.next_year(take_in_force.get_untracked()) {
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
