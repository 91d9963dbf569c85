//! Small DOM helpers shared by the components: finding a place's element and focusing it, and
//! telling finished typing from IME composition. Never panic: a missing element just means nothing to focus.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, InputEvent};

use crate::store::place;

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

fn query(selector: &str) -> Option<Element> {
    document()?.query_selector(selector).ok().flatten()
}

/// The element of a place: a field with `data-place`, the first editable cell of a row address
/// ("table3.withheld_2"), or a section heading ("section.overview").
pub fn place_element(p: &str) -> Option<HtmlElement> {
    let escaped = p.replace('\\', "\\\\").replace('"', "\\\"");
    let el = query(&format!("[data-place=\"{escaped}\"]"))
        .or_else(|| query(&format!("input[data-cell^=\"{escaped}.\"]")))
        .or_else(|| {
            p.strip_prefix("section.")
                .and_then(|key| document()?.get_element_by_id(&place::section_anchor(key)))
        })?;
    el.dyn_into::<HtmlElement>().ok()
}

/// Focuses the element of a place (the browser scrolls it into view). Returns whether one was
/// found.
pub fn focus_place(p: &str) -> bool {
    match place_element(p) {
        Some(el) => {
            let _ = el.focus();
            true
        }
        None => false,
    }
}

/// Focuses the editable cell at an address and selects its content (spreadsheet style).
pub fn focus_cell(address: &str) -> bool {
    let Some(el) = query(&format!("input[data-cell=\"{address}\"]")) else {
        return false;
    };
    let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() else {
        return false;
    };
    let _ = input.focus();
    input.select();
    true
}

/// Whether an element has the keyboard focus.
pub fn is_focused(el: &Element) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|a| &a == el)
}

/// Whether an `input` event carries finished text rather than an IME's half-composed pinyin:
/// `composing` is the field's own compositionstart/end flag; the event's `isComposing` is asked
/// too, so either one saying "composing" holds the text back.
pub fn outside_composition(ev: &Event, composing: bool) -> bool {
    !composing
        && !ev
            .dyn_ref::<InputEvent>()
            .is_some_and(|ie| ie.is_composing())
}

/// Calls `f` with each `storage` event (another tab of this origin wrote, removed or cleared
/// `localStorage`) while the calling component lives: the listener is removed on its cleanup.
pub fn on_storage_event(f: impl Fn(web_sys::StorageEvent) + 'static) {
    let listener = leptos::prelude::window_event_listener_untyped("storage", move |e| {
        if let Ok(e) = e.dyn_into::<web_sys::StorageEvent>() {
            f(e);
        }
    });
    leptos::prelude::on_cleanup(move || listener.remove());
}
