//! The risk list: the reports that most need a look, ranked by their open errors, then open
//! warnings, then outliers, then jumps, each item pointing to the finding it comes from.

use serde::Serialize;

use super::dictionary::indicator;
use super::distribution::{Distribution, Side};
use super::evaluate::number;
use super::jumps::Jump;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Report;

/// What a risk item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    /// An error of the checks.
    Error,
    /// A warning of the checks not acknowledged.
    Warning,
    /// An indicator beyond 1.5 IQR of the year's reports.
    Outlier,
    /// An indicator that jumps from last year.
    Jump,
}

/// One item of a report's risks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskItem {
    /// What it comes from.
    pub kind: RiskKind,
    /// The rule code ("T3-1") or the indicator key: where the finding is.
    pub code: String,
    /// The places of a finding (cell addresses, as the checks name them).
    pub cells: Vec<String>,
    /// What it says, in Chinese.
    pub message: String,
}

/// One report on the risk list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// The report (position in the list).
    pub report: usize,
    /// Open errors.
    pub errors: usize,
    /// Open warnings (not acknowledged).
    pub warnings: usize,
    /// Outliers.
    pub outliers: usize,
    /// Jumps from last year.
    pub jumps: usize,
    /// Every item, errors first.
    pub items: Vec<RiskItem>,
}

impl Risk {
    /// The ranking key: more errors first, then warnings, outliers, jumps.
    fn rank(&self) -> (usize, usize, usize, usize) {
        (self.errors, self.warnings, self.outliers, self.jumps)
    }
}

/// The risk list of `reports` with their findings, distributions and jumps: every report with
/// something open, most at risk first (ties keep the list's order).
pub fn risks(
    reports: &[&Report],
    findings: &[Vec<Diagnostic>],
    distributions: &[Distribution],
    jumps: &[Jump],
) -> Vec<Risk> {
    // Each report's outliers and jumps, gathered in one pass over each list: looking them up per
    // report would take reports × outliers steps, which for thousands of reports is seconds.
    let mut outliers_of: Vec<Vec<(&Distribution, f64, Side)>> = vec![Vec::new(); reports.len()];
    for d in distributions {
        for &(at, v, side) in &d.outliers {
            if let Some(list) = outliers_of.get_mut(at) {
                list.push((d, v, side));
            }
        }
    }
    let mut jumps_of: Vec<Vec<&Jump>> = vec![Vec::new(); reports.len()];
    for j in jumps {
        if let Some(list) = jumps_of.get_mut(j.report) {
            list.push(j);
        }
    }
    let mut out: Vec<Risk> = Vec::new();
    for (ri, r) in reports.iter().enumerate() {
        let mut items = Vec::new();
        let open = findings.get(ri).into_iter().flatten().filter(|d| {
            d.severity == Severity::Error || !r.acknowledgements.contains_key(&d.key())
        });
        let mut sorted: Vec<&Diagnostic> = open.collect();
        sorted.sort_by_key(|d| d.severity);
        for d in sorted {
            items.push(RiskItem {
                kind: match d.severity {
                    Severity::Error => RiskKind::Error,
                    Severity::Warning => RiskKind::Warning,
                },
                code: d.code.to_string(),
                cells: d.cells.clone(),
                message: d.message.clone(),
            });
        }
        for &(d, v, side) in &outliers_of[ri] {
            let Some(i) = indicator(d.key) else { continue };
            items.push(RiskItem {
                kind: RiskKind::Outlier,
                code: d.key.to_string(),
                cells: Vec::new(),
                message: format!(
                    "{}为 {}{}，{}（同年度中位数 {}{}）",
                    i.name,
                    number(v, i),
                    i.unit,
                    side.label(),
                    d.median.map(|m| number(m, i)).unwrap_or_default(),
                    i.unit
                ),
            });
        }
        for j in &jumps_of[ri] {
            let Some(i) = indicator(j.key) else { continue };
            items.push(RiskItem {
                kind: RiskKind::Jump,
                code: j.key.to_string(),
                cells: Vec::new(),
                message: format!(
                    "{}由上年 {}{} 变为 {}{}，变化超过阈值",
                    i.name,
                    number(j.from, i),
                    i.unit,
                    number(j.to, i),
                    i.unit
                ),
            });
        }
        let count = |k| items.iter().filter(|i: &&RiskItem| i.kind == k).count();
        let risk = Risk {
            report: ri,
            errors: count(RiskKind::Error),
            warnings: count(RiskKind::Warning),
            outliers: count(RiskKind::Outlier),
            jumps: count(RiskKind::Jump),
            items,
        };
        if !risk.items.is_empty() {
            out.push(risk);
        }
    }
    // A stable sort: equal ranks keep the list's order.
    out.sort_by_key(|r| std::cmp::Reverse(r.rank()));
    out
}
