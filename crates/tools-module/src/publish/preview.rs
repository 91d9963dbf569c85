//! The print preview: the printable report in a sandboxed frame sized like an A4 sheet, over
//! the page, with 打印 and 关闭预览. Its document carries the report's 校验码 at the foot, as
//! the exported HTML and Word files print it: the app gives the code (the one kept for Ctrl+P,
//! or computed as Ctrl+P does; on plain http by the publisher), and the frame is filled once it
//! is there.

use disclosure_report::components::layout::use_status;
use disclosure_report::components::modal::modal_keys;
use leptos::prelude::*;
use report_domain::export::report_title;

use super::document::preview_document;
use super::state::publish_dialogs;
use crate::bridge;

/// The preview dialog (rendered only while open).
#[component]
pub fn PrintPreview() -> impl IntoView {
    let status = use_status();
    let state = publish_dialogs();
    let close_button = NodeRef::<leptos::html::Button>::new();
    modal_keys(state.open, close_button, move || state.close());
    let on_load = move |_| {
        // The frame is blank until the 校验码 has come: only the report's own load counts.
        if state.code.with_untracked(Option::is_none) {
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
    // Each time the preview opens: the app's report as it is now, and its 校验码, asked in the
    // same turn (so the code is that report's).
    Effect::new(move |_| {
        if !state.open.get() {
            // Closed: nothing to compute (the app keeps the code for Ctrl+P).
            return;
        }
        state.code.set(None);
        // Never expected to fail (the app's own JSON), but said if it ever does.
        let report = match bridge::current_report() {
            Ok(r) => r,
            Err(why) => {
                state.close();
                status.announce(format!("打印预览：{why}"));
                return;
            }
        };
        state.report.set(Some(report));
        let code = bridge::current_code();
        leptos::task::spawn_local(async move {
            let code = code.await;
            if state.open.get_untracked() {
                state.code.set(Some(code));
            }
        });
    });
    // What the frame does not show: the code being computed, or why there is none.
    let note = move || {
        state.code.with(|c| match c {
            None => "正在生成校验码…".to_string(),
            Some(Err(reason)) => {
                format!("未能生成校验码（{reason}），预览和打印件不带校验码")
            }
            Some(Ok(_)) => String::new(),
        })
    };
    let print = move |_| {
        if let Err(e) = state.print() {
            status.announce(e);
        }
    };
    let title = move || {
        state.report.with(|r| match r {
            Some(r) => format!("打印预览：{}", report_title(&r.meta)),
            None => "打印预览".to_string(),
        })
    };
    let document = move || {
        let code = state.code.get()?;
        state.report.with(|r| {
            r.as_ref()
                .map(|r| preview_document(r, code.as_deref().ok()))
        })
    };
    move || {
        state.open.get().then(|| {
            // The frame runs no script (no allow-scripts); allow-same-origin lets the module call
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
                        title=title
                        srcdoc=document
                        on:load=on_load
                        data-testid="print-preview-frame"
                    ></iframe>
                </div>
            }
        })
    }
}
