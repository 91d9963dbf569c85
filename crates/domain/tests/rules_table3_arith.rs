//! T3-1, T3-2, T3-3: table 三 arithmetic, each rule holding and failing with the exact cells.

mod common;

use common::{blank, findings, set, strs, zeros};
use report_domain::format::FormatId;
use report_domain::{Report, Severity};

/// Five applications from natural persons, all granted: consistent in every direction.
fn five_granted() -> Report {
    let mut r = zeros(FormatId::F2021);
    set(
        &mut r,
        &[
            ("table3.new.natural", 5),
            ("table3.new.total", 5),
            ("table3.granted.natural", 5),
            ("table3.granted.total", 5),
            ("table3.total.natural", 5),
            ("table3.total.total", 5),
        ],
    );
    r
}

#[test]
fn consistent_table_has_no_finding() {
    let r = five_granted();
    for code in ["T3-1", "T3-2", "T3-3"] {
        assert!(findings(&r, None, code).is_empty(), "{code}");
    }
}

#[test]
fn t3_1_names_the_four_cells_of_the_column() {
    let mut r = five_granted();
    set(
        &mut r,
        &[("table3.carry.natural", 1), ("table3.carry.total", 1)],
    );
    let d = findings(&r, None, "T3-1");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(
        d[0].cells,
        strs(&[
            "table3.new.natural",
            "table3.carry.natural",
            "table3.total.natural",
            "table3.forward.natural",
        ])
    );
    assert_eq!(d[0].message, "自然人列：一+二＝6，（七）总计+四＝5，相差 1");
    assert_eq!(d[1].cells[0], "table3.new.total");
    assert_eq!(d[1].message, "总计列：一+二＝6，（七）总计+四＝5，相差 1");
    assert!(d[0].help.contains("结转下年度继续办理"));
}

#[test]
fn t3_1_holds_with_a_carry_balanced_by_forward() {
    let mut r = five_granted();
    set(
        &mut r,
        &[
            ("table3.carry.research", 2),
            ("table3.carry.total", 2),
            ("table3.forward.research", 2),
            ("table3.forward.total", 2),
        ],
    );
    assert!(findings(&r, None, "T3-1").is_empty());
}

#[test]
fn t3_1_skips_a_column_with_nothing_entered() {
    let mut r = five_granted();
    blank(
        &mut r,
        &[
            "table3.new.business",
            "table3.carry.business",
            "table3.total.business",
            "table3.forward.business",
        ],
    );
    assert!(findings(&r, None, "T3-1").is_empty());
}

#[test]
fn t3_2_names_the_total_and_every_outcome_row() {
    let mut r = five_granted();
    set(&mut r, &[("table3.withheld_3.natural", 2)]);
    let d = findings(&r, None, "T3-2");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].cells.len(), 22);
    assert_eq!(d[0].cells[0], "table3.total.natural");
    assert_eq!(d[0].cells[1], "table3.granted.natural");
    assert!(d[0]
        .cells
        .contains(&"table3.withheld_3.natural".to_string()));
    assert_eq!(d[0].cells[21], "table3.other_3.natural");
    assert_eq!(
        d[0].message,
        "自然人列：（七）总计填写为 5，各项办理结果之和为 7，相差 2"
    );
}

#[test]
fn t3_2_says_when_the_total_is_blank() {
    let mut r = five_granted();
    blank(&mut r, &["table3.total.natural"]);
    let d = findings(&r, None, "T3-2");
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].message,
        "自然人列：（七）总计未填写，各项办理结果之和为 5，相差 5"
    );
}

#[test]
fn t3_2_uses_the_single_other_row_of_2019() {
    let mut r = zeros(FormatId::F2019);
    set(&mut r, &[("table3.other.natural", 3)]);
    let d = findings(&r, None, "T3-2");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells.len(), 20);
    assert!(d[0].cells.contains(&"table3.other.natural".to_string()));
    assert!(d[0].message.contains("各项办理结果之和为 3"));
    set(&mut r, &[("table3.total.natural", 3)]);
    assert!(findings(&r, None, "T3-2").is_empty());
}

#[test]
fn t3_3_names_the_row_total_then_its_addends() {
    let mut r = five_granted();
    set(&mut r, &[("table3.granted.legal_services", 1)]);
    let d = findings(&r, None, "T3-3");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        d[0].cells,
        strs(&[
            "table3.granted.total",
            "table3.granted.natural",
            "table3.granted.business",
            "table3.granted.research",
            "table3.granted.public_interest",
            "table3.granted.legal_services",
            "table3.granted.other",
        ])
    );
    assert_eq!(
        d[0].message,
        "“（一）予以公开”行：总计填写为 5，各类申请人之和为 6，相差 1"
    );
}

#[test]
fn arithmetic_never_overflows() {
    let mut r = zeros(FormatId::F2021);
    for a in [
        "table3.new.natural",
        "table3.new.business",
        "table3.carry.natural",
    ] {
        r.set(a, report_domain::Cell::Int(i64::MAX));
    }
    r.set("table3.total.natural", report_domain::Cell::Int(i64::MIN));
    let d = findings(&r, None, "T3-1");
    assert!(
        d[0].message.contains("18446744073709551614"),
        "{}",
        d[0].message
    );
    assert!(!findings(&r, None, "T3-3").is_empty());
}

#[test]
fn t3_3_totals_left_blank_are_one_finding_with_the_figures() {
    let mut r = five_granted();
    blank(
        &mut r,
        &[
            "table3.new.total",
            "table3.granted.total",
            "table3.withheld_1.total",
        ],
    );
    set(
        &mut r,
        &[
            ("table3.withheld_1.natural", 2),
            ("table3.partial.natural", 1),
            ("table3.partial.total", 4),
        ],
    );
    let d = findings(&r, None, "T3-3");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(
        d[0].cells,
        strs(&[
            "table3.new.total",
            "table3.granted.total",
            "table3.withheld_1.total"
        ])
    );
    assert_eq!(
        d[0].message,
        "总计列未填写（3 行）：按各类申请人之和，应为“一、本年新收政府信息公开申请数量”5，\
         “（一）予以公开”5，“（三）1.属于国家秘密”2"
    );
    // A total filled in and wrong stays a finding of its own.
    assert_eq!(
        d[1].message,
        "“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行：总计填写为 4，各类申请人之和为 1，相差 3"
    );
}

#[test]
fn t3_2_leaves_the_total_column_to_t3_3_when_outcome_totals_are_left_blank() {
    let mut r = five_granted();
    blank(&mut r, &["table3.granted.total"]);
    assert!(findings(&r, None, "T3-2").is_empty());
    assert_eq!(findings(&r, None, "T3-3").len(), 1);
    // A wrong (七）总计 with its outcome totals filled in is still T3-2's.
    set(
        &mut r,
        &[("table3.granted.total", 5), ("table3.total.total", 6)],
    );
    assert_eq!(findings(&r, None, "T3-2").len(), 1);
}
