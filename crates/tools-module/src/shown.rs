//! A view of the app's report mounted into an element the app keeps for it (the import summary,
//! the format offer): the app hands the report over as the project's JSON whenever what the view
//! shows changes, and nothing when the view is to hide. Mounted once, and again when the app has
//! drawn a new element.

use std::cell::RefCell;
use std::thread::LocalKey;

use leptos::prelude::*;
use report_domain::Report;
use wasm_bindgen::JsCast;

/// Where a view keeps, once mounted, the report it shows and the element it is mounted into.
pub type Slot = RefCell<Option<(RwSignal<Option<Report>>, web_sys::Element)>>;

/// The page's element `id` (an `HtmlElement`), when there is one.
pub fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Shows `json` (the app's report; `None`: nothing) in the view kept in `slot`, mounting
/// `view` into the element `id` first when needed. Nothing when the page has no such element.
pub fn show_in(
    slot: &'static LocalKey<Slot>,
    id: &str,
    json: Option<String>,
    view: fn(RwSignal<Option<Report>>) -> AnyView,
) {
    let report = json.and_then(|j| Report::from_json_str(&j).ok());
    let mounted = slot.with_borrow(|m| {
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
    let Some(root) = element(id) else {
        return;
    };
    let at: web_sys::Element = root.clone().into();
    // Mounted for the page's life (the app keeps the element): the handle is never dropped.
    std::mem::forget(leptos::mount::mount_to(root, move || {
        let shown = RwSignal::new(report);
        slot.with_borrow_mut(|m| *m = Some((shown, at)));
        view(shown)
    }));
}
