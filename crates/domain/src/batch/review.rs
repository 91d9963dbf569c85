//! Checking a collection of reports: each against every rule, and against last year's report of
//! the same agency when the collection holds it, so the cross-year rules (上年结转 against last
//! year's 结转下年度, 现行有效 against last year's, text copied from last year) run too.

use std::collections::BTreeMap;

use super::whose::whose;
use crate::diagnostics::Diagnostic;
use crate::model::Report;
use crate::rules::validate;

/// For each report, the position of last year's report of the same agency among `reports` (the
/// first one), if any. Agencies compare without surrounding whitespace; a report with no agency
/// or no year has none.
pub fn previous_years(reports: &[&Report]) -> Vec<Option<usize>> {
    let keys: Vec<Option<(&str, i32)>> = reports.iter().map(|r| whose(r)).collect();
    // Each key's first position, looked up once per report: thousands of reports pair in
    // n log n, not n².
    let mut first: BTreeMap<(&str, i32), usize> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            first.entry(*k).or_insert(i);
        }
    }
    keys.iter()
        .map(|k| {
            let (agency, year) = (*k)?;
            first.get(&(agency, year.checked_sub(1)?)).copied()
        })
        .collect()
}

/// The findings of each report, with last year's report where [`previous_years`] finds it;
/// returned with that position.
pub fn check_all(reports: &[&Report]) -> Vec<(Option<usize>, Vec<Diagnostic>)> {
    previous_years(reports)
        .into_iter()
        .zip(reports)
        .map(|(p, r)| (p, validate(r, p.map(|i| reports[i]))))
        .collect()
}
