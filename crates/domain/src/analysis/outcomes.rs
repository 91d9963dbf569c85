//! The outcome groups of table 三 (三、本年度办理结果) a report's stacked bar shows: the format's
//! readings name their rows, the format's labels name them.

use super::cells::resolve;
use super::dictionary::Cells;
use super::evaluate::effective;
use crate::format::{FormatDef, Readings, Rows};
use crate::model::{Cell, Report};

/// The readings of each outcome group, in the order table 三 prints them.
const GROUPS: [fn(&Readings) -> Rows; 6] = [
    |r| r.outcomes.granted,
    |r| r.outcomes.partial,
    |r| r.outcomes.withheld,
    |r| r.outcomes.unavailable,
    |r| r.outcomes.not_processed,
    |r| r.outcomes.other_processing,
];

/// The short name of each outcome group as the format prints it: the group heading of a
/// row under one ("（三）不予公开"), else the row's label up to its note ("（二）部分公开").
pub fn outcome_labels(f: &'static FormatDef) -> Vec<String> {
    let Some((_, t)) = f.table("table3") else {
        return Vec::new();
    };
    let rows = t.blocks.first().map_or(&[][..], |b| b.rows);
    GROUPS
        .iter()
        .map(|g| {
            let prefix = g(f.readings).first().copied().unwrap_or_default();
            let row = rows.iter().find(|r| crate::format::row_in(r.key, prefix));
            match row {
                Some(r) => match t.shown_groups(r).last() {
                    Some(g) => g.to_string(),
                    None => {
                        // The label's own note in parentheses comes after its ordinal's.
                        let end = r
                            .label
                            .char_indices()
                            .filter(|(_, c)| *c == '（')
                            .nth(1)
                            .map_or(r.label.len(), |(k, _)| k);
                        r.label[..end].to_string()
                    }
                },
                None => String::new(),
            }
        })
        .collect()
}

/// The count of each outcome group of a report (blank as 0), in [`outcome_labels`] order.
pub fn outcome_counts(r: &Report) -> Vec<f64> {
    let f = r.def();
    let cells = effective(r);
    GROUPS
        .iter()
        .map(|g| {
            resolve(f, &Cells::Applications(*g))
                .unwrap_or_default()
                .iter()
                .filter_map(|&id| cells.get(id).and_then(Cell::int))
                .map(|v| v as f64)
                .sum()
        })
        .collect()
}
