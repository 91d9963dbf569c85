//! The module's root: the crash notice and the dialog, mounted once into the element the app
//! keeps for them (`REVIEW_ROOT_ID`), with the review's state, the form's storage namespace
//! (a portal's, read from the element) and a status line that speaks through the app's; and
//! 从上年报告新建's dialog, mounted under the app's draft menu.

use std::cell::{Cell, RefCell};

use disclosure_report::components::review::{
    FROM_LAST_YEAR_ROOT_ID, NAMESPACE_ATTR, REVIEW_ROOT_ID,
};
use disclosure_report::StorageNamespace;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::batch::{batch_state, BatchReview, BatchState, ReviewCrashNotice};
use crate::bridge;
use crate::from_last_year::FromLastYear;

thread_local! {
    /// The review's state once mounted (signals are `Copy`; its owner lives as long as the page).
    static STATE: Cell<Option<BatchState>> = const { Cell::new(None) };
}

/// The crash notice (after a crash in 汇总审查) and the dialog (while open). `namespace`: the
/// storage namespace of the form it belongs to (`None`: the default, the hosted app's).
#[component]
pub fn ReviewRoot(namespace: Option<String>) -> impl IntoView {
    if let Some(ns) = namespace {
        provide_context(StorageNamespace(ns));
    }
    // What the review announces is said in the app's status line, the page's one live region.
    bridge::app_status();
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
    let namespace = root.get_attribute(NAMESPACE_ATTR);
    // Mounted for the page's life: the handle is never dropped.
    std::mem::forget(leptos::mount::mount_to(root, move || {
        view! { <ReviewRoot namespace=namespace /> }
    }));
    STATE.with(Cell::get)
}

/// Opens the 汇总审查 dialog (mounting the review first).
pub fn open() {
    if let Some(s) = mount() {
        s.show();
    }
}

/// Whether the dialog is open (a file dropped on the page then goes to the review).
pub fn is_open() -> bool {
    STATE
        .with(Cell::get)
        .is_some_and(|s| s.open.get_untracked())
}

/// Reads files dropped on the page into the review.
pub fn read_files(files: &web_sys::FileList) {
    if let Some(s) = mount() {
        s.read_all(files);
    }
}

thread_local! {
    /// 从上年报告新建 once mounted: whether its dialog is shown, and the element it is mounted
    /// into (mounted again when the app has drawn a new draft menu).
    static FROM_LAST_YEAR: RefCell<Option<(RwSignal<bool>, web_sys::Element)>> =
        const { RefCell::new(None) };
}

/// Opens 从上年报告新建's dialog under the app's draft menu (mounting it there first); nothing
/// when the page has no draft menu.
pub fn open_from_last_year() {
    let mounted = FROM_LAST_YEAR.with_borrow(|m| {
        m.as_ref()
            .filter(|(_, root)| root.is_connected())
            .map(|(open, _)| *open)
    });
    if let Some(open) = mounted {
        open.set(true);
        return;
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(FROM_LAST_YEAR_ROOT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let element: web_sys::Element = root.clone().into();
    // Mounted for the page's life: the handle is never dropped.
    std::mem::forget(leptos::mount::mount_to(root, move || {
        let open = RwSignal::new(true);
        FROM_LAST_YEAR.with_borrow_mut(|m| *m = Some((open, element)));
        view! {
            <Show when=move || open.get()>
                <FromLastYear on_close=Callback::new(move |_| open.set(false)) />
            </Show>
        }
    }));
}
