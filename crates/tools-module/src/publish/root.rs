//! The dialogs' root: the print preview and 核验, mounted into the element the app keeps for them
//! (`PUBLISH_ROOT_ID`, after its toolbar) on the first press of one of their buttons, with a
//! status line that speaks through the app's; and the actions the app's buttons ask for.

use std::cell::RefCell;

use disclosure_report::components::publish::PUBLISH_ROOT_ID;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::preview::PrintPreview;
use super::state::{publish_dialogs, PublishDialogs};
use super::verify::VerifyDialog;
use crate::bridge;

thread_local! {
    /// The dialogs once mounted: their state and the element they are mounted into (mounted
    /// again when the app has drawn a new toolbar, as a portal's form mounted again does).
    static MOUNTED: RefCell<Option<(PublishDialogs, web_sys::Element)>> =
        const { RefCell::new(None) };
}

/// The print preview and the 核验 dialog, each shown while open.
#[component]
pub fn PublishRoot() -> impl IntoView {
    bridge::app_status();
    let state = publish_dialogs();
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PUBLISH_ROOT_ID));
    if let Some(element) = element {
        MOUNTED.with_borrow_mut(|m| *m = Some((state, element)));
    }
    view! {
        <PrintPreview />
        <VerifyDialog />
    }
}

/// The dialogs' state, mounting them into the app's element first when needed; `None` when the
/// page has no such element (a page without the tools).
fn mount() -> Option<PublishDialogs> {
    let mounted = MOUNTED.with_borrow(|m| {
        m.as_ref()
            .filter(|(_, root)| root.is_connected())
            .map(|(state, _)| *state)
    });
    if mounted.is_some() {
        return mounted;
    }
    let root = web_sys::window()?
        .document()?
        .get_element_by_id(PUBLISH_ROOT_ID)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    // Mounted for the page's life: the handle is never dropped.
    std::mem::forget(leptos::mount::mount_to(root, PublishRoot));
    MOUNTED.with_borrow(|m| m.as_ref().map(|(state, _)| *state))
}

/// What the app's publishing buttons ask (`window.drReview.publishing(action)`): "preview"
/// opens the print preview, "closePreview" closes it, "print" prints the report from the
/// preview (opening it first), "verify" opens 核验. Nothing when the page has no element for
/// the dialogs.
pub fn publishing(action: &str) {
    let Some(state) = mount() else {
        return;
    };
    match action {
        "preview" => state.show(),
        "closePreview" => state.close(),
        "print" => {
            if let Err(e) = state.print() {
                bridge::announce(&e);
            }
        }
        "verify" => state.show_verify(),
        _ => {}
    }
}
