//! Reports that appear more than once in a collection: the same agency and year from two files
//! (its JSON and its published page, say) would be counted twice in the sum.

use std::collections::BTreeMap;

use super::whose::whose;
use crate::model::Report;

/// One agency's report of one year found in several files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    /// The agency, as its reports name it.
    pub agency: String,
    /// The report year.
    pub year: i32,
    /// The names of the files (or whatever the caller named the reports), in the given order.
    pub names: Vec<String>,
}

impl Repeat {
    /// The warning, in Chinese.
    pub fn message(&self) -> String {
        format!(
            "“{}”{}年度的报告出现 {} 次（{}），合计中被重复计算",
            self.agency,
            self.year,
            self.names.len(),
            self.names.join("、")
        )
    }
}

/// Every agency and year that more than one of `reports` is for, in order of first appearance.
/// Agencies compare without surrounding whitespace; a report with no agency or no year is never
/// a repeat (nothing says whose it is).
pub fn repeats<'a>(reports: impl IntoIterator<Item = (&'a str, &'a Report)>) -> Vec<Repeat> {
    let mut seen: Vec<Repeat> = Vec::new();
    // Each agency and year's place in `seen`, looked up once per report: thousands of reports
    // in n log n, not n².
    let mut at: BTreeMap<(&str, i32), usize> = BTreeMap::new();
    for (name, r) in reports {
        let Some((agency, year)) = whose(r) else {
            continue;
        };
        match at.get(&(agency, year)).and_then(|&i| seen.get_mut(i)) {
            Some(s) => s.names.push(name.to_string()),
            None => {
                at.insert((agency, year), seen.len());
                seen.push(Repeat {
                    agency: agency.to_string(),
                    year,
                    names: vec![name.to_string()],
                });
            }
        }
    }
    seen.retain(|s| s.names.len() > 1);
    seen
}

/// For each of `reports`, whether another of them is the same agency's report of the same year
/// (as [`repeats`] finds them).
pub fn repeated(reports: &[&Report]) -> Vec<bool> {
    let keys: Vec<Option<(&str, i32)>> = reports.iter().map(|r| whose(r)).collect();
    // How many reports each agency and year has, counted once: the list's standings are worked
    // out again whenever a file is added, and a pairwise search made that n² each time.
    let mut count: BTreeMap<(&str, i32), usize> = BTreeMap::new();
    for k in keys.iter().flatten() {
        *count.entry(*k).or_default() += 1;
    }
    keys.iter()
        .map(|k| k.is_some_and(|k| count.get(&k).is_some_and(|&n| n > 1)))
        .collect()
}
