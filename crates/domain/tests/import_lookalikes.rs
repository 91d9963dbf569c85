//! Headings written with look-alike characters (issue 19): Kangxi radicals ("⼀" U+2F00 for
//! "一", "⼆", "⼋") and full-width spaces, as some PDF producers emit them, are found as the
//! same headings, so the text checks still read section 一.

use report_domain::{import, validate, InputKind};

const SEED: &str = include_str!("../../../tests/fixtures/seed-2021-county-commerce-bureau.txt");

/// The seed with its section headings' numerals as Kangxi radicals and full-width spaces.
fn disguised() -> String {
    SEED.replace("一、总体情况", "⼀、\u{3000}总体情况")
        .replace("二、主动公开", "⼆、主动公开")
        .replace("(二) 依申请公开", "(⼆)\u{3000}依申请公开")
}

#[test]
fn kangxi_headings_are_the_same_headings() {
    let text = disguised();
    assert!(
        text.contains('⼀') && text.contains('⼆'),
        "the disguise applies"
    );
    let plain = import(SEED, InputKind::Auto).expect("seed imports").report;
    let odd = import(&text, InputKind::Auto)
        .expect("disguised seed imports")
        .report;
    assert_eq!(
        odd.text("overview_on_request"),
        plain.text("overview_on_request")
    );
    assert!(odd
        .text("overview_on_request")
        .contains("接到依申请公开件2件"));
    // The T3-6 of the seed is still found.
    let t36 = |r| {
        validate(r, None)
            .into_iter()
            .filter(|d| d.code == "T3-6")
            .count()
    };
    assert_eq!(t36(&odd), 1);
    assert_eq!(t36(&plain), 1);
}
