//! Diagnostics are data: the UI, the JSON export and the JS API all render the same value.

use serde::Serialize;

use crate::fix::Fix;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// An identity of the official format that must hold.
    Error,
    /// Suspicious; the user may keep it (and acknowledge it with a justification).
    Warning,
}

impl Severity {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "提醒",
        }
    }
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable rule code, e.g. "T3-1".
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// The places concerned: cell addresses ("table3.new.natural"), row addresses of an import
    /// record ("table3.withheld_2"), narrative parts ("narrative.overview_on_request"), whole
    /// sections ("section.requests") or metadata fields ("meta.year").
    pub cells: Vec<String>,
    /// What is wrong, in Chinese, with the actual numbers.
    pub message: String,
    /// What the rule means and how to fix it, in Chinese.
    pub help: &'static str,
    /// What the user may do to put it right, each applied as one step (may be empty).
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    /// This finding with the fixes that are offered (`None`s dropped).
    pub fn with_fixes(mut self, fixes: impl IntoIterator<Item = Option<Fix>>) -> Diagnostic {
        self.fixes.extend(fixes.into_iter().flatten());
        self
    }

    /// A stable key for acknowledging this finding: the code and its first place.
    pub fn key(&self) -> String {
        format!(
            "{}@{}",
            self.code,
            self.cells.first().map(String::as_str).unwrap_or("")
        )
    }
}

/// Counts of errors and warnings.
pub fn counts(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diags.len() - errors)
}
