//! The document shown in the print preview frame: the domain's printable report
//! (`report_domain::export::report_document`, the same layout the app's Ctrl+P prints and the
//! exported HTML holds) on a grey desk.

use report_domain::export::report_document;
use report_domain::Report;

/// Screen-only additions for the frame: a grey desk around the sheet. Print keeps the report's
/// own page rules untouched.
const PREVIEW_CSS: &str = "@media screen { html { background: #e6e6e6; } \
body { margin: 0; padding: 8mm 0; } }\n";

/// The preview frame's document: the exported document (its policy runs no script and loads
/// nothing, even if escaping ever failed on some imported text) with the grey desk, so that
/// printing the frame prints exactly the report on A4 pages, with the 校验码 `code` at its foot
/// as the exported HTML and Word files print it.
pub fn preview_document(report: &Report, code: Option<&str>) -> String {
    report_document(report, PREVIEW_CSS, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_is_the_report_without_script() {
        let mut r = Report::for_year(2021);
        r.meta.agency = "某县<商务局>".into();
        let doc = preview_document(&r, Some("3F2A-91C0-7B4E"));
        assert!(doc.contains("<article class=\"gov-report\""));
        assert!(doc.contains("<title>某县&lt;商务局&gt;2021年政府信息公开工作年度报告</title>"));
        assert!(doc.contains("一、总体情况"));
        assert!(!doc.to_lowercase().contains("<script"));
        assert!(doc.contains("@page"));
        assert!(doc.contains("<footer class=\"fingerprint\">校验码：3F2A-91C0-7B4E</footer>"));
        assert!(!preview_document(&r, None).contains("校验码："));
    }
}
