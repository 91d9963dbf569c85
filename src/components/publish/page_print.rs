//! The browser's own print (Ctrl+P, 文件 › 打印) prints the report, not the form: just before
//! printing, the report is written into a container that only print media shows, and the rest of
//! the page is hidden there (style/publish.css). The same fragment and CSS as the preview and the
//! HTML export, so all three print alike. The browser's print cannot wait for the publisher, so
//! it prints the 校验码 when the preview has computed it for this very report.

use leptos::prelude::*;
use report_domain::export::{report_body_with_code, PRINT_CSS};

use super::state::publish_state;

use crate::store::use_store;

/// The print-only copy of the report (empty except while the browser prints).
#[component]
pub fn PagePrint() -> impl IntoView {
    let store = use_store();
    let root = NodeRef::<leptos::html::Div>::new();
    let state = publish_state();
    // Written synchronously in the event: the print layout is taken right after it, before any
    // reactive update would run. Filled only for printing, so typing never pays for it.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(div) = root.get_untracked() {
            let report = store.report_untracked();
            let code = state.code_of(&report);
            div.set_inner_html(&report_body_with_code(&report, code.as_deref()));
        }
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        if let Some(div) = root.get_untracked() {
            div.set_inner_html("");
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    view! {
        <style>{PRINT_CSS}</style>
        <div class="page-print" node_ref=root data-testid="page-print"></div>
    }
}
