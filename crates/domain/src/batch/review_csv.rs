//! The findings of a collection of reports as one CSV list, a finding a line, as evaluators
//! publish them: which agency's report, which rule, what is wrong.

use super::whose::{lead, LEAD_COLUMNS};
use crate::diagnostics::Diagnostic;
use crate::export::rows_csv;
use crate::model::Report;

/// One file of a review.
pub enum Reviewed<'a> {
    /// A report read from the file, with the findings of its checks.
    Checked {
        /// The file name.
        file: &'a str,
        /// The report.
        report: &'a Report,
        /// Its findings.
        findings: &'a [Diagnostic],
    },
    /// A file that could not be read, and why (Chinese).
    Unread {
        /// The file name.
        file: &'a str,
        /// Why.
        reason: &'a str,
    },
}

/// The column headings of [`review_csv`].
pub const REVIEW_COLUMNS: [&str; 6] = [
    LEAD_COLUMNS[0],
    LEAD_COLUMNS[1],
    LEAD_COLUMNS[2],
    "级别",
    "规则",
    "问题",
];

/// The CSV list: a line per finding; a report without findings has one line saying so, a file
/// that could not be read one line with the reason.
pub fn review_csv<'a>(files: impl IntoIterator<Item = Reviewed<'a>>) -> String {
    let mut rows: Vec<Vec<String>> = vec![REVIEW_COLUMNS.iter().map(|c| c.to_string()).collect()];
    for f in files {
        match f {
            Reviewed::Unread { file, reason } => rows.push(vec![
                file.to_string(),
                String::new(),
                String::new(),
                "无法读取".into(),
                String::new(),
                reason.to_string(),
            ]),
            Reviewed::Checked {
                file,
                report,
                findings,
            } => {
                let lead = || lead(file, report).to_vec();
                if findings.is_empty() {
                    let mut r = lead();
                    r.extend([String::new(), String::new(), "未发现问题".into()]);
                    rows.push(r);
                }
                for d in findings {
                    let mut r = lead();
                    r.extend([
                        d.severity.label().to_string(),
                        d.code.to_string(),
                        d.message.clone(),
                    ]);
                    rows.push(r);
                }
            }
        }
    }
    rows_csv(rows.iter().map(Vec::as_slice))
}
