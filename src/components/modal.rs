//! What every dialog over the page does for keyboard users: it lands them on its first control
//! when it opens, and Escape leaves it.

use leptos::ev;
use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses `first` (a button, or the field a dialog is for) whenever `open` turns true, and
/// calls `close` on Escape while it is; the key listener goes with the component that calls
/// this.
pub fn modal_keys<E>(open: RwSignal<bool>, first: NodeRef<E>, close: impl Fn() + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        if open.get() {
            if let Some(el) = first.get() {
                let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
            }
        }
    });
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && open.get_untracked() {
            close();
        }
    });
    on_cleanup(move || keys.remove());
}
