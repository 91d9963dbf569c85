//! The value of one table cell.

use super::decimal::Decimal;
use crate::format::CellKind;

/// Why a value does not fit its cell ([`Cell::misfit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misfit {
    /// A negative value where the kind of cell takes none.
    Negative(CellKind),
    /// A decimal in a count cell.
    NotWhole,
}

impl Misfit {
    /// What is wrong, in Chinese.
    pub fn message(self) -> &'static str {
        match self {
            Misfit::Negative(CellKind::Amount) => "金额不能为负数",
            Misfit::Negative(_) => "件数不能为负数",
            Misfit::NotWhole => "件数应为整数，不能有小数",
        }
    }
}

/// A table cell. Blank is not zero: the official format wants 0 written as 0.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Cell {
    /// Nothing entered (or "/", "—" in an imported report).
    #[default]
    Blank,
    /// An integer count.
    Int(i64),
    /// An exact decimal amount (fees, procurement sums).
    Amount(Decimal),
}

impl Cell {
    /// The integer value, if the cell holds one.
    pub fn int(&self) -> Option<i64> {
        match self {
            Cell::Int(v) => Some(*v),
            _ => None,
        }
    }

    /// Whether nothing is entered.
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Blank)
    }

    /// Why the value does not fit a cell of `kind`, if it does not: counts are whole numbers,
    /// and nothing is below zero where the kind takes no negative value. The one statement of
    /// it: the cell input and T2-1 ask here.
    pub fn misfit(&self, kind: CellKind) -> Option<Misfit> {
        match (kind, self) {
            (CellKind::Count | CellKind::SignedCount, Cell::Amount(_)) => Some(Misfit::NotWhole),
            _ if self.negative_in(kind) => Some(Misfit::Negative(kind)),
            _ => None,
        }
    }

    /// Whether the value is below zero where a cell of `kind` takes no negative value (which
    /// the sum of reports refuses to add): only a signed count's whole number may be.
    pub fn negative_in(&self, kind: CellKind) -> bool {
        match self {
            Cell::Blank => false,
            Cell::Int(v) => *v < 0 && !kind.may_be_negative(),
            Cell::Amount(d) => d.is_negative(),
        }
    }

    /// The value as the form and the printout show it ("" for blank).
    pub fn display(&self) -> String {
        match self {
            Cell::Blank => String::new(),
            Cell::Int(v) => v.to_string(),
            Cell::Amount(d) => d.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_fits_each_kind_of_cell() {
        let amount = |s: &str| Cell::Amount(Decimal::parse(s).expect("a decimal"));
        let (count, signed, money) = (CellKind::Count, CellKind::SignedCount, CellKind::Amount);
        for kind in [count, signed, money] {
            assert_eq!(Cell::Blank.misfit(kind), None);
            assert_eq!(Cell::Int(0).misfit(kind), None);
            assert_eq!(Cell::Int(7).misfit(kind), None);
        }
        assert_eq!(Cell::Int(-1).misfit(count), Some(Misfit::Negative(count)));
        assert_eq!(Cell::Int(-1).misfit(signed), None);
        assert_eq!(Cell::Int(-1).misfit(money), Some(Misfit::Negative(money)));
        assert_eq!(amount("1.5").misfit(count), Some(Misfit::NotWhole));
        assert_eq!(amount("-1.5").misfit(signed), Some(Misfit::NotWhole));
        assert_eq!(amount("-0.5").misfit(money), Some(Misfit::Negative(money)));
        assert_eq!(amount("-0").misfit(money), None);
        assert_eq!(amount("0.35").misfit(money), None);
        assert_eq!(Misfit::Negative(count).message(), "件数不能为负数");
        assert_eq!(Misfit::Negative(money).message(), "金额不能为负数");
        assert_eq!(Misfit::NotWhole.message(), "件数应为整数，不能有小数");
        // A negative decimal is out of place in every cell, a signed count's too: the sum
        // refuses it.
        assert!(amount("-1.5").negative_in(count));
        assert!(amount("-1.5").negative_in(signed));
        assert!(!Cell::Int(-3).negative_in(signed));
    }
}
