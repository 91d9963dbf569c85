//! The diagnostics panel: every finding of the rules, grouped by the part of the report it
//! concerns, with the counts in its header. Clicking a finding focuses its cell or text.
//! Keyed lists: a keystroke that changes one finding re-renders that finding only.

use leptos::prelude::*;
use report_domain::Severity;

use super::acknowledge::Acknowledge;
use crate::components::dom::focus_place;
use crate::store::{is_acknowledged, use_store};

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

/// The items of group `gkey` that are errors (`errors`) or warnings.
fn items_of(groups: &[GroupItems], gkey: &str, errors: bool) -> Vec<Item> {
    groups
        .iter()
        .find(|g| g.0 == gkey)
        .map(|g| {
            g.2.iter()
                .filter(|it| it.warning != errors)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// The panel.
#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let store = use_store();
    let groups = Memo::new(move |_| {
        store.diagnostics().with(|diags| {
            store.with_acknowledgements(|acks| {
                store.groups().with(|groups| {
                    groups
                        .iter()
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
                                        _ if is_acknowledged(d, acks) => "ack",
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
        })
    });
    let heads =
        Memo::new(move |_| groups.with(|gs| gs.iter().map(|g| (g.0, g.1)).collect::<Vec<_>>()));
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
                <Show when=move || heads.with(Vec::is_empty)>
                    <p class="all-good">"✓ 未发现问题"</p>
                </Show>
                <For
                    each=move || heads.get()
                    key=|g| g.0
                    children=move |(gkey, title)| {
                        // Errors and warnings are two keyed lists (errors first): a finding that
                        // appears or goes does not shift, and so re-insert, the other kind.
                        // Each list is a memo: a group whose findings did not change is not
                        // touched at all.
                        let errors = Memo::new(move |_| groups.with(|gs| items_of(gs, gkey, true)));
                        let warnings = Memo::new(move |_| {
                            groups.with(|gs| items_of(gs, gkey, false))
                        });
                        view! {
                            <section class="diag-group" data-group=gkey>
                                <h3>{title}</h3>
                                <ul>
                                    <For
                                        each=move || errors.get()
                                        key=|it| (it.key.clone(), it.message.clone(), it.class)
                                        children=item_view
                                    />
                                    <For
                                        each=move || warnings.get()
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
