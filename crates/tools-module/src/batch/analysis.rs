//! 对标分析 in 汇总审查: one button that sends the reports of the list (as our JSON) to the
//! analysis module (`crates/analysis-module`, loaded on demand by `window.drAnalysis`) and shows
//! what it answers — the indicator table (sortable), the 汇总 (本级) report against the members
//! picked, and the printable 对标分析报告 in a sandboxed frame, with 下载 CSV / 下载对标分析报告
//! / 打印. Every figure, chart and word of the analysis comes from the module; this file only
//! shows it.

use leptos::ev;
use leptos::prelude::*;
use report_domain::analysis::INDICATORS_ANCHOR;
use report_domain::export::escape_html;
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};

use super::state::{batch_state, named_reports, SHOWN_ROWS};
use disclosure_report::components::io::{download_announced, Module, CSV_MIME};
use disclosure_report::components::layout::use_status;
use disclosure_report::components::modal::modal_keys;
use disclosure_report::embed_mount::RULES_PAGE;

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
    /// Each column's entry on the 规则说明 page ("" for the lead columns).
    #[serde(default)]
    anchors: Vec<String>,
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
fn request(names: &[(&str, &str)], parent: Option<usize>, members: &[usize]) -> String {
    // Written into one string of its final length: 5,000 reports are some 20 MB of JSON, and
    // each copy of it is felt on the page's thread.
    let size: usize = names.iter().map(|(f, j)| f.len() + j.len() + 32).sum();
    let mut out = String::with_capacity(size + 64);
    out.push_str("{\"reports\":[");
    for (i, (file, json)) in names.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"name\":");
        out.push_str(&serde_json::to_string(file).unwrap_or_else(|_| "\"\"".into()));
        out.push_str(",\"report\":");
        out.push_str(json);
        out.push('}');
    }
    out.push(']');
    if let Some(p) = parent {
        out.push_str(&format!(
            ",\"parent\":{{\"report\":{p},\"members\":{}}}",
            serde_json::to_string(members).unwrap_or_else(|_| "[]".into())
        ));
    }
    out.push('}');
    out
}

/// Orders two cells of the table: numbers by value (compared as written: the integer part's
/// length, then its digits, then the decimals — no float parsing, whose tables would grow the
/// app's first load), before any text (不适用…), texts by their characters.
fn compare_cells(a: &str, b: &str) -> std::cmp::Ordering {
    match (number_parts(a), number_parts(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// A number as written, as parts that order like its value: (integer digits, integer, decimals).
fn number_parts(s: &str) -> Option<(usize, &str, &str)> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit());
    (!int.is_empty() && digits(int) && digits(frac)).then_some((int.len(), int, frac))
}

/// The 汇总 check's controls: the 汇总 (本级) report, and once one is picked, a box for each other
/// report to check it against.
fn controls_html(labels: &[String], parent: Option<usize>, members: &[usize]) -> String {
    // A width of its own: a select of auto width is as wide as its widest option, and measuring
    // 5,000 options was a layout of ~0.3 s on the task that opens the view.
    let mut out = String::from(
        "<p><label>汇总（本级）报告：<select data-testid=\"analysis-parent\" style=\"width:min(32em,100%)\"><option value=\"\">（不核对）</option>",
    );
    for (i, l) in labels.iter().enumerate() {
        let selected = if parent == Some(i) { " selected" } else { "" };
        out.push_str(&format!(
            "<option value=\"{i}\"{selected}>{}</option>",
            escape_html(l)
        ));
    }
    out.push_str("</select></label></p>");
    if let Some(p) = parent {
        out.push_str("<fieldset><legend>下级报告（勾选与汇总报告核对的报告）</legend>");
        for (i, l) in labels.iter().enumerate().filter(|(i, _)| *i != p) {
            let checked = if members.contains(&i) { " checked" } else { "" };
            out.push_str(&format!(
                "<label style=\"margin-right:1em\"><input type=\"checkbox\" data-member=\"{i}\" data-testid=\"analysis-member\"{checked}>{}</label>",
                escape_html(l)
            ));
        }
        out.push_str("</fieldset>");
    }
    out
}

/// What the view says above the table: that it is computing, why there is no analysis, or the
/// 汇总 check's differences.
fn notes_html(busy: bool, answer: Option<&Result<Answer, String>>) -> String {
    let mut out = String::new();
    if busy {
        out.push_str("<p role=\"status\" data-testid=\"analysis-busy\">正在计算…</p>");
    }
    match answer {
        Some(Err(m)) => out.push_str(&format!(
            "<p class=\"storage-banner error\" role=\"alert\" data-testid=\"analysis-error\">{} <button type=\"button\" data-retry=\"\" data-testid=\"analysis-retry\">重试</button></p>",
            escape_html(m)
        )),
        Some(Ok(a)) => {
            if let Some(m) = &a.parent_error {
                out.push_str(&format!(
                    "<p class=\"storage-banner warn\" role=\"note\" data-testid=\"analysis-differences\">{}</p>",
                    escape_html(m)
                ));
            } else if let Some(d) = &a.differences {
                out.push_str("<div data-testid=\"analysis-differences\"><p>");
                if d.is_empty() {
                    out.push_str("汇总报告与所选下级报告的合计逐格一致。");
                } else {
                    out.push_str(&format!("汇总报告与所选下级报告的合计不一致 {} 处：", d.len()));
                }
                out.push_str("</p><ul>");
                for x in d {
                    out.push_str(&format!("<li>{}</li>", escape_html(&x.message)));
                }
                out.push_str("</ul></div>");
            }
        }
        None => {}
    }
    out
}

/// The indicator table's markup, sorted by a column (ascending, or descending when `true`),
/// its first [`SHOWN_ROWS`] lines unless `all`: each header a button (`data-col`) whose title
/// is the indicator's 口径说明, with a link to its entry of 规则说明. The table scrolls in its
/// box with its header row and its first column (the file) kept in view, so every column is wide
/// enough for its heading.
fn table_html(a: &Answer, sort: Option<(usize, bool)>, all: bool) -> String {
    let mut rows: Vec<&Vec<String>> = a.rows.iter().collect();
    if let Some((c, down)) = sort {
        rows.sort_by(|x, y| {
            let cell = |r: &Vec<String>| r.get(c).map_or("", String::as_str).to_string();
            let o = compare_cells(&cell(x), &cell(y));
            if down {
                o.reverse()
            } else {
                o
            }
        });
    }
    let total = rows.len();
    if !all {
        rows.truncate(SHOWN_ROWS);
    }
    // Sticky cells need an opaque background, or the scrolled cells show through them.
    const HEAD: &str = "position:sticky;top:0;z-index:1;background:#f1f3f4;vertical-align:bottom;text-align:left;white-space:normal";
    // The body's cells: figures and 不适用（…） on one line each, so every line is one line high;
    // the file's column kept in view. One rule for every cell (the module's own style, not the
    // app's first-load stylesheet).
    const CELLS: &str = "<style>.analysis-cells td{white-space:nowrap}.analysis-cells td:first-child{position:sticky;left:0;background:#fff;max-width:14em;overflow-wrap:anywhere;white-space:normal}</style>";
    let mut out = String::from(CELLS);
    out.push_str(
        "<table class=\"batch-table analysis-cells\" data-testid=\"analysis-table\" style=\"border-collapse:separate;border-spacing:0\"><caption>指标一览（点击表头排序）</caption><thead><tr>",
    );
    for (c, h) in a.head.iter().enumerate() {
        let aria = match sort {
            Some((k, true)) if k == c => "descending",
            Some((k, false)) if k == c => "ascending",
            _ => "none",
        };
        let help = a.help.get(c).map_or("", String::as_str);
        let anchor = a.anchors.get(c).map_or("", String::as_str);
        // Wide enough for a heading in two lines (at most three for the longest names).
        let (width, extra) = match c {
            0 => (10, ";left:0;z-index:2"),
            1 => (8, ""),
            2 => (5, ""),
            _ => ((h.chars().count() / 2 + 1).clamp(7, 11), ""),
        };
        out.push_str(&format!(
            "<th scope=\"col\" aria-sort=\"{aria}\" style=\"{HEAD};min-width:{width}em{extra}\"><button type=\"button\" data-col=\"{c}\" title=\"按“{h}”排序。{help}\">{h}</button>",
            h = escape_html(h),
            help = escape_html(help)
        ));
        if !anchor.is_empty() {
            out.push_str(&format!(
                " <a href=\"{RULES_PAGE}#{anchor}\" target=\"_blank\" rel=\"noopener\" title=\"{help}\" aria-label=\"{h}的口径说明（规则说明）\" data-testid=\"analysis-help-link\">口径</a>",
                h = escape_html(h),
                help = escape_html(help)
            ));
        }
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for cell in r {
            out.push_str("<td>");
            out.push_str(&escape_html(cell));
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if total > SHOWN_ROWS && !all {
        out.push_str(&format!(
            "<p class=\"hint\">共 {total} 行，按当前排序显示前 {SHOWN_ROWS} 行；全部数值见下载的 CSV 和对标分析报告。<button type=\"button\" data-all=\"\" data-testid=\"analysis-all-rows\">显示全部 {total} 行</button></p>"
        ));
    }
    out
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
    let all_rows = RwSignal::new(false);
    // The report of more than SHOWN_ROWS reports is laid out in its frame only when asked for
    // (显示报告, or 打印): its tables of every report take the page seconds to lay out.
    let report_asked = RwSignal::new(false);
    let print_after_load = RwSignal::new(false);
    let controls_shown = RwSignal::new(false);
    let shown_report = move || {
        report_asked.get()
            || answer.with(|a| matches!(a, Some(Ok(a)) if a.rows.len() <= SHOWN_ROWS))
    };
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let close_button = NodeRef::<leptos::html::Button>::new();
    modal_keys(open, close_button, move || open.set(false));
    // The request of every report read, each as the JSON written when it was read.
    let body = move || {
        state.entries.with(|es| {
            let names: Vec<(&str, &str)> = es
                .iter()
                .filter_map(|e| Some((e.file.as_str(), &*e.outcome.as_ref().ok()?.json)))
                .collect();
            request(&names, parent.get_untracked(), &members.get_untracked())
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
    let send = move || {
        let body = body();
        ANALYSIS.call("analyze", &[JsValue::from_str(&body)], move |got| {
            // Read and drawn in a task of its own: the answer's arrival from the worker (5,000
            // reports: ~10 MB copied out of the message) is a task of ~0.1 s already.
            let read = move || {
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
            };
            set_timeout(read, std::time::Duration::ZERO);
        });
    };
    let run = move || {
        if !ANALYSIS.loaded() {
            status.announce("正在加载对标分析功能…");
        }
        busy.set(true);
        // The request is written, copied into a JavaScript string and handed to the worker in a
        // task of its own, after the view is drawn: for 5,000 reports (~20 MB) that is ~0.1 s,
        // which with the view's own layout made one task of over 0.2 s.
        set_timeout(send, std::time::Duration::ZERO);
    };
    let on_open = move |_| {
        // Each opening shows the first lines and asks again before laying out a report of many
        // reports (5,000 reports: a task of ~6 s); changing the 汇总 check within one opening
        // keeps what was asked for.
        report_asked.set(false);
        all_rows.set(false);
        controls_shown.set(false);
        open.set(true);
        // The 汇总 select of every report is drawn in a task of its own, after the view: for
        // 5,000 reports its options take the page ~0.1 s to read and style.
        set_timeout(move || controls_shown.set(true), std::time::Duration::ZERO);
        run();
    };
    // The controls are one piece of markup with one change handler (see `table_html`).
    let controls_box = NodeRef::<leptos::html::Div>::new();
    let on_controls = move |e: ev::Event| {
        let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let focus_again = if el.tag_name().eq_ignore_ascii_case("select") {
            let v = el
                .dyn_ref::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            parent.set(v.parse::<usize>().ok());
            members.set(Vec::new());
            "select".to_string()
        } else if let Some(m) = el
            .get_attribute("data-member")
            .and_then(|m| m.parse::<usize>().ok())
        {
            members.update(|ms| match ms.iter().position(|x| *x == m) {
                Some(k) => {
                    ms.remove(k);
                }
                None => ms.push(m),
            });
            format!("input[data-member=\"{m}\"]")
        } else {
            return;
        };
        run();
        // The markup is new: give the focus back to the control changed.
        if let Some(c) = controls_box
            .get_untracked()
            .and_then(|d| d.query_selector(&focus_again).ok().flatten())
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = c.focus();
        }
    };
    let controls = move || {
        if controls_shown.get() {
            controls_html(&labels(), parent.get(), &members.get())
        } else {
            String::new()
        }
    };
    let notes = move || answer.with(|a| notes_html(busy.get(), a.as_ref()));
    // The error's 重试 button (in the notes' markup) runs the analysis again.
    let on_notes_click = move |e: ev::MouseEvent| {
        let retry = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-retry]").ok().flatten());
        if retry.is_some() && !busy.get_untracked() {
            run();
        }
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
    // The printout is the frame's document: a report of many reports is laid out in it first,
    // then printed once it has loaded.
    let print_frame = move || {
        let printed = frame
            .get_untracked()
            .and_then(|f| f.content_window())
            .map(|w| w.print().is_ok());
        if printed != Some(true) {
            status.announce("对标分析报告尚未就绪，请稍后再试");
        }
    };
    let print = move |_| {
        if shown_report() {
            print_frame();
        } else {
            status.announce("正在排版对标分析报告，完成后打开打印对话框…");
            print_after_load.set(true);
            report_asked.set(true);
        }
    };
    let on_frame_load = move |_| {
        if print_after_load.get_untracked() && shown_report() {
            print_after_load.set(false);
            print_frame();
        }
    };
    let ready = move || answer.with(|a| matches!(a, Some(Ok(_))));
    // The table as one piece of markup with one click handler (a view per cell and per header
    // would grow the app's first load by some kilobytes for what the module already computed).
    let table_box = NodeRef::<leptos::html::Div>::new();
    let on_table_click = move |e: ev::MouseEvent| {
        let Some(target) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if target.closest("button[data-all]").ok().flatten().is_some() {
            all_rows.set(true);
            return;
        }
        let col = target
            .closest("button[data-col]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-col"))
            .and_then(|c| c.parse::<usize>().ok());
        let Some(c) = col else { return };
        sort.update(|s| {
            *s = match *s {
                Some((k, false)) if k == c => Some((c, true)),
                _ => Some((c, false)),
            }
        });
        // The markup is new: give the focus back to the header pressed.
        if let Some(b) = table_box
            .get_untracked()
            .and_then(|d| {
                d.query_selector(&format!("button[data-col=\"{c}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = b.focus();
        }
    };
    let table = move || {
        answer.with(|a| match a {
            Some(Ok(a)) => table_html(a, sort.get(), all_rows.get()),
            _ => String::new(),
        })
    };
    view! {
        <button
            type="button"
            on:click=on_open
            disabled=move || state.no_reports()
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
                    <div node_ref=controls_box on:change=on_controls inner_html=controls></div>
                    <div on:click=on_notes_click inner_html=notes></div>
                    <div node_ref=table_box style="overflow:auto;max-height:40vh" on:click=on_table_click inner_html=table></div>
                    <p class="hint">
                        "各指标的公式、口径说明和分母为0时的结果见"
                        <a href=format!("{RULES_PAGE}#{INDICATORS_ANCHOR}") target="_blank" rel="noopener" data-testid="analysis-rules-link">"规则说明·对标分析指标"</a>
                        "。"
                    </p>
                    {move || (ready() && !shown_report()).then(|| view! {
                        <p class="hint">
                            {move || answer.with(|a| match a {
                                Some(Ok(a)) => format!("对标分析报告含全部 {} 份报告的表格，排版需要一些时间。", a.rows.len()),
                                _ => String::new(),
                            })}
                            <button type="button" on:click=move |_| report_asked.set(true) data-testid="analysis-show-report">"显示对标分析报告"</button>
                        </p>
                    })}
                    // The report runs no script (no allow-scripts); allow-same-origin lets the
                    // app call print() on it, allow-modals lets that dialog open.
                    <iframe
                        node_ref=frame
                        sandbox="allow-same-origin allow-modals"
                        title="对标分析报告"
                        srcdoc=move || answer.with(|a| match a {
                            Some(Ok(a)) if shown_report() => a.html.clone(),
                            _ => String::new(),
                        })
                        on:load=on_frame_load
                        style="width:100%;height:60vh;border:1px solid #999;background:#eee"
                        data-testid="analysis-frame"
                    ></iframe>
                </div>
            </div>
        })}
    }
}
