//! The seed report (a county commerce bureau, 2021), transcribed from
//! /work/shared/fixtures/seed-2021-county-commerce-bureau.txt into `fixtures/seed-2021.json`.

use report_domain::{validate, Cell, Report, Severity};

fn seed() -> Report {
    Report::from_json_str(include_str!("fixtures/seed-2021.json")).expect("seed fixture reads")
}

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
