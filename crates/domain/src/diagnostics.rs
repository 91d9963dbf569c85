//! Diagnostics are data: the UI, the JSON export and the JS API all render the same value.

use serde::Serialize;

use crate::fix::{Fix, Fixes};

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
    pub fixes: Fixes,
}

impl Diagnostic {
    /// This finding with the fixes that are offered (`None`s dropped).
    pub fn with_fixes(mut self, fixes: impl IntoIterator<Item = Option<Fix>>) -> Diagnostic {
        let mut all = self.fixes.to_vec();
        all.extend(fixes.into_iter().flatten());
        self.fixes = all.into();
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

/// Makes each finding of `now` whose fixes equal those of the same finding in `before` (same
/// code and first place) share `before`'s list ([`Fixes::share_if_equal`]). Run on each new
/// result of the checks against the previous one, it keeps a finding's fixes the same list
/// while they do not change, so whoever shows them tells "unchanged" by identity
/// ([`Fixes::same`]) instead of comparing or hashing every edit at every place.
pub fn share_fixes(now: &mut [Diagnostic], before: &[Diagnostic]) {
    let same_finding =
        |a: &Diagnostic, b: &Diagnostic| a.code == b.code && a.cells.first() == b.cells.first();
    for (i, d) in now.iter_mut().enumerate() {
        if d.fixes.is_empty() {
            continue;
        }
        // The findings keep their order between two checks unless one appears or goes.
        let earlier = before
            .get(i)
            .filter(|b| same_finding(d, b))
            .or_else(|| before.iter().find(|b| same_finding(d, b)));
        if let Some(b) = earlier {
            d.fixes.share_if_equal(&b.fixes);
        }
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
