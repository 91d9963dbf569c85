//! The HTML and CSV downloads, through the same download helper and file name as JSON.

use report_domain::export::{report_html, tables_csv};

use super::document::csv_file_name;
use crate::components::io::{download_announced, report_file_name, CSV_MIME};
use crate::components::layout::Status;
use crate::store::Store;

/// Downloads the printable report as "<机关><年份>年政府信息公开工作年度报告.html".
pub fn export_html(store: Store, status: Status) {
    let r = store.report_untracked();
    let name = report_file_name(&r, "html");
    download_announced(status, &name, "text/html;charset=utf-8", &report_html(&r));
}

/// Downloads the three tables as "<机关><年份>年政府信息公开工作年度报告（表格）.csv".
pub fn export_csv(store: Store, status: Status) {
    let r = store.report_untracked();
    let name = csv_file_name(&r);
    download_announced(status, &name, CSV_MIME, &tables_csv(&r));
}
