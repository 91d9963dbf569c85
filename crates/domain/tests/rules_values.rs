//! T2-1: counts are integers ≥ 0, amounts decimals ≥ 0; the 2019 本年增/减 may be negative.

mod common;

use common::{findings, set, strs, zeros};
use report_domain::format::FormatId;
use report_domain::{Cell, Decimal, Severity};

#[test]
fn zeros_and_positive_values_hold() {
    let mut r = zeros(FormatId::F2021);
    set(&mut r, &[("table2.penalty.decisions", 12)]);
    r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("1.2345").unwrap()),
    );
    assert!(findings(&r, None, "T2-1").is_empty());
}

#[test]
fn a_negative_count_is_named() {
    let mut r = zeros(FormatId::F2021);
    set(&mut r, &[("table2.regulations.issued", -3)]);
    let d = findings(&r, None, "T2-1");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(d[0].cells, strs(&["table2.regulations.issued"]));
    assert_eq!(
        d[0].message,
        "表二“规章 / 本年制发件数”填写为 -3：件数不能为负数"
    );
}

#[test]
fn negative_counts_in_tables_three_and_four_too() {
    let mut r = zeros(FormatId::F2021);
    set(
        &mut r,
        &[
            ("table3.granted.natural", -1),
            ("table4.review.pending", -2),
        ],
    );
    let d = findings(&r, None, "T2-1");
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].cells, strs(&["table3.granted.natural"]));
    assert_eq!(
        d[0].message,
        "表三“（一）予以公开 / 自然人”填写为 -1：件数不能为负数"
    );
    assert_eq!(d[1].cells, strs(&["table4.review.pending"]));
}

#[test]
fn a_negative_fee_is_named() {
    let mut r = zeros(FormatId::F2021);
    r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("-0.5").unwrap()),
    );
    let d = findings(&r, None, "T2-1");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, strs(&["table2.fees.amount"]));
    assert_eq!(
        d[0].message,
        "表二“行政事业性收费 / 本年收费金额（单位：万元）”填写为 -0.5：金额不能为负数"
    );
    r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("-0.000").unwrap()),
    );
    assert!(findings(&r, None, "T2-1").is_empty());
}

#[test]
fn a_decimal_in_a_count_cell_is_named() {
    let mut r = zeros(FormatId::F2021);
    r.set(
        "table3.new.research",
        Cell::Amount(Decimal::parse("1.5").unwrap()),
    );
    let d = findings(&r, None, "T2-1");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, strs(&["table3.new.research"]));
    assert!(d[0]
        .message
        .ends_with("填写为 1.5：件数应为整数，不能有小数"));
}

#[test]
fn the_2019_change_column_may_be_negative() {
    let mut r = zeros(FormatId::F2019);
    set(
        &mut r,
        &[("table2.licensing.change", -4), ("table2.fees.change", -1)],
    );
    assert!(findings(&r, None, "T2-1").is_empty());
    set(&mut r, &[("table2.licensing.prev_count", -4)]);
    let d = findings(&r, None, "T2-1");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, strs(&["table2.licensing.prev_count"]));
}

/// Issue 17, finding 3: "1O" typed into a cell stays in the report as typed and is an error
/// in the panel, at its cell.
#[test]
fn text_typed_and_not_read_is_an_error_at_its_cell() {
    let mut r = zeros(FormatId::F2021);
    assert!(r.set_unread("table3.new.natural", "1O"));
    assert_eq!(r.get("table3.new.natural"), Some(&Cell::Blank));
    let d = findings(&r, None, "T2-1");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(d[0].cells, strs(&["table3.new.natural"]));
    assert_eq!(
        d[0].message,
        "表三“一、本年新收政府信息公开申请数量 / 自然人”：“1O”无法识别，请输入数字（没有数据请填 0）"
    );
    // Setting the cell drops the text.
    assert!(r.set("table3.new.natural", Cell::Int(10)));
    assert_eq!(r.unread("table3.new.natural"), None);
    assert!(findings(&r, None, "T2-1").is_empty());
    // A total takes no text.
    assert!(!r.set_unread("table3.new.total", "x"));
}
