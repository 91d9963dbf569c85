//! The print preview: the printable report in a sandboxed frame sized like an A4 sheet, over
//! the page, with 打印 and 关闭预览.

use leptos::prelude::*;
use report_domain::export::report_title;

use super::document::preview_document;
use super::state::publish_state;
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
        state.loaded.set(true);
        if state.print_pending.get_untracked() {
            state.print_pending.set(false);
            if let Err(e) = state.print_frame() {
                status.announce(e);
            }
        }
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
                        srcdoc=move || store.with_report(preview_document)
                        on:load=on_load
                        data-testid="print-preview-frame"
                    ></iframe>
                </div>
            }
        })
    }
}
