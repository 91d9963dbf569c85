//! "New report from last year's": a report for year N+1 that carries last year's
//! 四、结转下年度继续办理 into 二、上年结转, per column, and can start table 二's 现行有效件数 from
//! last year's figures.

use report_domain::{Cell, FormatId, Report};

/// The rows of table 二 whose 现行有效件数 carry on from year to year.
const IN_FORCE_ROWS: [&str; 2] = ["regulations", "normative_documents"];

/// Last year's 现行有效件数 that can be offered for the new report: (address, row label, value).
#[derive(Debug, Clone, PartialEq)]
pub struct InForceOffer {
    /// The figures, one per row that has one.
    pub figures: Vec<(String, &'static str, Cell)>,
}

/// What of last year's 现行有效件数 can start this year's (both reports must have the column;
/// blanks are not offered).
pub fn in_force_offer(previous: &Report, year: i32) -> InForceOffer {
    let target = Report::new(FormatId::for_year(year));
    let mut figures = Vec::new();
    for row in IN_FORCE_ROWS {
        let address = format!("table2.{row}.in_force");
        let (Some(v), Some(_)) = (previous.get(&address), target.get(&address)) else {
            continue;
        };
        if v.is_blank() {
            continue;
        }
        let label = target
            .def()
            .table("table2")
            .and_then(|(_, t)| t.blocks.iter().flat_map(|b| b.rows).find(|r| r.key == row))
            .map_or(row, |r| r.label);
        figures.push((address, label, v.clone()));
    }
    InForceOffer { figures }
}

/// A new, empty report for the year after `previous` (same agency and kind), with 上年结转 filled
/// from last year's 结转下年度继续办理 and, when `take_in_force`, 现行有效件数 from last year's.
/// `None` when last year's report has no year.
pub fn next_year(previous: &Report, take_in_force: bool) -> Option<Report> {
    let year = previous.meta.year?.checked_add(1)?;
    let mut r = Report::for_year(year);
    r.meta.agency = previous.meta.agency.clone();
    r.meta.kind = previous.meta.kind;
    let columns: Vec<&str> = r
        .def()
        .table("table3")
        .and_then(|(_, t)| t.blocks.first())
        .map(|b| b.columns.iter().map(|c| c.key).collect())
        .unwrap_or_default();
    for col in columns {
        if let Some(v) = previous.get(&format!("table3.forward.{col}")) {
            let v = v.clone();
            r.set(&format!("table3.carry.{col}"), v);
        }
    }
    if take_in_force {
        for (address, _, v) in in_force_offer(previous, year).figures {
            r.set(&address, v);
        }
    }
    let _ = crate::store::recompute_totals(&mut r);
    Some(r)
}
