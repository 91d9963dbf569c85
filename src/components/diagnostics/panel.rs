//! The diagnostics panel: every finding of the rules, grouped by the part of the report it
//! concerns, with the counts in its header. Clicking a finding focuses its cell or text.

use leptos::prelude::*;
use report_domain::Severity;

use super::acknowledge::Acknowledge;
use crate::components::dom::focus_place;
use crate::store::{group, is_acknowledged, use_store};

/// The panel.
#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let store = use_store();
    let summary = move || store.counts().summary();
    let body = move || {
        let f = store.format_def();
        let diags = store.diagnostics().get();
        if diags.is_empty() {
            return view! { <p class="all-good">"✓ 未发现问题"</p> }.into_any();
        }
        let acks = store.with_report(|r| r.acknowledgements.clone());
        group(f, &diags)
            .into_iter()
            .map(|g| {
                let items = g
                    .items
                    .iter()
                    .filter_map(|&i| diags.get(i).cloned())
                    .map(|d| {
                        let acked = is_acknowledged(&d, &acks);
                        let (class, icon, label) = match (d.severity, acked) {
                            (Severity::Error, _) => ("err", "✖", "错误"),
                            (Severity::Warning, false) => ("warn", "▲", "提醒"),
                            (Severity::Warning, true) => ("ack", "✓", "已确认"),
                        };
                        let first = d.cells.first().cloned().unwrap_or_default();
                        let ack = (d.severity == Severity::Warning)
                            .then(|| view! { <Acknowledge key=d.key() /> });
                        view! {
                            <li class=format!("diag {class}") data-code=d.code data-severity=class>
                                <button
                                    type="button"
                                    class="diag-item"
                                    title=d.help
                                    on:click=move |_| {
                                        focus_place(&first);
                                    }
                                >
                                    <span class="icon" aria-hidden="true">{icon}</span>
                                    <span class="sr-only">{label}</span>
                                    <span class="code">{d.code}</span>
                                    <span class="text">{d.message.clone()}</span>
                                </button>
                                {ack}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="diag-group" data-group=g.key>
                        <h3>{g.title}</h3>
                        <ul>{items}</ul>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <aside class="diag-panel" aria-labelledby="diag-title">
            <div class="diag-head">
                <h2 id="diag-title">"检查结果"</h2>
                <p class="diag-counts" data-counts="" aria-live="polite">
                    {summary}
                </p>
            </div>
            <div class="diag-body">{body}</div>
        </aside>
    }
}
