//! The JSON export button.

use leptos::prelude::*;

use super::download::export_json;
use crate::components::layout::use_status;
use crate::store::use_store;

/// Downloads the report as "<机关><年份>年政府信息公开工作年度报告.json".
#[component]
pub fn ExportButton() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let export = move |_| {
        export_json(&store.report_untracked(), status);
    };
    view! {
        <button type="button" on:click=export data-testid="export-json" title="下载本报告的 JSON 文件，可在其他电脑或浏览器中导入">
            "导出 JSON"
        </button>
    }
}
