//! The diagnostics panel: every finding of the rules, grouped by the part of the report it
//! concerns, with the counts in its header. Clicking a finding focuses its cell or text.
//! Keyed lists: a keystroke that changes one finding re-renders that finding only.

use leptos::prelude::*;
use report_domain::Severity;

use super::acknowledge::Acknowledge;
use crate::components::dom::focus_place;
use crate::store::{group, is_acknowledged, use_store};

/// One finding as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    key: String,
    code: &'static str,
    class: &'static str,
    message: String,
    help: &'static str,
    first: String,
    warning: bool,
}

/// A group of findings: (group key, title, items).
type GroupItems = (&'static str, &'static str, Vec<Item>);

fn item_view(it: Item) -> impl IntoView {
    let (icon, label) = match it.class {
        "err" => ("✖", "错误"),
        "warn" => ("▲", "提醒"),
        _ => ("✓", "已确认"),
    };
    let first = it.first;
    let ack = it
        .warning
        .then(|| view! { <Acknowledge key=it.key.clone() /> });
    view! {
        <li class=format!("diag {}", it.class) data-code=it.code data-severity=it.class>
            <button
                type="button"
                class="diag-item"
                title=it.help
                on:click=move |_| {
                    focus_place(&first);
                }
            >
                <span class="icon" aria-hidden="true">{icon}</span>
                <span class="sr-only">{label}</span>
                <span class="code">{it.code}</span>
                <span class="text">{it.message}</span>
            </button>
            {ack}
        </li>
    }
}

/// The panel.
#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let store = use_store();
    let groups = Memo::new(move |_| {
        let f = store.format_def();
        store.diagnostics().with(|diags| {
            store.with_report(|r| {
                group(f, diags)
                    .into_iter()
                    .map(|g| {
                        let items = g
                            .items
                            .iter()
                            .filter_map(|&i| diags.get(i))
                            .map(|d| Item {
                                key: d.key(),
                                code: d.code,
                                class: match d.severity {
                                    Severity::Error => "err",
                                    _ if is_acknowledged(d, &r.acknowledgements) => "ack",
                                    _ => "warn",
                                },
                                message: d.message.clone(),
                                help: d.help,
                                first: d.cells.first().cloned().unwrap_or_default(),
                                warning: d.severity == Severity::Warning,
                            })
                            .collect();
                        (g.key, g.title, items)
                    })
                    .collect::<Vec<GroupItems>>()
            })
        })
    });
    let summary = move || store.counts().summary();
    view! {
        <aside class="diag-panel" aria-labelledby="diag-title">
            <div class="diag-head">
                <h2 id="diag-title">"检查结果"</h2>
                <p class="diag-counts" data-counts="" aria-live="polite">
                    {summary}
                </p>
            </div>
            <div class="diag-body">
                <Show when=move || groups.with(Vec::is_empty)>
                    <p class="all-good">"✓ 未发现问题"</p>
                </Show>
                <For
                    each=move || groups.with(|gs| gs.iter().map(|g| (g.0, g.1)).collect::<Vec<_>>())
                    key=|g| g.0
                    children=move |(gkey, title)| {
                        let items = move || {
                            groups
                                .with(|gs| {
                                    gs.iter().find(|g| g.0 == gkey).map(|g| g.2.clone())
                                })
                                .unwrap_or_default()
                        };
                        view! {
                            <section class="diag-group" data-group=gkey>
                                <h3>{title}</h3>
                                <ul>
                                    <For
                                        each=items
                                        key=|it| (it.key.clone(), it.message.clone(), it.class)
                                        children=item_view
                                    />
                                </ul>
                            </section>
                        }
                    }
                />
            </div>
        </aside>
    }
}
