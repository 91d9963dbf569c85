//! What every dialog over the page does for keyboard users: it lands them on its first control
//! when it opens, and Escape leaves it.

use leptos::ev;
use leptos::html::Button;
use leptos::prelude::*;

/// Focuses `first` whenever `open` turns true, and calls `close` on Escape while it is; the
/// key listener goes with the component that calls this.
pub fn modal_keys(open: RwSignal<bool>, first: NodeRef<Button>, close: impl Fn() + 'static) {
    Effect::new(move |_| {
        if open.get() {
            if let Some(b) = first.get() {
                let _ = b.focus();
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
