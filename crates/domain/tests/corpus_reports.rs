//! The text checks over every whole report: the four fixtures (tests/fixtures/), the real
//! published reports of tests/corpus/reports/ and tests/corpus/files/ (the Markdown ones; the
//! PDFs' text is in reports/), and the page excerpts of tests/corpus/excerpts/
//! (figure checks only). Every finding the text rules raise must be
//! listed, reviewed, in tests/corpus/findings.md (a line "- `report` `CODE` message — verdict"),
//! and every listed one must still be raised: a new finding (or one gone) fails until reviewed.

use std::collections::BTreeSet;
use std::path::Path;

use report_domain::{import, validate, InputKind};

/// The rules that read the narrative.
const TEXT_RULES: &[&str] = &["T3-6", "T4-3", "T2-3", "S-3", "S-4", "S-5", "S-6", "S-8"];

/// (report file stem, code, message) of every text finding on every whole report.
fn raised() -> BTreeSet<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let mut out = BTreeSet::new();
    // The excerpts are first pages only (a paragraph and table 三's first rows): the section
    // rules would only see what the excerpt cut off, so only the figure checks run on them.
    for (dir, rules) in [
        ("fixtures", TEXT_RULES),
        ("corpus/reports", TEXT_RULES),
        ("corpus/files", TEXT_RULES),
        ("corpus/excerpts", &TEXT_RULES[..3]),
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).expect("a UTF-8 report");
            let Ok(imported) = import(&text, InputKind::Auto) else {
                continue;
            };
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            for d in validate(&imported.report, None) {
                if rules.contains(&d.code) {
                    out.insert((stem.clone(), d.code.to_string(), d.message.clone()));
                }
            }
        }
    }
    out
}

/// The findings listed in findings.md.
fn listed() -> BTreeSet<(String, String, String)> {
    let md = include_str!("../../../tests/corpus/findings.md");
    md.lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| {
            let (report, rest) = l.split_once("` `")?;
            let (code, rest) = rest.split_once("` ")?;
            let (message, _verdict) = rest.split_once(" — ")?;
            Some((report.to_string(), code.to_string(), message.to_string()))
        })
        .collect()
}

#[test]
fn every_finding_on_the_whole_reports_is_reviewed() {
    let raised = raised();
    let listed = listed();
    let new: Vec<_> = raised.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&raised).collect();
    let line = |(r, c, m): &&(String, String, String)| format!("- `{r}` `{c}` {m} — ?");
    assert!(
        new.is_empty() && gone.is_empty(),
        "not reviewed in findings.md:\n{}\nlisted but no longer raised:\n{}",
        new.iter().map(line).collect::<Vec<_>>().join("\n"),
        gone.iter().map(line).collect::<Vec<_>>().join("\n")
    );
}
