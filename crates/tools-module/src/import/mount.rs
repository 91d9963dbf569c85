//! The import summary mounted into the app's element for it (`IMPORT_SUMMARY_ROOT_ID`, under
//! the toolbar): the app hands over its report each time the import record shown changes, and
//! nothing when the summary closes.

use std::cell::RefCell;

use disclosure_report::components::io::IMPORT_SUMMARY_ROOT_ID;
use leptos::prelude::*;
use report_domain::Report;
use wasm_bindgen::JsCast;

use super::summary::ImportSummary;

thread_local! {
    /// The summary once mounted: the report it shows and the element it is mounted into
    /// (mounted again when the app has drawn a new one).
    static SUMMARY: RefCell<Option<(RwSignal<Option<Report>>, web_sys::Element)>> =
        const { RefCell::new(None) };
}

/// Shows the import summary of `json` (the app's report as the project's JSON), or nothing when
/// `None` (the summary closed, or the report is not imported). Nothing when the page has no
/// element for it.
pub fn show_import_summary(json: Option<String>) {
    let report = json.and_then(|j| Report::from_json_str(&j).ok());
    let mounted = SUMMARY.with_borrow(|m| {
        m.as_ref()
            .filter(|(_, root)| root.is_connected())
            .map(|(shown, _)| *shown)
    });
    if let Some(shown) = mounted {
        shown.set(report);
        return;
    }
    if report.is_none() {
        return;
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(IMPORT_SUMMARY_ROOT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let element: web_sys::Element = root.clone().into();
    // Mounted for the page's life (the app keeps the element while the toolbar is shown): the
    // handle is never dropped.
    std::mem::forget(leptos::mount::mount_to(root, move || {
        let shown = RwSignal::new(report);
        SUMMARY.with_borrow_mut(|m| *m = Some((shown, element)));
        view! { <ImportSummary report=shown /> }
    }));
}
