//! 对标分析 in 汇总审查: one button that sends the reports of the list (as our JSON) to the
//! analysis module (`crates/analysis-module`, loaded on demand by `window.drAnalysis`) and shows
//! what it answers — the indicator table (sortable), the 汇总 (本级) report against the members
//! picked, and the printable 对标分析报告 in a sandboxed frame, with 下载 CSV / 下载对标分析报告
//! / 打印. Every figure, chart and word of the analysis comes from the module; this file only
//! shows it.

use leptos::ev;
use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::JsValue;

use super::state::{batch_state, named_reports};
use crate::components::io::{download_announced, Module, CSV_MIME};
use crate::components::layout::use_status;
use crate::components::modal::modal_keys;

/// The analysis module.
const ANALYSIS: Module = Module {
    global: "drAnalysis",
    feature: "对标分析功能",
};

/// What the module answers (crates/analysis-module/src/calls.rs, `analyze_json`).
#[derive(Clone, Debug, Default, Deserialize)]
struct Answer {
    head: Vec<String>,
    help: Vec<String>,
    rows: Vec<Vec<String>>,
    csv: String,
    html: String,
    differences: Option<Vec<Difference>>,
    #[serde(rename = "parentError")]
    parent_error: Option<String>,
}

/// One cell where the 汇总 report and its members' sum differ.
#[derive(Clone, Debug, Deserialize)]
struct Difference {
    message: String,
}

/// The request: every report read, with the 汇总 check when a parent is picked.
fn request(names: &[(&str, String)], parent: Option<usize>, members: &[usize]) -> String {
    let reports: Vec<String> = names
        .iter()
        .map(|(file, json)| {
            format!(
                "{{\"name\":{},\"report\":{json}}}",
                serde_json::to_string(file).unwrap_or_else(|_| "\"\"".into())
            )
        })
        .collect();
    let parent = match parent {
        Some(p) => format!(
            ",\"parent\":{{\"report\":{p},\"members\":{}}}",
            serde_json::to_string(members).unwrap_or_else(|_| "[]".into())
        ),
        None => String::new(),
    };
    format!("{{\"reports\":[{}]{parent}}}", reports.join(","))
}

/// A cell's sort key: its number when it is one, else its text (不适用 sorts after numbers).
fn sort_key(s: &str) -> (bool, f64, &str) {
    match s.parse::<f64>() {
        Ok(v) => (false, v, s),
        Err(_) => (true, 0.0, s),
    }
}

/// The 对标分析 button and, while open, its view.
#[component]
pub fn AnalysisButton() -> impl IntoView {
    let state = batch_state();
    let status = use_status();
    let open = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let answer: RwSignal<Option<Result<Answer, String>>> = RwSignal::new(None);
    let parent: RwSignal<Option<usize>> = RwSignal::new(None);
    let members: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    let sort: RwSignal<Option<(usize, bool)>> = RwSignal::new(None);
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let close_button = NodeRef::<leptos::html::Button>::new();
    modal_keys(open, close_button, move || open.set(false));
    let names = move || {
        state.entries.with(|es| {
            named_reports(es)
                .into_iter()
                .map(|(f, r)| (f.to_string(), r.to_json_string()))
                .collect::<Vec<_>>()
        })
    };
    let labels = move || {
        state.entries.with(|es| {
            named_reports(es)
                .into_iter()
                .map(|(f, r)| report_domain::analysis::report_name(f, r))
                .collect::<Vec<_>>()
        })
    };
    let run = move || {
        let list = names();
        let refs: Vec<(&str, String)> = list.iter().map(|(f, j)| (f.as_str(), j.clone())).collect();
        let body = request(&refs, parent.get_untracked(), &members.get_untracked());
        if !ANALYSIS.loaded() {
            status.announce("正在加载对标分析功能…");
        }
        busy.set(true);
        ANALYSIS.call("analyze", &[JsValue::from_str(&body)], move |got| {
            busy.set(false);
            let result = got.map_err(|f| f.message().to_string()).and_then(|v| {
                let text = v.as_string().unwrap_or_default();
                serde_json::from_str::<Answer>(&text)
                    .map_err(|e| format!("对标分析结果无法读取：{e}"))
            });
            if let Ok(a) = &result {
                status.announce(format!("对标分析完成：{} 份报告", a.rows.len()));
            }
            answer.set(Some(result));
        });
    };
    let on_open = move |_| {
        open.set(true);
        run();
    };
    let on_parent = move |e: ev::Event| {
        let v = event_target_value(&e);
        parent.set(v.parse::<usize>().ok());
        members.set(Vec::new());
        run();
    };
    let toggle_member = move |m: usize| {
        members.update(|ms| match ms.iter().position(|x| *x == m) {
            Some(k) => {
                ms.remove(k);
            }
            None => ms.push(m),
        });
        run();
    };
    let with_answer = move |f: &dyn Fn(&Answer)| {
        answer.with_untracked(|a| {
            if let Some(Ok(a)) = a {
                f(a)
            }
        })
    };
    let download_csv = move |_| {
        with_answer(&|a| download_announced(status, "对标分析指标表.csv", CSV_MIME, &a.csv))
    };
    let download_html = move |_| {
        with_answer(&|a| {
            download_announced(
                status,
                "对标分析报告.html",
                "text/html;charset=utf-8",
                &a.html,
            )
        })
    };
    let print = move |_| {
        let printed = frame
            .get_untracked()
            .and_then(|f| f.content_window())
            .map(|w| w.print().is_ok());
        if printed != Some(true) {
            status.announce("对标分析报告尚未就绪，请稍后再试");
        }
    };
    let ready = move || answer.with(|a| matches!(a, Some(Ok(_))));
    let table = move || {
        answer.with(|a| {
            let Some(Ok(a)) = a else { return None };
            let mut rows = a.rows.clone();
            if let Some((c, down)) = sort.get() {
                rows.sort_by(|x, y| {
                    let (kx, ky) = (
                        sort_key(x.get(c).map_or("", String::as_str)),
                        sort_key(y.get(c).map_or("", String::as_str)),
                    );
                    let o =
                        kx.0.cmp(&ky.0)
                            .then(kx.1.total_cmp(&ky.1))
                            .then(kx.2.cmp(ky.2));
                    if down {
                        o.reverse()
                    } else {
                        o
                    }
                });
            }
            let head = a.head.iter().enumerate().map(|(c, h)| {
                let h = h.clone();
                let label = h.clone();
                // The indicator's 口径说明 on hover, after what a click does.
                let help = a.help.get(c).filter(|t| !t.is_empty()).map_or_else(
                    || format!("按“{label}”排序"),
                    |t| format!("按“{label}”排序。{t}"),
                );
                let aria = move || match sort.get() {
                    Some((k, true)) if k == c => "descending",
                    Some((k, false)) if k == c => "ascending",
                    _ => "none",
                };
                view! {
                    <th scope="col" aria-sort=aria style="min-width:5em">
                        <button
                            type="button"
                            title=help
                            on:click=move |_| sort.update(|s| {
                                *s = match *s {
                                    Some((k, false)) if k == c => Some((c, true)),
                                    _ => Some((c, false)),
                                }
                            })
                        >
                            {h}
                        </button>
                    </th>
                }
            });
            let body = rows.into_iter().map(|r| {
                let cells = r.into_iter().map(|c| view! { <td>{c}</td> });
                view! { <tr>{cells.collect_view()}</tr> }
            });
            Some(view! {
                <div style="overflow:auto;max-height:40vh">
                    <table class="batch-table" data-testid="analysis-table">
                        <caption>"指标一览（点击表头排序）"</caption>
                        <thead><tr>{head.collect_view()}</tr></thead>
                        <tbody>{body.collect_view()}</tbody>
                    </table>
                </div>
            })
        })
    };
    let differences = move || {
        answer.with(|a| {
            let Some(Ok(a)) = a else { return None };
            if let Some(m) = &a.parent_error {
                return Some(view! { <p class="storage-banner warn" role="note" data-testid="analysis-differences">{m.clone()}</p> }.into_any());
            }
            let d = a.differences.as_ref()?;
            let items = d.iter().map(|x| view! { <li>{x.message.clone()}</li> });
            Some(view! {
                <div data-testid="analysis-differences">
                    <p>{if d.is_empty() { "汇总报告与所选下级报告的合计逐格一致。".to_string() } else { format!("汇总报告与所选下级报告的合计不一致 {} 处：", d.len()) }}</p>
                    <ul>{items.collect_view()}</ul>
                </div>
            }.into_any())
        })
    };
    view! {
        <button
            type="button"
            on:click=on_open
            disabled=move || state.entries.with(|es| named_reports(es).is_empty())
            title="各报告的指标、同年度分布与异常值、同比跳变、风险清单和图表，可下载 CSV 和对标分析报告"
            data-testid="analysis-open"
        >
            "对标分析"
        </button>
        {move || open.get().then(|| view! {
            <div class="batch-review" role="dialog" aria-modal="true" aria-label="对标分析" data-testid="analysis-dialog">
                <div class="batch-panel">
                    <div class="batch-bar">
                        <h2>"对标分析"</h2>
                        <button type="button" on:click=download_csv disabled=move || !ready() data-testid="analysis-csv">"下载 CSV"</button>
                        <button type="button" on:click=download_html disabled=move || !ready() data-testid="analysis-html">"下载对标分析报告"</button>
                        <button type="button" on:click=print disabled=move || !ready() data-testid="analysis-print">"打印"</button>
                        <button type="button" node_ref=close_button on:click=move |_| open.set(false) data-testid="analysis-close">"关闭"</button>
                    </div>
                    <p class="hint">"在本机计算，报告不会上传。同年度报告互相比较；同一机关上一年度的报告也在列表中时，计算同比变化。"</p>
                    <p>
                        <label>
                            "汇总（本级）报告："
                            <select on:change=on_parent data-testid="analysis-parent">
                                <option value="" selected=true>"（不核对）"</option>
                                {move || labels().into_iter().enumerate().map(|(i, l)| view! { <option value=i.to_string()>{l}</option> }).collect_view()}
                            </select>
                        </label>
                    </p>
                    {move || parent.get().map(|p| {
                        let boxes = labels().into_iter().enumerate().filter(|(i, _)| *i != p).map(|(i, l)| {
                            let checked = move || members.with(|m| m.contains(&i));
                            view! {
                                <label style="margin-right:1em">
                                    <input type="checkbox" prop:checked=checked on:change=move |_| toggle_member(i) data-testid="analysis-member" />
                                    {l}
                                </label>
                            }
                        });
                        view! { <fieldset><legend>"下级报告（勾选与汇总报告核对的报告）"</legend>{boxes.collect_view()}</fieldset> }
                    })}
                    {move || busy.get().then(|| view! { <p role="status" data-testid="analysis-busy">"正在计算…"</p> })}
                    {move || answer.with(|a| match a {
                        Some(Err(m)) => Some(view! { <p class="storage-banner error" role="alert" data-testid="analysis-error">{m.clone()}</p> }),
                        _ => None,
                    })}
                    {differences}
                    {table}
                    {move || answer.with(|a| match a {
                        Some(Ok(a)) => Some(view! {
                            // The report runs no script (no allow-scripts); allow-same-origin lets
                            // the app call print() on it, allow-modals lets that dialog open.
                            <iframe
                                node_ref=frame
                                sandbox="allow-same-origin allow-modals"
                                title="对标分析报告"
                                srcdoc=a.html.clone()
                                style="width:100%;height:60vh;border:1px solid #999;background:#eee"
                                data-testid="analysis-frame"
                            ></iframe>
                        }),
                        _ => None,
                    })}
                </div>
            </div>
        })}
    }
}
