//! Whose report it is, as a collection tells reports apart (the agency and the year), and as
//! its lists begin a report's line (the file, the agency, the year).

use crate::model::Report;

/// The agency (without surrounding whitespace) and the year of a report; `None` when either is
/// missing, since nothing then says whose it is.
pub(crate) fn whose(r: &Report) -> Option<(&str, i32)> {
    let agency = r.meta.agency.trim();
    r.meta
        .year
        .filter(|_| !agency.is_empty())
        .map(|y| (agency, y))
}

/// The headings of the fields every list of a collection begins a line with ([`lead`]).
pub const LEAD_COLUMNS: [&str; 3] = ["文件", "机关名称", "报告年度"];

/// The fields a list of a collection begins a report's line with: its file, its agency (without
/// surrounding whitespace) and its year ("" when not given).
pub(crate) fn lead(file: &str, r: &Report) -> [String; 3] {
    [
        file.to_string(),
        r.meta.agency.trim().to_string(),
        r.meta.year.map(|y| y.to_string()).unwrap_or_default(),
    ]
}
