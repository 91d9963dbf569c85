//! The seed report (a county commerce bureau, 2021), transcribed from
//! tests/fixtures/seed-2021-county-commerce-bureau.txt into `crates/domain/src/sample/seed-2021.json` (the app's sample).

use report_domain::{validate, Cell, Severity};

mod common;
use common::seed;

#[test]
fn seed_reads_with_its_tables_and_text() {
    let r = seed();
    assert_eq!(r.meta.year, Some(2021));
    assert_eq!(r.get("table3.new.total"), Some(&Cell::Int(0)));
    assert_eq!(
        r.get("table4.litigation_after_review.total"),
        Some(&Cell::Int(0))
    );
    assert_eq!(
        r.get("table2.fees.amount").map(Cell::display),
        Some("0".into())
    );
    assert!(r
        .text("overview_on_request")
        .contains("接到依申请公开件2件"));
    assert!(r.text("other_matters").contains("未收取信息处理费"));
}

#[test]
fn seed_has_no_errors() {
    let diags = validate(&seed(), None);
    let errors: Vec<_> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// The text rules of issue 3.
const TEXT_RULES: &[&str] = &["T3-6", "T4-3", "T2-3", "S-3", "S-4", "S-5", "S-6", "S-7"];

#[test]
fn seed_text_rules_give_exactly_the_t3_6_warning() {
    let r = seed();
    let text: Vec<_> = validate(&r, None)
        .into_iter()
        .filter(|d| TEXT_RULES.contains(&d.code))
        .collect();
    assert_eq!(text.len(), 1, "{text:#?}");
    let d = &text[0];
    assert_eq!(d.code, "T3-6");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        d.cells,
        [
            "narrative.overview_on_request",
            "table3.new.total",
            "table3.carry.total"
        ]
    );
    // Section 一 says 2 applications were received; table 三 says 0 (and 0 with 上年结转).
    assert!(d.message.contains("“接到依申请公开件2件”"), "{}", d.message);
    assert!(d.message.contains("收到申请 2 件"), "{}", d.message);
    assert!(d.message.contains("总计为 0"), "{}", d.message);
    assert!(d.message.contains("新收+上年结转也为 0"), "{}", d.message);
}

#[test]
fn seed_against_itself_as_last_year_is_a_copy() {
    let r = seed();
    let d: Vec<_> = validate(&r, Some(&r))
        .into_iter()
        .filter(|d| d.code == "S-7")
        .collect();
    assert_eq!(d.len(), 1);
    assert!(d[0].message.contains("重复率约为 100%"), "{}", d[0].message);
}
