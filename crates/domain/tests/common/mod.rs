//! Helpers shared by the rule and export tests: reports to start from, findings by code, the
//! official labels a table shows, and a CSV reader.
#![allow(dead_code)]

pub mod process;

use report_domain::format::{format, CellKind, FormatId, TableDef};
use report_domain::{validate, Cell, Decimal, Diagnostic, Report};

/// A report of a format with every cell 0 (the fee "0"): every arithmetic rule holds.
pub fn zeros(id: FormatId) -> Report {
    let mut r = Report::new(id);
    r.meta.year = Some(if id == FormatId::F2021 { 2021 } else { 2020 });
    let f = format(id);
    for (i, info) in f.index().cells.iter().enumerate() {
        r.cells[i] = match info.kind {
            CellKind::Amount => Cell::Amount(Decimal::parse("0").unwrap()),
            _ => Cell::Int(0),
        };
    }
    r
}

/// Sets integer cells by address; panics on a wrong address so a typo fails the test.
pub fn set(r: &mut Report, cells: &[(&str, i64)]) {
    for (a, v) in cells {
        assert!(r.set(a, Cell::Int(*v)), "no cell {a}");
    }
}

/// Blanks cells by address.
pub fn blank(r: &mut Report, cells: &[&str]) {
    for a in cells {
        assert!(r.set(a, Cell::Blank), "no cell {a}");
    }
}

/// The findings of one rule.
pub fn findings(r: &Report, previous: Option<&Report>, code: &str) -> Vec<Diagnostic> {
    validate(r, previous)
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}

/// Owned strings, for comparing `Diagnostic::cells`.
pub fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The seed fixture: a complete 2021 report.
pub fn seed() -> Report {
    Report::from_json_str(report_domain::sample::SAMPLE_JSON).expect("seed fixture reads")
}

/// The Pingtan fixture: a real published 2021 report.
pub fn pingtan() -> Report {
    Report::from_json_str(include_str!("../fixtures/pingtan-2021.json")).expect("Pingtan reads")
}

/// Every official label a table shows (row labels with their groups, column labels with theirs,
/// captions, label headers, corner and column super-heading), block by block; repeats kept.
pub fn table_labels(t: &TableDef) -> Vec<&'static str> {
    t.blocks
        .iter()
        .flat_map(|b| {
            b.rows
                .iter()
                .flat_map(|r| {
                    r.groups
                        .iter()
                        .copied()
                        .chain([r.label])
                        .chain(r.super_group)
                })
                .chain(
                    b.columns
                        .iter()
                        .flat_map(|c| [c.label].into_iter().chain(c.group)),
                )
                .chain(b.caption)
                .chain(b.label_header)
                .chain(t.corner)
                .chain(t.column_super)
        })
        .collect()
}

/// The lines of a CSV file as fields: an RFC 4180 reader (quoted fields may hold commas,
/// quotes and line breaks) that insists on CRLF line ends, as the exports write them.
pub fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF line end"),
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(field.is_empty() && row.is_empty(), "last line without CRLF");
    rows
}
