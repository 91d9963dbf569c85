//! The publishing buttons of the toolbar: 打印预览, 打印, 导出 Word, 导出 HTML, 导出 CSV, 核验.

use leptos::prelude::*;
use report_domain::rules::Stage;

use super::exports::{export_csv, export_docx, export_html};
use super::state::publish_state;
use crate::components::layout::use_status;
use crate::store::use_store;

/// The publishing buttons.
#[component]
pub fn PublishButtons() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let state = publish_state();
    // Publishing checks the report in full (a table left blank is named then).
    let publishing = move || store.set_stage(Stage::Publication);
    let toggle = move |_| {
        if state.open.get_untracked() {
            state.close();
        } else {
            publishing();
            state.show();
        }
    };
    let print = move |_| {
        publishing();
        if let Err(e) = state.print() {
            status.announce(e);
        }
    };
    view! {
        <button
            type="button"
            on:click=toggle
            aria-pressed=move || if state.open.get() { "true" } else { "false" }
            data-testid="print-preview"
            title="按公文格式（A4）预览本报告"
        >
            "打印预览"
        </button>
        <button type="button" on:click=print data-testid="print" title="只打印本报告（A4），不打印编辑界面">
            "打印"
        </button>
        <button
            type="button"
            on:click=move |_| {
                publishing();
                export_docx(store, status)
            }
            data-testid="export-docx"
            title="下载公文格式的 Word 文件（.docx），可用 WPS 或 Word 打开、修改、盖章"
        >
            "导出 Word"
        </button>
        <button
            type="button"
            on:click=move |_| {
                publishing();
                export_html(store, status)
            }
            data-testid="export-html"
            title="下载可直接发布或打印的 HTML 文件"
        >
            "导出 HTML"
        </button>
        <button
            type="button"
            on:click=move |_| {
                publishing();
                export_csv(store, status)
            }
            data-testid="export-csv"
            title="下载三张统计表的 CSV 文件，可用 Excel 或 WPS 打开"
        >
            "导出 CSV"
        </button>
        <button
            type="button"
            on:click=move |_| state.verify_open.set(true)
            data-testid="verify-open"
            title="输入纸质件上的校验码或选择已发布的文件，核对是否与当前草稿一致"
        >
            "核验"
        </button>
    }
}
