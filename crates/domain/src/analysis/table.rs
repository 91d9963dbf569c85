//! The indicator table: a line per report (its file, agency and year, then each indicator),
//! as the screen, the CSV and the 对标分析报告 show it.

use super::benchmark::Benchmark;
use super::dictionary::{Indicator, INDICATORS};
use crate::batch::whose::{lead, LEAD_COLUMNS};
use crate::export::rows_csv;
use crate::model::Report;

/// The heading of an indicator's column: "办结率（%）".
pub fn column_heading(i: &Indicator) -> String {
    format!("{}（{}）", i.name, i.unit)
}

/// The table's header line.
pub fn table_head() -> Vec<String> {
    LEAD_COLUMNS
        .iter()
        .map(|s| s.to_string())
        .chain(INDICATORS.iter().map(column_heading))
        .collect()
}

/// The table's lines, one per report in list order.
pub fn table_rows(named: &[(&str, &Report)], b: &Benchmark) -> Vec<Vec<String>> {
    named
        .iter()
        .zip(&b.indicators)
        .map(|((file, r), values)| {
            let mut line: Vec<String> = lead(file, r).into();
            line.extend(INDICATORS.iter().zip(values).map(|(i, v)| v.display(i)));
            line
        })
        .collect()
}

/// The indicator table as CSV (UTF-8 with a byte-order mark, like every CSV of the app).
pub fn indicators_csv(named: &[(&str, &Report)], b: &Benchmark) -> String {
    let head = table_head();
    let rows = table_rows(named, b);
    rows_csv(std::iter::once(head.as_slice()).chain(rows.iter().map(Vec::as_slice)))
}

/// How the analysis names a report: its agency and year ("某县商务局（2023年度）"), or its
/// file when it names no agency.
pub fn report_name(file: &str, r: &Report) -> String {
    let agency = r.meta.agency.trim();
    let who = if agency.is_empty() { file } else { agency };
    match r.meta.year {
        Some(y) => format!("{who}（{y}年度）"),
        None => who.to_string(),
    }
}
