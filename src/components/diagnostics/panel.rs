//! The diagnostics panel: every finding of the rules, grouped by the part of the report it
//! concerns, with the counts in its header. Clicking a finding focuses its cell or text.
//! Keyed lists: a keystroke that changes one finding re-renders that finding only.

use leptos::prelude::*;
use report_domain::export::rule_anchor;
use report_domain::fix::Fixes;
use report_domain::rules::Stage;
use report_domain::Severity;

use super::acknowledge::Acknowledge;
use super::badge::{checks_drawer, PANEL_ID, PANEL_TITLE_ID};
use super::fixes::FixButtons;
use super::progress::ProgressLine;
use super::unchecked::UncheckedFigures;
use crate::components::dom::focus_place;
use crate::embed_mount::chrome;
use crate::store::{use_store, Finding, Listing};

/// The CSS class of a finding: "err", "warn", or "ack" for a kept warning.
fn class(f: &Finding) -> &'static str {
    match (f.severity, f.acknowledged) {
        (Severity::Error, _) => "err",
        (_, true) => "ack",
        _ => "warn",
    }
}

/// What tells a listed finding from another: a change of any of these rebuilds its entry (a
/// fix's edits name text offsets, which move when text before them is edited).
fn entry_key(f: &Finding) -> (String, String, &'static str, Fixes) {
    (f.key.clone(), f.message.clone(), class(f), f.fixes.clone())
}

fn item_view(f: Finding) -> impl IntoView {
    let class = class(&f);
    let (icon, label) = match class {
        "err" => ("✖", "错误"),
        "warn" => ("▲", "提醒"),
        _ => ("✓", "已确认"),
    };
    let first = f.first;
    let ack = (f.severity == Severity::Warning).then(|| view! { <Acknowledge key=f.key /> });
    let fixes =
        (!f.fixes.is_empty()).then(|| view! { <FixButtons code=f.code fixes=f.fixes.to_vec() /> });
    view! {
        <li class=format!("diag {class}") data-code=f.code data-severity=class>
            <button
                type="button"
                class="diag-item"
                title=f.help
                on:click=move |_| {
                    focus_place(&first);
                }
            >
                <span class="icon" aria-hidden="true">{icon}</span>
                <span class="sr-only">{label}</span>
                <span class="code">{f.code}</span>
                <span class="text">{f.message}</span>
            </button>
            <a
                class="rule-link"
                href=rule_href(f.code)
                target="_blank"
                rel="noopener"
                aria-label=format!("规则说明：{}（新窗口）", f.code)
            >
                "规则说明"
            </a>
            {fixes}
            {ack}
        </li>
    }
}

/// Where a rule is explained: its section of the static 规则说明 page (built from the rules'
/// data and loaded only when followed), at the address the page or the portal gives
/// ([`Chrome::rules_url`](crate::embed_mount::Chrome)).
fn rule_href(code: &str) -> String {
    format!("{}#{}", chrome().rules_url, rule_anchor(code))
}

/// The findings of group `gkey` that are errors (`errors`) or warnings.
fn findings_of(listing: &[Listing], gkey: &str, errors: bool) -> Vec<Finding> {
    listing
        .iter()
        .find(|g| g.key == gkey)
        .map(|g| {
            g.findings
                .iter()
                .filter(|f| (f.severity == Severity::Error) == errors)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// The panel.
#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let store = use_store();
    let listing = store.listing();
    let heads = Memo::new(move |_| {
        listing.with(|l| l.iter().map(|g| (g.key, g.title)).collect::<Vec<_>>())
    });
    let summary = move || store.counts().summary();
    let full = move || store.stage() == Stage::Publication;
    let drawer = checks_drawer();
    view! {
        <aside
            id=PANEL_ID
            class="diag-panel"
            class:open=move || drawer.0.get()
            aria-labelledby=PANEL_TITLE_ID
            on:keydown=move |e| {
                if e.key() == "Escape" {
                    drawer.close(true);
                }
            }
            on:click=move |e| {
                // A finding chosen in the panel opened over a narrow page: the panel gives way
                // to the place it points at.
                let chosen = e
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    .and_then(|el| el.closest(".diag-item").ok().flatten())
                    .is_some();
                if chosen {
                    drawer.close(false);
                }
            }
        >
            <div class="diag-head">
                <h2 id=PANEL_TITLE_ID tabindex="-1">"检查结果"</h2>
                <a class="rule-link" href=chrome().rules_url target="_blank" rel="noopener" aria-label="规则说明（新窗口）">
                    "规则说明"
                </a>
                <button
                    type="button"
                    class="diag-close"
                    aria-label="关闭检查结果"
                    on:click=move |_| drawer.close(true)
                >
                    "关闭"
                </button>
                <p class="diag-counts" data-counts="" aria-live="polite">
                    {summary}
                </p>
                <ProgressLine />
                <button
                    type="button"
                    class="publish-check"
                    data-testid="publish-check"
                    aria-pressed=move || if full() { "true" } else { "false" }
                    title="填写中，尚未开始填写的表格不提示空白单元格；发布前检查列出全部问题（打印、导出时也会全部列出）"
                    on:click=move |_| {
                        store.set_stage(if full() { Stage::Draft } else { Stage::Publication })
                    }
                >
                    "发布前检查"
                </button>
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
                        let errors = Memo::new(move |_| {
                            listing.with(|l| findings_of(l, gkey, true))
                        });
                        let warnings = Memo::new(move |_| {
                            listing.with(|l| findings_of(l, gkey, false))
                        });
                        view! {
                            <section class="diag-group" data-group=gkey>
                                <h3>{title}</h3>
                                <ul>
                                    <For each=move || errors.get() key=entry_key children=item_view />
                                    <For each=move || warnings.get() key=entry_key children=item_view />
                                </ul>
                            </section>
                        }
                    }
                />
                <UncheckedFigures />
            </div>
        </aside>
    }
}
