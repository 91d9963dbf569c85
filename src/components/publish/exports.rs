//! The HTML, Word and CSV downloads, through the same download helper and file name as JSON.
//! The HTML and Word files are written by the publisher module (loaded on first use): both carry
//! the report's data and print its 校验码.

use report_domain::export::tables_csv;
use report_domain::Report;

use super::module::publish;
use super::state::publish_state;
use crate::components::io::{
    download_announced, download_value_announced, report_file_name, CSV_MIME,
};
use crate::components::layout::Status;
use crate::store::Store;

/// The type of a Word .docx file.
const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Downloads a file the publisher writes (`method`) as "<机关><年份>年政府信息公开工作年度报告.<extension>".
fn export_published(
    store: Store,
    status: Status,
    method: &'static str,
    extension: &str,
    mime: &'static str,
) {
    let r = store.report_untracked();
    let name = report_file_name(&r, extension);
    let state = publish_state();
    publish(
        status,
        method,
        &r.clone(),
        &[],
        move |answer| match answer {
            Ok(content) => {
                state.remember(r);
                download_value_announced(status, &name, mime, &content);
            }
            Err(f) => status.announce(f.message().to_string()),
        },
    );
}

/// Downloads the printable report as "<机关><年份>年政府信息公开工作年度报告.html".
pub fn export_html(store: Store, status: Status) {
    export_published(
        store,
        status,
        "renderHtml",
        "html",
        "text/html;charset=utf-8",
    );
}

/// Downloads the report as a Word file in the official layout, "….docx".
pub fn export_docx(store: Store, status: Status) {
    export_published(store, status, "renderDocx", "docx", DOCX_MIME);
}

/// The CSV file name: "<机关><年份>年政府信息公开工作年度报告（表格）.csv".
pub fn csv_file_name(report: &Report) -> String {
    let name = report_file_name(report, "csv");
    match name.strip_suffix(".csv") {
        Some(stem) => format!("{stem}（表格）.csv"),
        None => name,
    }
}

/// Downloads the three tables as "<机关><年份>年政府信息公开工作年度报告（表格）.csv".
pub fn export_csv(store: Store, status: Status) {
    let r = store.report_untracked();
    let name = csv_file_name(&r);
    download_announced(status, &name, CSV_MIME, &tables_csv(&r));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_name() {
        let mut r = Report::for_year(2021);
        r.meta.agency = "某县商务局".into();
        assert_eq!(
            csv_file_name(&r),
            "某县商务局2021年政府信息公开工作年度报告（表格）.csv"
        );
    }
}
