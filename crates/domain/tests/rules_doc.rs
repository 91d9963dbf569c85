//! 规则说明: every rule has its explanation and every explanation a rule; every code `validate`
//! emits has an entry; `docs/rules.md` and `docs/rules.html` (copied to `dist/rules/index.html`
//! by the build) are what the data generates. `WRITE_RULES=1 cargo test -p report-domain
//! --test rules_doc` rewrites the two files.

use std::collections::BTreeSet;
use std::path::PathBuf;

use report_domain::export::{rules_html, rules_markdown};
use report_domain::rules::{rule_entries, RULES, RULE_DOCS};
use report_domain::sample::SAMPLE_JSON;
use report_domain::{validate, Cell, Report};

#[test]
fn every_rule_has_an_entry_and_every_entry_a_rule() {
    let rules: Vec<&str> = RULES.iter().map(|r| r.code).collect();
    let docs: Vec<&str> = RULE_DOCS.iter().map(|d| d.code).collect();
    let (rs, ds): (BTreeSet<&str>, BTreeSet<&str>) = (
        rules.iter().copied().collect(),
        docs.iter().copied().collect(),
    );
    assert_eq!(rs.len(), rules.len(), "a rule code twice");
    assert_eq!(ds.len(), docs.len(), "an explanation twice");
    assert_eq!(rs, ds);
    assert_eq!(rule_entries().len(), RULES.len());
    for d in RULE_DOCS {
        for (name, text) in [
            ("checks", d.checks),
            ("basis", d.basis),
            ("example", d.example),
            ("fix", d.fix),
            ("reads", d.reads),
        ] {
            assert!(!text.trim().is_empty(), "{} {name} is empty", d.code);
        }
    }
}

/// Reports that make many rules speak: the seed, blank reports of both formats, and the seed
/// with wrong figures, wrong text and last year's report.
fn reports() -> Vec<(Report, Option<Report>)> {
    let seed = Report::from_json_str(SAMPLE_JSON).unwrap();
    let mut wrong = seed.clone();
    wrong.set("table3.new.natural", Cell::Int(5));
    wrong.set("table3.granted.total", Cell::Int(9));
    wrong.set("table4.review.total", Cell::Int(3));
    wrong.set("table2.regulations.issued", Cell::Int(-1));
    wrong.set("table4.review.upheld", Cell::Blank);
    wrong.set_text("overview_oversight", "本年度发生行政复议3件。");
    wrong.set_text("problems", "无");
    wrong.set_text("other_matters", "无");
    wrong.set_text("overview_platform", "2019年，我局建成网站。");
    wrong.meta.published = "2022-03-01".into();
    let mut last = seed.clone();
    last.meta.year = Some(2020);
    last.set("table3.forward.natural", Cell::Int(2));
    vec![
        (seed.clone(), None),
        (Report::for_year(2020), None),
        (Report::for_year(2023), None),
        (wrong.clone(), Some(last.clone())),
        (wrong, Some(seed)),
    ]
}

#[test]
fn every_code_validate_emits_has_an_entry() {
    let docs: BTreeSet<&str> = RULE_DOCS.iter().map(|d| d.code).collect();
    let mut seen = BTreeSet::new();
    for (r, previous) in reports() {
        for d in validate(&r, previous.as_ref()) {
            assert!(docs.contains(d.code), "{} has no entry", d.code);
            seen.insert(d.code);
        }
    }
    // The reports above do make rules speak (the test would pass vacuously otherwise).
    assert!(seen.len() >= 8, "{seen:?}");
}

fn repo_file(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

#[test]
fn generated_documents_are_current() {
    for (rel, text) in [
        ("docs/rules.md", rules_markdown()),
        ("docs/rules.html", rules_html()),
    ] {
        let path = repo_file(rel);
        if std::env::var_os("WRITE_RULES").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == text,
            "{rel} is not current: WRITE_RULES=1 cargo test -p report-domain --test rules_doc"
        );
    }
}

#[test]
fn the_page_has_an_anchor_per_rule() {
    let html = rules_html();
    for r in RULES {
        assert!(
            html.contains(&format!("<section id=\"{}\"", r.code)),
            "{}",
            r.code
        );
    }
    let md = rules_markdown();
    assert!(md.contains("## T3-1") && md.contains("## P-1"));
}

#[test]
fn every_indicator_has_its_help_entry_on_the_page() {
    use report_domain::analysis::{indicator_anchor, INDICATORS, ZERO_DENOMINATOR};
    use report_domain::format::FORMATS;
    let html = rules_html();
    let md = rules_markdown();
    assert!(html.contains("<section id=\"indicators\""));
    for i in INDICATORS {
        let at = html
            .find(&format!("<section id=\"{}\"", indicator_anchor(i.key)))
            .unwrap_or_else(|| panic!("{} has no entry", i.key));
        let entry = &html[at..at + html[at..].find("</section>").expect("closed")];
        assert!(
            entry.contains(&format!("{}（{}）", i.name, i.unit)),
            "{}",
            i.key
        );
        assert!(entry.contains(i.caveat), "{}", i.key);
        for f in FORMATS {
            assert!(
                entry.contains(&format!("公式（{}）", f.name)),
                "{} {}",
                i.key,
                f.name
            );
        }
        let ratio = matches!(i.formula, report_domain::analysis::Formula::Ratio { .. });
        assert_eq!(entry.contains(ZERO_DENOMINATOR), ratio, "{}", i.key);
        assert!(md.contains(&format!("### {}", i.name)), "{}", i.key);
    }
}
