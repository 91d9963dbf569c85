//! The table's declared balance (table 三's printed 勾稽关系, 一 + 二 against （七）总计 + 四) as
//! numbers per column, so the form can show each column's balance while the user types. Rule
//! T3-1 reports the same identity as a diagnostic; this is its figures for display. The rows
//! come from the format ([`crate::format::Balance`]).

use crate::format::Balance;
use crate::model::Report;
use crate::totals::Sum;

/// One column's balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnBalance {
    /// The column key, e.g. "natural".
    pub column: &'static str,
    /// The left side (一 + 二; blank counts as 0); `None` when all its cells are blank.
    pub left: Option<i64>,
    /// The right side (（七）总计 + 四; blank counts as 0); `None` when all its cells are blank.
    pub right: Option<i64>,
}

impl ColumnBalance {
    /// Whether the column satisfies the identity (a column with nothing entered does).
    pub fn holds(&self) -> bool {
        self.left.unwrap_or(0) == self.right.unwrap_or(0)
    }

    /// Whether nothing is entered in the cells of either side.
    pub fn is_empty(&self) -> bool {
        self.left.is_none() && self.right.is_none()
    }
}

/// The balance a table declares, with the balance of each of its columns in the format's column
/// order; `None` when the table declares none (or the format has no such table).
pub fn balance_of(report: &Report, table: &str) -> Option<(&'static Balance, Vec<ColumnBalance>)> {
    let f = report.def();
    let (ti, t) = f.table(table)?;
    let declared = t.balance.as_ref()?;
    let b = f.index().block(ti, 0)?;
    let (left, right) = b.balance.as_ref()?;
    let block = t.blocks.first()?;
    let side = |rows: &[usize], c: usize| {
        Sum::of(rows.iter().map(|&r| {
            report
                .cells
                .get(b.start + r * block.columns.len() + c)
                .and_then(|x| x.int())
        }))
        .cell_value()
    };
    let columns = block
        .columns
        .iter()
        .enumerate()
        .map(|(c, col)| ColumnBalance {
            column: col.key,
            left: side(left, c),
            right: side(right, c),
        })
        .collect();
    Some((declared, columns))
}

/// The balance of every table-三 column, in the format's column order.
pub fn table3_balance(report: &Report) -> Vec<ColumnBalance> {
    balance_of(report, "table3").map_or_else(Vec::new, |(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::FormatId;
    use crate::model::Cell;

    #[test]
    fn balances_per_column() {
        let mut r = Report::new(FormatId::F2021);
        let b = table3_balance(&r);
        assert_eq!(b.len(), 7);
        assert!(b.iter().all(|c| c.is_empty() && c.holds()));
        r.set("table3.new.natural", Cell::Int(3));
        r.set("table3.carry.natural", Cell::Int(1));
        r.set("table3.total.natural", Cell::Int(2));
        let b = table3_balance(&r);
        assert_eq!(b[0].column, "natural");
        assert_eq!((b[0].left, b[0].right), (Some(4), Some(2)));
        assert!(!b[0].holds());
        r.set("table3.forward.natural", Cell::Int(2));
        assert!(table3_balance(&r)[0].holds());
    }
}
