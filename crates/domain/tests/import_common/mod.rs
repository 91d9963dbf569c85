//! Shared checks for the fixture import tests: every table cell against a hand-written answer
//! key (`fixtures/answers/*.json`).

#![allow(dead_code)]

use std::collections::BTreeMap;

use report_domain::input::parse_cell;
use report_domain::{import, Cell, Imported, InputKind, Report};
use serde_json::Value;

/// The report text of a fixture file: the `source:`/`year:`/`format:` lines and the blank line
/// after them describe the file and are not part of what a user would paste.
pub fn body(file: &str) -> &str {
    if file.starts_with("source:") {
        file.split_once("\n\n").map_or(file, |(_, b)| b)
    } else {
        file
    }
}

/// Imports a fixture file's report text.
pub fn import_fixture(file: &str) -> Imported {
    import(body(file), InputKind::Auto).expect("the fixture imports")
}

/// Asserts format, meta and every cell of every table against the answer key. Every row and
/// column of the format must be in the key (nothing is skipped by omission).
pub fn assert_matches_key(r: &Report, key_json: &str) {
    let key: Value = serde_json::from_str(key_json).expect("answer key is JSON");
    assert_eq!(r.format.key(), key["format"].as_str().unwrap(), "format");
    assert_eq!(
        r.meta.agency,
        key["meta"]["agency"].as_str().unwrap(),
        "agency"
    );
    assert_eq!(
        r.meta.year,
        key["meta"]["year"].as_i64().map(|y| y as i32),
        "year"
    );
    assert_eq!(
        r.meta.published,
        key["meta"]["published"].as_str().unwrap(),
        "published"
    );
    let f = r.def();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for t in f.tables {
        for b in t.blocks {
            for row in b.rows {
                let expected = key[t.key][row.key]
                    .as_array()
                    .unwrap_or_else(|| panic!("answer key lacks {}.{}", t.key, row.key));
                assert_eq!(
                    expected.len(),
                    b.columns.len(),
                    "{}.{} columns",
                    t.key,
                    row.key
                );
                for (c, e) in b.columns.iter().zip(expected) {
                    let address = format!("{}.{}.{}", t.key, row.key, c.key);
                    let got = r.get(&address).cloned().unwrap_or_default();
                    let want = match e {
                        Value::Null => Cell::Blank,
                        Value::Number(n) => Cell::Int(n.as_i64().unwrap()),
                        Value::String(s) => Cell::Amount(report_domain::Decimal::parse(s).unwrap()),
                        other => panic!("bad answer {other} at {address}"),
                    };
                    if got != want {
                        wrong.push(format!("{address}: got {got:?}, want {want:?}"));
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "cells differ from the answer key:\n{}",
        wrong.join("\n")
    );
    assert_eq!(checked, r.cells.len(), "every cell checked");
}

/// Every cell of `r` against the figures printed (`want`: address → figure as printed; a cell
/// not in `want` must be blank); the differences, listed.
pub fn cell_differences(r: &Report, want: &BTreeMap<String, String>) -> Vec<String> {
    let f = r.def();
    let mut wrong = Vec::new();
    for t in f.tables {
        for b in t.blocks {
            for row in b.rows {
                for c in b.columns {
                    let address = format!("{}.{}.{}", t.key, row.key, c.key);
                    let expected = want
                        .get(&address)
                        .map_or(Cell::Blank, |v| parse_cell(c.kind, v).unwrap().cell);
                    let got = r.get(&address).cloned().unwrap_or_default();
                    if got != expected {
                        wrong.push(format!("{address}: got {got:?}, want {expected:?}"));
                    }
                }
            }
        }
    }
    wrong
}
