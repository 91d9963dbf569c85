//! Where the keyboard focus goes when this module's dialogs and panels come and go: back to the
//! button that opened a dialog (the dialog's own controls are gone once it closes), or, when a
//! panel redraws or leaves under the control just pressed, to the control the page shows in its
//! place — so a keyboard user is never dropped at the top of the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element that had the focus when a dialog opened, so that closing the dialog gives the
/// focus back to it.
#[derive(Clone, Copy)]
pub struct Opener(StoredValue<Option<web_sys::HtmlElement>, LocalStorage>);

impl Opener {
    /// Nothing noted yet (in the current reactive owner).
    pub fn new() -> Opener {
        Opener(StoredValue::new_local(None))
    }

    /// Notes the element focused now.
    fn remember(&self) {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        self.0.set_value(focused);
    }

    /// Focuses the element noted, if it is still on the page.
    fn give_back(&self) {
        if let Some(el) = self.0.get_value().filter(|e| e.is_connected()) {
            let _ = el.focus();
        }
    }

    /// Shows the dialog whose flag is `shown`, noting the element focused now; false (and
    /// nothing noted) when it was shown already — the focus is in it then.
    pub fn open(&self, shown: RwSignal<bool>) -> bool {
        if shown.get_untracked() {
            return false;
        }
        self.remember();
        shown.set(true);
        true
    }

    /// Hides the dialog whose flag is `shown` and gives the focus back to the element noted
    /// when it opened; false when it was not shown.
    pub fn close(&self, shown: RwSignal<bool>) -> bool {
        if !shown.get_untracked() {
            return false;
        }
        shown.set(false);
        self.give_back();
        true
    }
}

/// After the page has drawn what was just changed (the app and this module redraw in microtasks;
/// an animation frame comes after them), focuses the first element matching one of `selectors`,
/// in order — unless the focus is already on a control still on the page (the user moved on).
pub fn focus_after_redraw(selectors: Vec<String>) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let body: Option<web_sys::Element> = doc.body().map(Into::into);
        let lost = doc
            .active_element()
            .is_none_or(|a| Some(&a) == body.as_ref() || !a.is_connected());
        if !lost {
            return;
        }
        let target = selectors
            .iter()
            .find_map(|s| doc.query_selector(s).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
    });
}
