//! Root component: provides the store and lays out the page — header, sticky section navigator,
//! the report form, and the diagnostics panel beside it.

use leptos::ev;
use leptos::prelude::*;
use report_domain::Report;

use crate::components::diagnostics::{ChecksBadge, DiagnosticsPanel};
use crate::components::layout::{Header, ReportForm, SectionNav, Status};
use crate::components::publish::PagePrint;
use crate::components::review::{install_bridge, mount_after_crash, ReviewMount};
use crate::embed_mount::Chrome;
use crate::offline::OfflineNotice;
use crate::store::Store;

/// Title of the report, shown in `<h1>` (and in `<title>` in index.html).
pub const TITLE: &str = crate::components::layout::TITLE;

/// An empty report for last year (agencies report in January on the year just ended).
fn initial_report() -> Report {
    let this_year = js_sys::Date::new_0().get_full_year() as i32;
    Report::for_year(this_year - 1)
}

#[component]
pub fn App() -> impl IntoView {
    let store = Store::new(initial_report());
    store.provide();
    let status = Status::provide();
    let chrome = crate::embed_mount::chrome();
    if chrome.drafts {
        // Opens this tab's draft (or starts one) and autosaves every change.
        crate::components::drafts::install(store);
    } else {
        // No drafts: the portal keeps the report. The import still needs its shared state.
        crate::components::io::import_state();
    }
    // The tools module (汇总审查, the import UI, the format offer: loaded on demand) opens drafts,
    // reads and replaces the report and speaks through the app; the format offer is in every
    // form, so the bridge is too.
    install_bridge(crate::components::drafts::use_drafts(), status);
    if chrome.tools {
        // After a crash in 汇总审查, it mounts at once to show its notice.
        mount_after_crash(status);
    }

    // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo every edit anywhere on the page,
    // text areas included, so the history is one and the same for the whole report.
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.is_composing() || !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
            return;
        }
        let key = e.key().to_lowercase();
        let redo = key == "y" || (key == "z" && e.shift_key());
        let undo = key == "z" && !e.shift_key();
        if undo {
            e.prevent_default();
            store.seal();
            if store.undo() {
                status.announce("已撤销");
            }
        } else if redo {
            e.prevent_default();
            store.seal();
            if store.redo() {
                status.announce("已重做");
            }
        }
    });
    on_cleanup(move || keys.remove());

    let Chrome {
        panel,
        drafts,
        tools,
        ..
    } = chrome;
    view! {
        <OfflineNotice />
        {tools.then(|| view! { <ReviewMount /> })}
        <Header />
        {(drafts || tools).then(|| view! { <crate::components::drafts::DraftsBar /> })}
        <SectionNav />
        <div class=if panel { "workspace" } else { "workspace no-panel" }>
            <main id="app-main">
                <ReportForm />
            </main>
            {panel.then(|| view! { <DiagnosticsPanel /> <ChecksBadge /> })}
        </div>
        <PagePrint />
    }
}
