//! On a narrow page (a phone, or a portal's narrow column) the 检查结果 panel does not fit
//! beside the form, and below it it would be thousands of pixels down: it opens over the page
//! from a badge fixed at the bottom corner that shows the counts. The badge is a button
//! (`aria-expanded`, `aria-controls`); Escape or 关闭 closes the panel and gives the focus back
//! to the badge. On a wide page the CSS hides the badge and shows the panel beside the form.

use leptos::prelude::*;

use crate::store::use_store;

/// The DOM id of the panel the badge opens.
pub const PANEL_ID: &str = "diag-panel";
/// The DOM id of the badge.
pub const BADGE_ID: &str = "checks-badge";

/// Whether the panel is open over the page (narrow pages only), shared by the badge and the
/// panel.
#[derive(Clone, Copy)]
pub struct ChecksDrawer(pub RwSignal<bool>);

/// The drawer's state: the one the page provides, or a new one provided here.
pub fn checks_drawer() -> ChecksDrawer {
    use_context::<ChecksDrawer>().unwrap_or_else(|| {
        let d = ChecksDrawer(RwSignal::new(false));
        provide_context(d);
        d
    })
}

impl ChecksDrawer {
    /// Opens the panel and moves the focus to its heading.
    pub fn open(self) {
        self.0.set(true);
        focus_later(PANEL_TITLE_ID);
    }

    /// Closes the panel; `back`: give the focus back to the badge.
    pub fn close(self, back: bool) {
        if self.0.get_untracked() {
            self.0.set(false);
            if back {
                focus_later(BADGE_ID);
            }
        }
    }
}

/// The panel's heading, focused when the badge opens it.
pub const PANEL_TITLE_ID: &str = "diag-title";

/// Focuses an element after the next frame (once the panel is shown).
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        let el = document()
            .get_element_by_id(id)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// The badge.
#[component]
pub fn ChecksBadge() -> impl IntoView {
    let store = use_store();
    let drawer = checks_drawer();
    let label = move || format!("检查结果：{}", store.counts().summary());
    let errors = move || store.counts().errors;
    let warnings = move || store.counts().warnings;
    let badge_class = move || {
        if errors() > 0 {
            "checks-badge has-errors"
        } else {
            "checks-badge"
        }
    };
    view! {
        <button
            type="button"
            id=BADGE_ID
            class=badge_class
            aria-controls=PANEL_ID
            aria-expanded=move || drawer.0.get().to_string()
            aria-label=label
            on:click=move |_| {
                if drawer.0.get_untracked() {
                    drawer.close(true);
                } else {
                    drawer.open();
                }
            }
            // The focus moves into the panel a frame after it opens: an Escape pressed before
            // that (a quick Enter, Escape) still reaches the badge, and closes the panel too.
            on:keydown=move |e| {
                if e.key() == "Escape" && drawer.0.get_untracked() {
                    drawer.close(true);
                }
            }
        >
            <span aria-hidden="true">"检查结果 "</span>
            <span class="n err" aria-hidden="true">
                "✖"
                {errors}
            </span>
            <span class="n warn" aria-hidden="true">
                "▲"
                {warnings}
            </span>
        </button>
    }
}
