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
fn a_blank_total_with_outcomes_is_one_finding_with_its_figure() {
    let mut r = zeros(FormatId::F2019);
    set(&mut r, &[("table4.review.upheld", 3)]);
    r.set("table4.review.total", report_domain::Cell::Blank);
    let d = findings(&r, None, "T4-1");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, strs(&["table4.review.total"]));
    assert_eq!(
        d[0].message,
        "总计列未填写（1 行）：按各项结果之和，应为“行政复议”3"
    );
    assert_eq!(d[0].fixes[0].label, "按分项重算总计");
}

/// A 总计 column left blank in every group (as in table 三, common in 2019-format reports) is one
/// finding naming the groups, not one arithmetic difference per group; its fix fills the sums
/// in and leaves no finding behind.
#[test]
fn a_blank_total_column_is_one_finding_and_its_fix_fills_the_sums() {
    for format in [FormatId::F2019, FormatId::F2021] {
        let mut r = zeros(format);
        set(
            &mut r,
            &[
                ("table4.review.upheld", 2),
                ("table4.review.corrected", 1),
                ("table4.litigation_direct.pending", 4),
                ("table4.litigation_after_review.other", 1),
            ],
        );
        for g in ["review", "litigation_direct", "litigation_after_review"] {
            r.set(&format!("table4.{g}.total"), report_domain::Cell::Blank);
        }
        let d = findings(&r, None, "T4-1");
        assert_eq!(d.len(), 1, "{format:?}: {d:#?}");
        assert_eq!(
            d[0].cells,
            strs(&[
                "table4.review.total",
                "table4.litigation_direct.total",
                "table4.litigation_after_review.total",
            ])
        );
        assert_eq!(
            d[0].message,
            "总计列未填写（3 行）：按各项结果之和，应为“行政复议”3，“行政诉讼 · 未经复议直接起诉”4，“行政诉讼 · 复议后起诉”1"
        );
        let before: Vec<String> = report_domain::validate(&r, None)
            .iter()
            .map(|d| d.key())
            .collect();
        let fix = d[0]
            .fixes
            .iter()
            .find(|f| f.label == "按分项重算总计")
            .expect("the computed figures are offered");
        let fixed = report_domain::fix::apply_fix(&r, fix).expect("applies");
        assert!(findings(&fixed, None, "T4-1").is_empty());
        assert_eq!(
            fixed.get("table4.litigation_direct.total"),
            Some(&report_domain::Cell::Int(4))
        );
        let new: Vec<String> = report_domain::validate(&fixed, None)
            .iter()
            .map(|d| d.key())
            .filter(|k| !before.contains(k))
            .collect();
        assert!(new.is_empty(), "{format:?}: the fix added {new:?}");
    }
}
