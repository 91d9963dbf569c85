//! The value of one table cell.

use super::decimal::Decimal;

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

    /// The value as the form and the printout show it ("" for blank).
    pub fn display(&self) -> String {
        match self {
            Cell::Blank => String::new(),
            Cell::Int(v) => v.to_string(),
            Cell::Amount(d) => d.to_string(),
        }
    }
}
