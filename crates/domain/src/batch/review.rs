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
    let ids: Vec<usize> = (0..reports.len()).collect();
    check_changed(reports, &ids, &[])
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect()
}

/// [`check_all`] for a list checked before, checking again only the reports whose check would
/// differ: a list that grows one file at a time is then checked in n steps, not n².
///
/// `ids` names each report stably (positions move when a file is removed). `known[i]` is
/// `Some(against)` when report `i` was last checked against the report named `against` (`None`:
/// against no last year's report), `None` (or missing) when it was never checked. A report is
/// checked again when the report [`previous_years`] pairs it with now is another one. Answers
/// `None` for a report whose findings stand, else its pairing's position and its findings.
pub fn check_changed(
    reports: &[&Report],
    ids: &[usize],
    known: &[Option<Option<usize>>],
) -> Vec<Option<(Option<usize>, Vec<Diagnostic>)>> {
    previous_years(reports)
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let against = p.and_then(|j| ids.get(j).copied());
            let stands = known.get(i).copied().flatten() == Some(against);
            (!stands).then(|| (p, validate(reports[i], p.map(|j| reports[j]))))
        })
        .collect()
}
