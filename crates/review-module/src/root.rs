//! The module's root: the crash notice and the dialog, mounted once into the element the app
//! keeps for them (`REVIEW_ROOT_ID`), with the review's state and a status line that speaks
//! through the app's.

use std::cell::Cell;

use disclosure_report::components::layout::Status;
use disclosure_report::components::review::REVIEW_ROOT_ID;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::batch::{batch_state, BatchReview, BatchState, ReviewCrashNotice};
use crate::bridge;

thread_local! {
    /// The review's state once mounted (signals are `Copy`; its owner lives as long as the page).
    static STATE: Cell<Option<BatchState>> = const { Cell::new(None) };
}

/// The crash notice (after a crash in 汇总审查) and the dialog (while open).
#[component]
pub fn ReviewRoot() -> impl IntoView {
    let status = Status::provide();
    // What the review announces is said in the app's status line, the page's one live region.
    Effect::new(move || bridge::announce(&status.message()));
    STATE.with(|s| s.set(Some(batch_state())));
    view! {
        <ReviewCrashNotice />
        <BatchReview />
    }
}

/// Mounts the review into the app's element, once, and answers its state; `None` when the page
/// has no such element (a page without the tools).
pub fn mount() -> Option<BatchState> {
    if let Some(s) = STATE.with(Cell::get) {
        return Some(s);
    }
    let root = web_sys::window()?
        .document()?
        .get_element_by_id(REVIEW_ROOT_ID)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    // The module's own panic hook: a panic here names 汇总审查 for the next load (the crash
    // marker) and shows the page's banner, as the app's does.
    disclosure_report::panic_banner::install();
    // Mounted for the page's life: the handle is never dropped.
    std::mem::forget(leptos::mount::mount_to(root, ReviewRoot));
    STATE.with(Cell::get)
}
