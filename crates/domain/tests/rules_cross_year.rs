//! T3-5 and T2-2: comparisons with last year's report, run only when it is loaded.

mod common;

use common::{blank, findings, set, strs, zeros};
use report_domain::format::FormatId;
use report_domain::{Report, Severity};

fn years() -> (Report, Report) {
    let mut now = zeros(FormatId::F2021);
    now.meta.year = Some(2022);
    let mut last = zeros(FormatId::F2021);
    last.meta.year = Some(2021);
    (now, last)
}

#[test]
fn t3_5_holds_when_carry_equals_last_forward() {
    let (mut now, mut last) = years();
    set(
        &mut now,
        &[("table3.carry.natural", 2), ("table3.carry.total", 2)],
    );
    set(
        &mut last,
        &[("table3.forward.natural", 2), ("table3.forward.total", 2)],
    );
    assert!(findings(&now, Some(&last), "T3-5").is_empty());
}

#[test]
fn t3_5_fails_per_column_naming_this_years_cell() {
    let (mut now, mut last) = years();
    set(
        &mut now,
        &[("table3.carry.natural", 1), ("table3.carry.total", 1)],
    );
    set(
        &mut last,
        &[("table3.forward.natural", 3), ("table3.forward.total", 3)],
    );
    let d = findings(&now, Some(&last), "T3-5");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(d[0].cells, strs(&["table3.carry.natural"]));
    assert_eq!(
        d[0].message,
        "自然人列：本年“二、上年结转政府信息公开申请数量”填写为 1，上年报告“四、结转下年度继续办理”填写为 3，相差 2"
    );
    assert_eq!(d[1].cells, strs(&["table3.carry.total"]));
}

#[test]
fn t3_5_needs_last_years_report() {
    let (mut now, _) = years();
    set(&mut now, &[("table3.carry.natural", 1)]);
    assert!(findings(&now, None, "T3-5").is_empty());
}

#[test]
fn t3_5_compares_with_a_2019_format_report() {
    let mut now = zeros(FormatId::F2021);
    let mut last = zeros(FormatId::F2019);
    last.meta.year = Some(2020);
    set(&mut last, &[("table3.forward.other", 4)]);
    let d = findings(&now, Some(&last), "T3-5");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, strs(&["table3.carry.other"]));
    set(&mut now, &[("table3.carry.other", 4)]);
    assert!(findings(&now, Some(&last), "T3-5").is_empty());
}

#[test]
fn t3_5_says_when_the_loaded_report_is_not_last_years() {
    let (now, mut last) = years();
    last.meta.year = Some(2019);
    let d = findings(&now, Some(&last), "T3-5");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(d[0].cells, strs(&["meta.year"]));
    assert_eq!(
        d[0].message,
        "载入的上年报告是2019年度的，不是2021年度的，未比对上年结转数"
    );
}

#[test]
fn t2_2_holds_when_in_force_follows_from_last_year() {
    let (mut now, mut last) = years();
    set(&mut last, &[("table2.normative_documents.in_force", 665)]);
    set(
        &mut now,
        &[
            ("table2.normative_documents.issued", 69),
            ("table2.normative_documents.repealed", 3),
            ("table2.normative_documents.in_force", 731),
        ],
    );
    assert!(findings(&now, Some(&last), "T2-2").is_empty());
}

#[test]
fn t2_2_fails_with_the_computation_spelled_out() {
    let (mut now, mut last) = years();
    set(&mut last, &[("table2.regulations.in_force", 10)]);
    set(
        &mut now,
        &[
            ("table2.regulations.issued", 2),
            ("table2.regulations.repealed", 1),
            ("table2.regulations.in_force", 12),
        ],
    );
    let d = findings(&now, Some(&last), "T2-2");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(
        d[0].cells,
        strs(&[
            "table2.regulations.in_force",
            "table2.regulations.issued",
            "table2.regulations.repealed",
        ])
    );
    assert_eq!(
        d[0].message,
        "规章：上年现行有效件数 10 + 本年制发件数 2 − 本年废止件数 1 ＝ 11，本年现行有效件数填写为 12，相差 1"
    );
}

#[test]
fn t2_2_skips_blank_in_force_and_other_formats() {
    let (mut now, mut last) = years();
    set(&mut last, &[("table2.regulations.in_force", 10)]);
    blank(&mut now, &["table2.regulations.in_force"]);
    assert!(findings(&now, Some(&last), "T2-2").is_empty());
    assert!(findings(&now, None, "T2-2").is_empty());
    let mut old = zeros(FormatId::F2019);
    old.meta.year = Some(2020);
    set(&mut old, &[("table2.regulations.total_published", 50)]);
    let now2021 = zeros(FormatId::F2021);
    assert!(findings(&now2021, Some(&old), "T2-2").is_empty());
}
