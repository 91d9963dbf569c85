//! The publishing buttons of the toolbar: 打印预览, 打印, 导出 Word, 导出 HTML, 导出 CSV, 核验.

use leptos::prelude::*;
use report_domain::rules::Stage;

use super::exports::{export_csv, export_docx, export_html};
use super::state::publish_state;
use super::tools::{close_preview, open_preview, open_verify, print_report};
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
    // The preview and 核验 are the tools module's (loaded on the first press: tools.rs).
    let toggle = move |_| {
        if state.preview_open.get_untracked() {
            close_preview(status);
        } else {
            publishing();
            open_preview(status);
        }
    };
    let print = move |_| {
        publishing();
        print_report(status);
    };
    view! {
        <button
            type="button"
            on:click=toggle
            aria-pressed=move || if state.preview_open.get() { "true" } else { "false" }
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
            on:click=move |_| open_verify(status)
            data-testid="verify-open"
            title="输入纸质件上的校验码或选择已发布的文件，核对是否与当前草稿一致"
        >
            "核验"
        </button>
    }
}
