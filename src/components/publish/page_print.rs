//! The browser's own print (Ctrl+P, 文件 › 打印) prints the report, not the form: just before
//! printing, the report is written into a container that only print media shows, and the rest of
//! the page is hidden there (style/publish.css). The same fragment and CSS as the preview and the
//! HTML export, so all three print alike.
//!
//! The printout carries the 校验码 kept ready in the background (`code::keep_ready`, computed
//! a pause after the last edit). `beforeprint` cannot wait for a digest, so Ctrl+P pressed before
//! that code is ready (within the pause after an edit) is held back: the code is computed at
//! once (a few milliseconds with SubtleCrypto; on plain http the publisher is loaded) and then the
//! page prints. The browser's menu print cannot be held back: within that pause it prints the
//! report without a code.

use leptos::prelude::*;
use report_domain::export::{report_body_with_code, PRINT_CSS};

use super::code::{code_now, keep_ready};
use super::state::publish_state;

use crate::components::layout::use_status;
use crate::store::use_store;

/// The print-only copy of the report (empty except while the browser prints).
#[component]
pub fn PagePrint() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let root = NodeRef::<leptos::html::Div>::new();
    let state = publish_state();
    keep_ready(store, state);
    // Written synchronously in the event: the print layout is taken right after it, before any
    // reactive update would run. Filled only for printing, so typing never pays for it.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(div) = root.get_untracked() {
            let code = state.code_of(untrack(|| store.revision()));
            let report = store.report_untracked();
            div.set_inner_html(&report_body_with_code(&report, code.as_deref()));
        }
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        if let Some(div) = root.get_untracked() {
            div.set_inner_html("");
        }
    });
    // Ctrl+P (⌘P) before the code of this very report is ready: compute it, then print.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        let print_key = (e.ctrl_key() || e.meta_key())
            && !e.alt_key()
            && !e.shift_key()
            && e.key().eq_ignore_ascii_case("p");
        if !print_key || e.is_composing() || state.code_of(untrack(|| store.revision())).is_some() {
            return;
        }
        e.prevent_default();
        code_now(store, state, status, move |code| {
            if let Err(reason) = code {
                status.announce(format!("未能生成校验码（{reason}），打印件不带校验码"));
            }
            if let Some(w) = web_sys::window() {
                if w.print().is_err() {
                    status.announce("浏览器未能打开打印对话框");
                }
            }
        });
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
        keys.remove();
    });
    view! {
        <style>{PRINT_CSS}</style>
        <div class="page-print" node_ref=root data-testid="page-print"></div>
    }
}
