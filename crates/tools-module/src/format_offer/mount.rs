//! The format offer mounted into the app's element for it (`FORMAT_OFFER_ROOT_ID`, under the
//! metadata): the app hands over its report after every edit while the year asks for the other
//! format, and nothing once it does not. Mounted again when the app has drawn a new element.

use std::cell::RefCell;

use disclosure_report::components::meta::FORMAT_OFFER_ROOT_ID;
use leptos::prelude::*;
use report_domain::Report;
use wasm_bindgen::JsCast;

use super::offer::FormatOffer;

thread_local! {
    /// The offer once mounted: the report it is about and the element it is mounted into.
    static OFFER: RefCell<Option<(RwSignal<Option<Report>>, web_sys::Element)>> =
        const { RefCell::new(None) };
}

/// Shows the format offer for `json` (the app's report as the project's JSON), or nothing when
/// `None`. Nothing when the page has no element for it.
pub fn show_format_offer(json: Option<String>) {
    let report = json.and_then(|j| Report::from_json_str(&j).ok());
    let mounted = OFFER.with_borrow(|m| {
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
        .and_then(|d| d.get_element_by_id(FORMAT_OFFER_ROOT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let at: web_sys::Element = root.clone().into();
    // Mounted for the page's life (the app keeps the element with the metadata): the handle is
    // never dropped.
    std::mem::forget(leptos::mount::mount_to(root, move || {
        let shown = RwSignal::new(report);
        OFFER.with_borrow_mut(|m| *m = Some((shown, at)));
        view! { <FormatOffer report=shown /> }
    }));
}
