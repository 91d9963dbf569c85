//! The 汇总 (本级) report against the sum of the reports picked as its members, cell by cell:
//! a 政府 report that sums its departments' should show their sum.

use serde::Serialize;

use super::evaluate::effective;
use crate::batch::{sum_reports, SumError};
use crate::model::Report;

/// One cell where the 汇总 report and its members' sum differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellDifference {
    /// The cell address ("table3.new.total").
    pub address: String,
    /// Its official label.
    pub label: String,
    /// The 汇总 report's value as shown ("" for blank).
    pub parent: String,
    /// The members' sum as shown.
    pub members: String,
    /// The finding, in Chinese.
    pub message: String,
}

/// The cells where `parent` differs from the sum of `members` (each with its name), in the
/// format's order; a blank total of the parent counts as its entries' sum. Members must be of
/// the parent's year and format ([`SumError`] otherwise, with the Chinese message).
pub fn parent_differences(
    parent: (&str, &Report),
    members: &[(&str, &Report)],
) -> Result<Vec<CellDifference>, SumError> {
    let (name, p) = parent;
    let all = std::iter::once(parent).chain(members.iter().copied());
    // Summing the parent with its members checks that all share one year and format; the sum
    // compared is of the members alone.
    sum_reports(all)?;
    let sum = sum_reports(members.iter().copied())?;
    let f = p.def();
    let mine = effective(p);
    let mut out = Vec::new();
    for (id, info) in f.index().cells.iter().enumerate() {
        let a = mine.get(id).map(|c| c.display()).unwrap_or_default();
        let b = sum.cell(id).display();
        if a != b {
            let label = f.cell_label(id);
            let message = format!(
                "“{name}”的“{label}”为{}，所选下级报告合计为{}",
                shown(&a),
                shown(&b)
            );
            out.push(CellDifference {
                address: info.address.clone(),
                label,
                parent: a,
                members: b,
                message,
            });
        }
    }
    Ok(out)
}

fn shown(v: &str) -> &str {
    if v.is_empty() {
        "空白"
    } else {
        v
    }
}
