//! The list of rules, found by code.

use super::context::{Context, Stage};
use super::{
    blanks, copy, cross_year, labels, publication, punctuation, sections, structure, table3_arith,
    table4_arith, text_table2, text_table3, text_table4, values,
};
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Report;

/// A rule: its code, severity, a short title, the help text, and the check.
pub struct RuleDef {
    /// Stable code, e.g. "T3-1".
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Short Chinese title.
    pub title: &'static str,
    /// What it means and how to fix it.
    pub help: &'static str,
    /// Appends findings for a report.
    pub check: fn(&Context, &RuleDef, &mut Vec<Diagnostic>),
}

impl RuleDef {
    /// A finding of this rule.
    pub fn diag(&self, cells: Vec<String>, message: String) -> Diagnostic {
        Diagnostic {
            code: self.code,
            severity: self.severity,
            cells,
            message,
            help: self.help,
            fixes: Default::default(),
        }
    }
}

/// Every rule, in the order of the spec's table.
pub static RULES: &[RuleDef] = &[
    table3_arith::T3_1,
    table3_arith::T3_2,
    table3_arith::T3_3,
    blanks::T3_4,
    cross_year::T3_5,
    text_table3::T3_6,
    table4_arith::T4_1,
    text_table4::T4_3,
    values::T2_1,
    cross_year::T2_2,
    text_table2::T2_3,
    structure::S_1,
    structure::S_2,
    sections::S_3,
    sections::S_4,
    sections::S_5,
    sections::S_6,
    copy::S_7,
    punctuation::S_8,
    labels::T3_7,
    publication::P_1,
];

/// The rule with a code.
pub fn rule(code: &str) -> Option<&'static RuleDef> {
    RULES.iter().find(|r| r.code == code)
}

/// Runs every rule on a report (with last year's, when known), as before publishing: every
/// check in full. Never panics.
pub fn validate(report: &Report, previous: Option<&Report>) -> Vec<Diagnostic> {
    validate_at(report, previous, Stage::Publication)
}

/// Runs every rule at a [`Stage`]: the form checks a report being filled in as
/// [`Stage::Draft`] (a table not started says nothing of its blanks) and in full at
/// 发布前检查. Never panics.
pub fn validate_at(report: &Report, previous: Option<&Report>, stage: Stage) -> Vec<Diagnostic> {
    let ctx = Context::new(report, previous).at(stage);
    let mut out = Vec::new();
    for r in RULES {
        (r.check)(&ctx, r, &mut out);
    }
    out
}
