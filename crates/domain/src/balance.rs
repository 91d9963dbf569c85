//! The printed 勾稽关系 of table 三 as numbers per column (一 + 二 against （七）总计 + 四), so
//! the form can show each column's balance while the user types. Rule T3-1 reports the same
//! identity as a diagnostic; this is its figures for display.

use crate::model::Report;

/// The rows on each side of the identity.
pub const LEFT_ROWS: [&str; 2] = ["new", "carry"];
/// The rows on the right-hand side: （七）总计 and 四、结转下年度继续办理.
pub const RIGHT_ROWS: [&str; 2] = ["total", "forward"];

/// One column's balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnBalance {
    /// The column key, e.g. "natural".
    pub column: &'static str,
    /// 一 + 二 (blank counts as 0); `None` when both are blank.
    pub left: Option<i64>,
    /// （七）总计 + 四 (blank counts as 0); `None` when both are blank.
    pub right: Option<i64>,
}

impl ColumnBalance {
    /// Whether the column satisfies the identity (a column with nothing entered does).
    pub fn holds(&self) -> bool {
        self.left.unwrap_or(0) == self.right.unwrap_or(0)
    }

    /// Whether nothing is entered in the four cells.
    pub fn is_empty(&self) -> bool {
        self.left.is_none() && self.right.is_none()
    }
}

fn side(report: &Report, rows: [&str; 2], column: &str) -> Option<i64> {
    let vals: Vec<Option<i64>> = rows
        .iter()
        .map(|r| {
            report
                .get(&format!("table3.{r}.{column}"))
                .and_then(|c| c.int())
        })
        .collect();
    if vals.iter().all(Option::is_none) {
        None
    } else {
        Some(
            vals.iter()
                .map(|v| v.unwrap_or(0))
                .fold(0, i64::saturating_add),
        )
    }
}

/// The balance of every table-三 column, in the format's column order.
pub fn table3_balance(report: &Report) -> Vec<ColumnBalance> {
    let Some((_, t)) = report.def().table("table3") else {
        return Vec::new();
    };
    let Some(block) = t.blocks.first() else {
        return Vec::new();
    };
    block
        .columns
        .iter()
        .map(|c| ColumnBalance {
            column: c.key,
            left: side(report, LEFT_ROWS, c.key),
            right: side(report, RIGHT_ROWS, c.key),
        })
        .collect()
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
