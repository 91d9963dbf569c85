//! The print preview: the printable report in a sandboxed frame sized like an A4 sheet, over
//! the page, with 打印 and 关闭预览. Its document carries the report's 校验码 at the foot, as
//! the exported HTML and Word files print it: the code is computed in the page (code.rs; on
//! plain http by the publisher), and the frame is filled once it is there.

use leptos::prelude::*;
use report_domain::export::report_title;

use super::code::code_now;
use super::document::preview_document;
use super::state::{publish_state, Coded};
use crate::components::layout::use_status;
use crate::components::modal::modal_keys;
use crate::store::use_store;

/// The preview dialog (rendered only while open).
#[component]
pub fn PrintPreview() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let state = publish_state();
    let close_button = NodeRef::<leptos::html::Button>::new();
    modal_keys(state.open, close_button, move || state.close());
    let on_load = move |_| {
        // The frame is blank until the 校验码 has come: only the report's own load counts.
        if state.coded.with_untracked(Option::is_none) {
            return;
        }
        state.loaded.set(true);
        if state.print_pending.get_untracked() {
            state.print_pending.set(false);
            if let Err(e) = state.print_frame() {
                status.announce(e);
            }
        }
    };
    // Each time the preview opens: the report as it is now, and its 校验码 (code.rs).
    Effect::new(move |_| {
        if !state.open.get() {
            // Closed: nothing to compute (the code stays kept for Ctrl+P, see code.rs).
            return;
        }
        state.coded.set(None);
        let report = store.report_untracked();
        code_now(store, state, status, move |code| {
            if state.open.get_untracked() {
                state.coded.set(Some(Coded { report, code }));
            }
        });
    });
    // What the frame does not show: the code being computed, or why there is none.
    let note = move || {
        state.coded.with(|c| match c {
            None => "正在生成校验码…".to_string(),
            Some(Coded {
                code: Err(reason), ..
            }) => {
                format!("未能生成校验码（{reason}），预览和打印件不带校验码")
            }
            Some(_) => String::new(),
        })
    };
    let print = move |_| {
        if let Err(e) = state.print() {
            status.announce(e);
        }
    };
    move || {
        state.open.get().then(|| {
            // The frame runs no script (no allow-scripts); allow-same-origin lets the app call
            // print() on it, allow-modals lets that print dialog open.
            view! {
                <div class="print-preview" role="dialog" aria-modal="true" aria-label="打印预览" data-testid="print-preview-dialog">
                    <div class="print-preview-bar">
                        <strong>"打印预览（A4）"</strong>
                        <span class="print-preview-note" role="status" data-testid="preview-note">{note}</span>
                        <button type="button" on:click=print data-testid="preview-print">
                            "打印"
                        </button>
                        <button type="button" node_ref=close_button on:click=move |_| state.close() data-testid="preview-close">
                            "关闭预览"
                        </button>
                    </div>
                    <iframe
                        class="print-preview-frame"
                        node_ref=state.frame
                        sandbox="allow-same-origin allow-modals"
                        title=move || store.with_report(|r| format!("打印预览：{}", report_title(&r.meta)))
                        srcdoc=move || state.coded.with(|c| c.as_ref().map(|c| preview_document(&c.report, c.code.as_deref().ok())))
                        on:load=on_load
                        data-testid="print-preview-frame"
                    ></iframe>
                </div>
            }
        })
    }
}
