//! The gathered real reports that are not PDFs (tests/corpus/files/manifest.json: Markdown from
//! a PDF converter, text from pdftotext, copied pages), each imported from its file's bytes as
//! the app reads a file (`import_bytes`, kind from the content) and compared with the report's
//! hand-made key, cell by cell ("?" cells, which the document does not state legibly, are not
//! compared). Prints the cells exact per report and the share of cell-exact reports by kind;
//! asserts the manifest's counts, so a regression fails. The PDFs go through pdf.js in
//! tests/node/corpus.test.mjs, which checks the same manifest.
//!
//!   cargo test -p report-domain --test corpus_files -- --nocapture

use std::collections::BTreeMap;
use std::path::Path;

use report_domain::import::import_bytes;
use report_domain::input::parse_cell;
use report_domain::{InputKind, Report};
use serde_json::Value;

/// The repository root.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// What a user would import: a fixture's `source:`… description lines are not the report.
fn body(bytes: &[u8]) -> &[u8] {
    if !bytes.starts_with(b"source:") {
        return bytes;
    }
    bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .map_or(bytes, |i| &bytes[i + 2..])
}

/// (cells exact, cells compared, differences) of `r` against `key`.
fn compare(r: &Report, key: &Value) -> (usize, usize, Vec<String>) {
    let (mut exact, mut compared, mut wrong) = (0, 0, Vec::new());
    for t in r.def().tables {
        for b in t.blocks {
            for row in b.rows {
                let values = key[t.key][row.key]
                    .as_array()
                    .unwrap_or_else(|| panic!("the key lacks {}.{}", t.key, row.key));
                assert_eq!(values.len(), b.columns.len(), "{}.{}", t.key, row.key);
                for (c, v) in b.columns.iter().zip(values) {
                    let address = format!("{}.{}.{}", t.key, row.key, c.key);
                    let want = match v {
                        Value::String(s) if s == "?" => continue,
                        Value::Null => Default::default(),
                        Value::Number(n) => parse_cell(c.kind, &n.to_string()).unwrap().cell,
                        Value::String(s) => parse_cell(c.kind, s).unwrap().cell,
                        other => panic!("bad key value {other} at {address}"),
                    };
                    compared += 1;
                    let got = r.get(&address).cloned().unwrap_or_default();
                    if got == want {
                        exact += 1;
                    } else {
                        wrong.push(format!("{address}: got {got:?}, want {want:?}"));
                    }
                }
            }
        }
    }
    (exact, compared, wrong)
}

#[test]
fn the_gathered_reports_import_from_their_files_as_their_keys_say() {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/corpus/files/manifest.json")).unwrap(),
    )
    .unwrap();
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut regressions = Vec::new();
    for entry in manifest["reports"].as_array().unwrap() {
        let (file, kind) = (
            entry["file"].as_str().unwrap(),
            entry["kind"].as_str().unwrap(),
        );
        if kind == "pdf" {
            continue;
        }
        let bytes = std::fs::read(root().join(file)).unwrap();
        let key: Value = serde_json::from_str(
            &std::fs::read_to_string(root().join(entry["key"].as_str().unwrap())).unwrap(),
        )
        .unwrap();
        let (exact, compared, wrong) = match import_bytes(body(&bytes), InputKind::Auto) {
            Ok(imported) => {
                assert_eq!(
                    imported.report.format.key(),
                    key["format"].as_str().unwrap()
                );
                compare(&imported.report, &key)
            }
            Err(e) => (0, 0, vec![e.message()]),
        };
        let k = by_kind.entry(kind.to_string()).or_default();
        k.0 += 1;
        k.1 += usize::from(wrong.is_empty());
        println!(
            "{} {kind} {file}: {exact}/{compared} cells",
            if wrong.is_empty() { "✓" } else { "✗" }
        );
        for w in &wrong {
            println!("      {w}");
        }
        let expect = &entry["expect"];
        if expect["exact"].as_u64() != Some(exact as u64)
            || expect["compared"].as_u64() != Some(compared as u64)
        {
            regressions.push(format!(
                "{file}: {exact}/{compared}, the manifest says {}/{}",
                expect["exact"], expect["compared"]
            ));
        }
    }
    for (kind, (reports, exact)) in &by_kind {
        println!(
            "{kind}: {exact} of {reports} reports cell-exact ({} %)",
            100 * exact / reports
        );
    }
    assert!(regressions.is_empty(), "{}", regressions.join("\n"));
}
