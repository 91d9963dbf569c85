//! One report's indicators: each formula of the dictionary applied to the report's cells.

use serde::Serialize;

use super::cells::resolved;
use super::dictionary::{Indicator, Measure, INDICATORS};
use crate::format::CellId;
use crate::model::{Cell, Report};
use crate::totals::computed_totals;

/// Why an indicator has no value for a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It has a value.
    Ok,
    /// The denominator is 0: a share of nothing is 不适用, never 0 % or 100 %.
    ZeroDenominator,
    /// Every cell of a quantity is blank: nothing to compute from.
    Blank,
    /// The report's format has no such cells (the 2019 table 二 has no 现行有效件数).
    Absent,
}

impl Status {
    /// What a table shows in place of the value, in Chinese ("" when there is one).
    pub fn label(self) -> &'static str {
        match self {
            Status::Ok => "",
            Status::ZeroDenominator => "不适用（分母为0）",
            Status::Blank => "不适用（未填写）",
            Status::Absent => "不适用（本格式无此栏目）",
        }
    }
}

/// One indicator of one report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Value {
    /// The indicator's key.
    pub key: &'static str,
    /// The value, when [`Status::Ok`].
    pub value: Option<f64>,
    /// Whether it has one, or why not.
    pub status: Status,
    /// The cells read that are blank, by official label: they stay out of the sum.
    pub blank: Vec<String>,
}

impl Value {
    /// The value as tables show it: a rate with one decimal, a count whole, an amount as
    /// entered (up to four decimals); the reason for none otherwise.
    pub fn display(&self, i: &Indicator) -> String {
        match self.value {
            None => self.status.label().to_string(),
            Some(v) => number(v, i),
        }
    }
}

/// A number of an indicator as shown (without its unit).
pub fn number(v: f64, i: &Indicator) -> String {
    match i.measure {
        Measure::Rate => format!("{v:.1}"),
        Measure::Count => {
            let s = format!("{v:.4}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
}

/// The report's cells with every blank total filled in from its entries (an imported report
/// may carry totals only, or entries only; either way each total stands).
pub(crate) fn effective(report: &Report) -> Vec<Cell> {
    let mut cells = report.cells.clone();
    for (id, v) in computed_totals(report) {
        if let (Some(c @ Cell::Blank), Some(v)) = (cells.get_mut(id), v) {
            *c = Cell::Int(v);
        }
    }
    cells
}

/// The sum of the filled cells (`None` when all are blank), naming the blank ones.
fn sum(report: &Report, cells: &[Cell], ids: &[CellId], blank: &mut Vec<String>) -> Option<f64> {
    let mut total: Option<f64> = None;
    for &id in ids {
        let v = match cells.get(id) {
            Some(Cell::Int(v)) => Some(*v as f64),
            Some(Cell::Amount(d)) => d.as_str().parse::<f64>().ok(),
            _ => None,
        };
        match v {
            Some(v) => total = Some(total.unwrap_or(0.0) + v),
            None => {
                let label = report.def().cell_label(id);
                if !blank.contains(&label) {
                    blank.push(label);
                }
            }
        }
    }
    total
}

/// Every indicator of a report, in [`INDICATORS`] order.
pub fn indicators(report: &Report) -> Vec<Value> {
    let cells = effective(report);
    let f = report.def();
    INDICATORS
        .iter()
        .zip(resolved(f))
        .map(|(i, r)| {
            let mut blank = Vec::new();
            let (value, status) = match (&r.numerator, &r.denominator) {
                (None, _) | (_, Some(None)) => (None, Status::Absent),
                (Some(num), None) => match sum(report, &cells, num, &mut blank) {
                    Some(v) => (Some(v), Status::Ok),
                    None => (None, Status::Blank),
                },
                (Some(num), Some(Some(den))) => {
                    let n = sum(report, &cells, num, &mut blank);
                    let d = sum(report, &cells, den, &mut blank);
                    let scale = match i.formula {
                        super::Formula::Ratio { scale, .. } => scale,
                        super::Formula::Sum(_) => 1.0,
                    };
                    match (n, d) {
                        (_, Some(0.0)) => (None, Status::ZeroDenominator),
                        (Some(n), Some(d)) => (Some(n / d * scale), Status::Ok),
                        _ => (None, Status::Blank),
                    }
                }
            };
            Value {
                key: i.key,
                value,
                status,
                blank,
            }
        })
        .collect()
}
