//! T3-4: blank cells in tables 三 and 四: one finding per table listing its rows, never a
//! computed cell; a table not started says nothing while the report is being filled in.

mod common;

use common::{blank, findings, seed, strs, zeros};
use report_domain::format::FormatId;
use report_domain::rules::{validate_at, Stage};
use report_domain::{totals, Report, Severity};

/// The T3-4 findings while the report is being filled in.
fn draft_findings(r: &Report) -> Vec<report_domain::Diagnostic> {
    validate_at(r, None, Stage::Draft)
        .into_iter()
        .filter(|d| d.code == "T3-4")
        .collect()
}

#[test]
fn fully_filled_tables_have_no_finding() {
    assert!(findings(&zeros(FormatId::F2021), None, "T3-4").is_empty());
    assert!(findings(&zeros(FormatId::F2019), None, "T3-4").is_empty());
}

#[test]
fn names_the_blank_cells_of_a_row() {
    let mut r = zeros(FormatId::F2021);
    blank(&mut r, &["table3.granted.business", "table3.granted.other"]);
    let d = findings(&r, None, "T3-4");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(
        d[0].cells,
        strs(&["table3.granted.business", "table3.granted.other"])
    );
    assert_eq!(
        d[0].message,
        "表三有 2 个空白单元格，在 1 行：“（一）予以公开”（商业企业、其他）。没有数据请填写 0"
    );
    assert_eq!(
        draft_findings(&r),
        d,
        "a started table is listed while filling in too"
    );
}

#[test]
fn one_finding_per_table_listing_rows_never_a_total() {
    let mut r = zeros(FormatId::F2021);
    blank(
        &mut r,
        &[
            "table3.withheld_2.total",
            "table3.withheld_2.natural",
            "table3.forward.natural",
            "table3.total.business",
            "table4.litigation_after_review.pending",
        ],
    );
    let d = findings(&r, None, "T3-4");
    assert_eq!(d.len(), 2, "{d:#?}");
    // The blank totals are computed cells: never asked for.
    assert_eq!(
        d[0].cells,
        strs(&["table3.withheld_2.natural", "table3.forward.natural"])
    );
    assert_eq!(
        d[0].message,
        "表三有 2 个空白单元格，在 2 行：“（三）不予公开 2.其他法律行政法规禁止公开”（自然人）；\
         “四、结转下年度继续办理”（自然人）。没有数据请填写 0"
    );
    assert_eq!(
        d[1].cells,
        strs(&["table4.litigation_after_review.pending"])
    );
    assert_eq!(
        d[1].message,
        "表四有 1 个空白单元格，在 1 行：“行政诉讼 · 复议后起诉”（尚未审结）。没有数据请填写 0"
    );
}

#[test]
fn a_table_not_started_is_quiet_while_filling_in_and_named_before_publishing() {
    let mut r = Report::for_year(2021);
    totals::fill(&mut r);
    assert!(draft_findings(&r).is_empty());
    let d = findings(&r, None, "T3-4");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].cells.len(), 25 * 7 - 7 - 24, "entry cells only");
    assert_eq!(d[0].cells[0], "table3.new.natural");
    assert_eq!(
        d[0].message,
        "表三尚未填写：144 个需填写的单元格均为空白，没有数据的请填写 0"
    );
    assert_eq!(d[1].cells.len(), 12);
    assert!(d[1].message.starts_with("表四尚未填写"));

    // One figure typed: table 三 is started (one finding, whole rows said so), 四 stays quiet.
    r.set("table3.new.natural", report_domain::Cell::Int(1));
    totals::fill(&mut r);
    let d = draft_findings(&r);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].cells.len(), 143);
    assert!(d[0].message.contains("“一、本年新收政府信息公开申请数量”（商业企业、科研机构、社会公益组织、法律服务机构、其他）"), "{}", d[0].message);
    assert!(d[0]
        .message
        .contains("“二、上年结转政府信息公开申请数量”（整行空白）"));
    // The first six rows are named, the rest said to be there.
    assert!(
        d[0].message.ends_with("（整行空白）等。没有数据请填写 0"),
        "{}",
        d[0].message
    );
    assert_eq!(d[0].message.matches("（整行空白）").count(), 5);
    assert!(!d[0].message.contains("总计）"));
}

/// From last year's report: the carried 结转 row starts table 三; one finding, never a total.
#[test]
fn a_report_from_last_year_gets_one_finding() {
    let next = seed().next_year(true).expect("the seed has a year");
    let d = draft_findings(&next);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(
        d[0].cells.iter().all(|c| !c.ends_with(".total")),
        "{:?}",
        d[0].cells
    );
}

#[test]
fn table_two_blanks_are_not_this_rule() {
    let mut r = zeros(FormatId::F2021);
    blank(&mut r, &["table2.licensing.decisions"]);
    assert!(findings(&r, None, "T3-4").is_empty());
}
