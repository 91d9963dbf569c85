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

/// Writes every computed total into the report; returns whether any total changed.
pub fn fill(report: &mut Report) -> bool {
    let mut changed = false;
    for (id, v) in computed_totals(report) {
        let new = v.map_or(Cell::Blank, Cell::Int);
        if let Some(c) = report.cells.get_mut(id) {
            if *c != new {
                *c = new;
                changed = true;
            }
        }
    }
    changed
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
    fn fill_says_whether_a_total_changed() {
        let mut r = Report::new(FormatId::F2021);
        r.set("table3.granted.natural", Cell::Int(2));
        assert!(fill(&mut r));
        assert!(!fill(&mut r));
        assert_eq!(r.get("table3.total.total"), Some(&Cell::Int(2)));
    }
}
