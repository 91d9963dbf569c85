//! The figures of the narrative the text checks left unread ("未核对"): in sentences about
//! applications or cases, but placed by no claim shape, so never compared. Listed as
//! information in the panel, never as a finding: the checker says what it did not understand.

use leptos::prelude::*;
use report_domain::rules::part_is_read;
use report_domain::text::read;

use crate::components::dom::focus_place;
use crate::store::{place, use_store};

/// The unread figures of the parts the text checks read: (part, part name, figure as written).
fn unread(
    parts: &[(&'static str, String)],
    texts: &std::collections::BTreeMap<String, String>,
) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for (key, name) in parts {
        let Some(text) = texts.get(*key) else {
            continue;
        };
        for r in read(text).unread {
            let figure = text.get(r).unwrap_or("").to_string();
            out.push((*key, name.clone(), figure));
        }
    }
    out
}

/// The "未核对" list of the panel (nothing when every figure was read).
#[component]
pub fn UncheckedFigures() -> impl IntoView {
    let store = use_store();
    // The texts alone: a keystroke in a table cell does not read the narrative again.
    let texts = Memo::new(move |_| store.with_report(|r| r.narrative.clone()));
    let figures = Memo::new(move |_| {
        let parts: Vec<(&'static str, String)> = store
            .format_def()
            .sections
            .iter()
            .flat_map(|s| {
                s.parts.iter().map(move |p| {
                    let name = match p.heading {
                        Some(h) => format!("{}{h}", s.heading),
                        None => s.heading.to_string(),
                    };
                    (p.key, name)
                })
            })
            .filter(|(k, _)| part_is_read(k))
            .collect();
        texts.with(|t| unread(&parts, t))
    });
    view! {
        <Show when=move || figures.with(|f| !f.is_empty())>
            <section class="diag-group unchecked" data-group="unchecked">
                <h3>"未核对的数字（信息）"</h3>
                <p class="hint">"以下数字所在句子涉及申请或复议诉讼，但无法确定其所指，未与表格比较，不计为问题。"</p>
                <ul>
                    <For
                        each=move || figures.get()
                        key=|f| f.clone()
                        children=move |(part, name, figure)| {
                            let target = place::narrative(part);
                            view! {
                                <li class="diag info" data-severity="info">
                                    <button
                                        type="button"
                                        class="diag-item"
                                        on:click=move |_| {
                                            focus_place(&target);
                                        }
                                    >
                                        <span class="icon" aria-hidden="true">"ⓘ"</span>
                                        <span class="sr-only">"信息"</span>
                                        <span class="text">{format!("{name}：“{figure}”未核对")}</span>
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}
