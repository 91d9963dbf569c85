//! Reports that appear more than once in a collection: the same agency and year from two files
//! (its JSON and its published page, say) would be counted twice in the sum.

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
    for (name, r) in reports {
        let Some((agency, year)) = whose(r) else {
            continue;
        };
        match seen
            .iter_mut()
            .find(|s| s.agency == agency && s.year == year)
        {
            Some(s) => s.names.push(name.to_string()),
            None => seen.push(Repeat {
                agency: agency.to_string(),
                year,
                names: vec![name.to_string()],
            }),
        }
    }
    seen.retain(|s| s.names.len() > 1);
    seen
}

/// For each of `reports`, whether another of them is the same agency's report of the same year
/// (as [`repeats`] finds them).
pub fn repeated(reports: &[&Report]) -> Vec<bool> {
    let keys: Vec<Option<(&str, i32)>> = reports.iter().map(|r| whose(r)).collect();
    keys.iter()
        .enumerate()
        .map(|(i, k)| k.is_some() && keys.iter().enumerate().any(|(j, o)| j != i && o == k))
        .collect()
}
