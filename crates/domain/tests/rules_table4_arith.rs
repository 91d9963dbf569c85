//! T4-1: in each group of table 四 the four outcomes add up to 总计.

mod common;

use common::{findings, set, strs, zeros};
use report_domain::format::FormatId;
use report_domain::Severity;

#[test]
fn holds_when_each_group_adds_up() {
    let mut r = zeros(FormatId::F2021);
    set(
        &mut r,
        &[
            ("table4.review.upheld", 1),
            ("table4.review.other", 2),
            ("table4.review.total", 3),
            ("table4.litigation_direct.pending", 4),
            ("table4.litigation_direct.total", 4),
        ],
    );
    assert!(findings(&r, None, "T4-1").is_empty());
}

#[test]
fn fails_naming_the_group_total_and_its_outcomes() {
    let mut r = zeros(FormatId::F2021);
    set(
        &mut r,
        &[
            ("table4.litigation_after_review.corrected", 2),
            ("table4.litigation_after_review.total", 1),
        ],
    );
    let d = findings(&r, None, "T4-1");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(
        d[0].cells,
        strs(&[
            "table4.litigation_after_review.total",
            "table4.litigation_after_review.upheld",
            "table4.litigation_after_review.corrected",
            "table4.litigation_after_review.other",
            "table4.litigation_after_review.pending",
        ])
    );
    assert_eq!(
        d[0].message,
        "行政诉讼 · 复议后起诉：结果维持+结果纠正+其他结果+尚未审结＝2，总计填写为 1，相差 1"
    );
}

#[test]
fn a_blank_total_with_outcomes_fails() {
    let mut r = zeros(FormatId::F2019);
    set(&mut r, &[("table4.review.upheld", 3)]);
    r.set("table4.review.total", report_domain::Cell::Blank);
    let d = findings(&r, None, "T4-1");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells[0], "table4.review.total");
    assert_eq!(
        d[0].message,
        "行政复议：结果维持+结果纠正+其他结果+尚未审结＝3，总计未填写，相差 3"
    );
}
