//! A polite live region for short confirmations ("已粘贴 12 个单元格"), so keyboard and screen
//! reader users hear what a paste or an undo did.

use leptos::prelude::*;

/// The status message, provided by the App.
#[derive(Clone, Copy)]
pub struct Status(RwSignal<String>);

impl Status {
    /// A new, empty status provided to the tree below.
    pub fn provide() -> Status {
        let s = Status(RwSignal::new(String::new()));
        provide_context(s);
        s
    }

    /// Shows a message.
    pub fn announce(&self, message: impl Into<String>) {
        self.0.set(message.into());
    }

    /// The message shown (tracked: an effect reading it runs again on each announcement).
    pub fn message(&self) -> String {
        self.0.get()
    }

    /// The message shown, untracked.
    pub fn message_untracked(&self) -> String {
        self.0.get_untracked()
    }
}

/// The status provided by the App (a do-nothing one if absent, e.g. in a component test).
pub fn use_status() -> Status {
    use_context::<Status>().unwrap_or_else(|| Status(RwSignal::new(String::new())))
}

/// The live region.
#[component]
pub fn StatusLine() -> impl IntoView {
    let s = use_status();
    view! { <p class="status-line" role="status" aria-live="polite">{move || s.0.get()}</p> }
}
