//! Totals: every total cell computed from the entries, as the format declares them (the
//! format's index lists each total with its addends), and the one sum every check, the balance
//! line and the totals use.

use crate::format::CellId;
use crate::model::{Cell, Report};

/// The exact sum of integer cell values, blank counted as 0.
///
/// Overflow policy: values are added as `i128` with `checked_add`, which never panics; the sum
/// of i64 values overflows i128 only past 2^63 addends, which no report has, so a `Sum` is
/// exact. Where a sum is written into an i64 cell ([`Sum::cell_value`]) and does not fit, the
/// cell gets `i64::MAX` (or `i64::MIN`): far beyond [`crate::input::MAX_COUNT`], so the check
/// of a total against the cell maximum reports it at the total, and the checks that compare
/// sums (T3-1, T3-2, T3-3, T4-1) compare the exact `value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sum {
    /// The exact sum (blank as 0).
    pub value: i128,
    /// Whether any addend is filled in.
    pub any: bool,
}

impl Sum {
    /// Adds one cell value (a blank leaves the sum as it is).
    pub fn plus(self, v: Option<i64>) -> Sum {
        match v {
            Some(v) => Sum {
                value: self.value.checked_add(i128::from(v)).unwrap_or(if v < 0 {
                    i128::MIN
                } else {
                    i128::MAX
                }),
                any: true,
            },
            None => self,
        }
    }

    /// The sum of values.
    pub fn of(values: impl IntoIterator<Item = Option<i64>>) -> Sum {
        values.into_iter().fold(Sum::default(), Sum::plus)
    }

    /// The value a total cell holds: `None` (blank) when every addend is blank, else the sum,
    /// at most `i64::MAX` in size (see the overflow policy above).
    pub fn cell_value(self) -> Option<i64> {
        self.any.then(|| {
            i64::try_from(self.value).unwrap_or(if self.value < 0 { i64::MIN } else { i64::MAX })
        })
    }
}

/// The computed value of every total cell, as (cell id, value) pairs, without touching the report.
/// Row totals are computed from entered rows first, then column totals across each row, so the
/// corner cell is the sum of both ways when the entries are consistent.
pub fn computed_totals(report: &Report) -> Vec<(CellId, Option<i64>)> {
    let sums = &report.def().index().sums;
    let mut out: Vec<(CellId, Option<i64>)> = Vec::with_capacity(sums.len());
    let mut scratch = report.cells.clone();
    for s in sums {
        let v = Sum::of(
            s.addends
                .iter()
                .map(|&a| scratch.get(a).and_then(Cell::int)),
        )
        .cell_value();
        if let Some(c) = scratch.get_mut(s.cell) {
            *c = v.map_or(Cell::Blank, Cell::Int);
        }
        // The corner cell is both a row total's column and a total column's row: the later
        // (across the row) value stands.
        match out.iter_mut().rev().find(|(i, _)| *i == s.cell) {
            Some(slot) => slot.1 = v,
            None => out.push((s.cell, v)),
        }
    }
    out
}

/// Each total whose value in the report is not the computed one, with the computed value
/// (blank where nothing is entered to sum).
pub fn differing(report: &Report) -> impl Iterator<Item = (CellId, Cell)> + '_ {
    computed_totals(report)
        .into_iter()
        .map(|(id, v)| (id, v.map_or(Cell::Blank, Cell::Int)))
        .filter(|(id, new)| report.cells.get(*id).is_some_and(|c| c != new))
}

/// Writes every computed total into the report; returns whether any total changed.
pub fn fill(report: &mut Report) -> bool {
    !refill_cells(report).is_empty()
}

/// Writes every computed total into the report; returns the cells changed, with their values
/// before.
fn refill_cells(report: &mut Report) -> Vec<(CellId, Cell)> {
    let changes: Vec<(CellId, Cell)> = differing(report).collect();
    changes
        .into_iter()
        .filter_map(|(id, new)| {
            let c = report.cells.get_mut(id)?;
            Some((id, std::mem::replace(c, new)))
        })
        .collect()
}

/// A total whose value in a report given whole (a portal's `load`) was not the sum of its
/// entries, and was computed again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recomputed {
    /// The total's address, e.g. "table3.granted.total".
    pub address: String,
    /// Its label: "表三 （一）予以公开 / 总计".
    pub label: String,
    /// The value it was given ("" when blank).
    pub was: String,
    /// The value computed.
    pub now: String,
}

/// Fills every total from the entries, as [`fill`], and lists the totals that changed.
pub fn refill(report: &mut Report) -> Vec<Recomputed> {
    let changed = refill_cells(report);
    let f = report.def();
    changed
        .into_iter()
        .filter_map(|(id, was)| {
            let info = f.index().cells.get(id)?;
            Some(Recomputed {
                address: info.address.clone(),
                label: format!("表{} {}", f.tables[info.table].section, f.cell_label(id)),
                was: was.display(),
                now: report.cell(id).display(),
            })
        })
        .collect()
}

/// The note that says totals were computed again ("" when none was): how many, and the first
/// few with the value given and the value computed.
pub fn recomputed_note(changed: &[Recomputed]) -> String {
    const SHOWN: usize = 3;
    if changed.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = changed
        .iter()
        .take(SHOWN)
        .map(|c| {
            let was = if c.was.is_empty() { "空白" } else { &c.was };
            format!("{}：{was} → {}", c.label, c.now)
        })
        .collect();
    let more = if changed.len() > SHOWN { "等" } else { "" };
    format!(
        "载入的报告中有 {} 个合计与各项之和不符，已按各项重新计算（{}{more}）",
        changed.len(),
        shown.join("；")
    )
}

/// The report with every total cell filled from the entries.
pub fn compute(report: &Report) -> Report {
    let mut r = report.clone();
    fill(&mut r);
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::FormatId;

    #[test]
    fn a_sum_beyond_a_cell_is_exact_and_its_cell_far_beyond_the_maximum() {
        let s = Sum::of([Some(i64::MAX), Some(i64::MAX), None]);
        assert_eq!(s.value, 2 * i128::from(i64::MAX));
        assert_eq!(s.cell_value(), Some(i64::MAX));
        assert!(s.cell_value().unwrap() > crate::input::MAX_COUNT);
        assert_eq!(
            Sum::of([Some(i64::MIN), Some(-1)]).cell_value(),
            Some(i64::MIN)
        );
        assert_eq!(Sum::of([None, None]).cell_value(), None);
        let mut r = Report::new(FormatId::F2021);
        r.set("table3.granted.natural", Cell::Int(i64::MAX));
        r.set("table3.partial.natural", Cell::Int(i64::MAX));
        let r = compute(&r);
        assert_eq!(r.get("table3.total.natural"), Some(&Cell::Int(i64::MAX)));
    }

    #[test]
    fn refill_lists_the_stale_totals_and_the_note_says_so() {
        let mut r = Report::new(FormatId::F2021);
        r.set("table3.granted.natural", Cell::Int(2));
        r.set("table3.granted.total", Cell::Int(5));
        let changed = refill(&mut r);
        assert_eq!(r, compute(&r));
        let granted = changed
            .iter()
            .find(|c| c.address == "table3.granted.total")
            .unwrap();
        assert_eq!((granted.was.as_str(), granted.now.as_str()), ("5", "2"));
        assert_eq!(changed.len(), 3, "{changed:?}");
        let note = recomputed_note(&changed);
        assert_eq!(
            note,
            "载入的报告中有 3 个合计与各项之和不符，已按各项重新计算（表三 （七）总计 / 自然人：空白 → 2；表三 （七）总计 / 总计：空白 → 2；表三 （一）予以公开 / 总计：5 → 2）"
        );
        assert!(refill(&mut r).is_empty());
        assert_eq!(recomputed_note(&[]), "");
    }

    #[test]
    fn fill_says_whether_a_total_changed() {
        let mut r = Report::new(FormatId::F2021);
        r.set("table3.granted.natural", Cell::Int(2));
        assert!(fill(&mut r));
        assert!(!fill(&mut r));
        assert_eq!(r.get("table3.total.total"), Some(&Cell::Int(2)));
    }
}
