//! Last year's text beside an empty narrative part, for a draft made with 从上年报告新建: the
//! same part of last year's report (matched through last year's own format), readable and
//! collapsible, with 「采用上年文本」 copying it into the part in one undo step. A reference
//! to write from, never pre-filled text: it goes as soon as the part has text of its own.

use leptos::prelude::*;
use report_domain::export::paragraph_lines;

use crate::components::layout::use_status;
use crate::store::use_store;

/// The panel for narrative part `part` (shown while `text`, the part's own, is empty).
#[component]
pub fn LastYearText(
    /// The part's key.
    part: &'static str,
    /// The part's accessible name, which the button's name repeats (every part has one).
    label: String,
    /// The part's current text.
    text: Memo<String>,
) -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let last = Memo::new(move |_| store.last_year_text(part));
    let shown = move || text.with(|t| t.trim().is_empty()) && last.with(Option::is_some);
    let adopt = move |_| {
        let Some(t) = last.get_untracked() else {
            return;
        };
        // One step of its own: Ctrl+Z gives back the empty part.
        store.seal();
        match store.set_text(part, &t) {
            Ok(()) => {
                store.seal();
                status.announce("已采用上年文本，请按本年情况修改；按 Ctrl+Z 可撤销");
            }
            Err(e) => status.announce(e),
        }
    };
    let button_name = format!("采用上年文本（{label}）");
    move || {
        let t = shown().then(|| last.get()).flatten()?;
        Some(view! {
            <details class="last-year" open data-last-year=part>
                <summary>"上年报告此部分的文字（供参考）"</summary>
                // One paragraph a line, as the print sets them (blank lines dropped).
                <div class="last-year-text">{paragraph_lines(&t).collect::<Vec<_>>().join("\n")}</div>
                <button type="button" class="link" aria-label=button_name.clone() on:click=adopt>
                    "采用上年文本"
                </button>
            </details>
        })
    }
}
