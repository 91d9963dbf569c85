//! T3-4: blank cells in tables 三 and 四, one finding per row naming the blank cells.

mod common;

use common::{blank, findings, strs, zeros};
use report_domain::format::FormatId;
use report_domain::{Report, Severity};

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
        "表三“（一）予以公开”行有 2 个空白单元格（商业企业、其他）：没有数据请填写 0"
    );
}

#[test]
fn one_finding_per_row_in_both_tables() {
    let mut r = zeros(FormatId::F2021);
    blank(
        &mut r,
        &[
            "table3.withheld_2.total",
            "table3.forward.natural",
            "table4.litigation_after_review.pending",
        ],
    );
    let d = findings(&r, None, "T3-4");
    assert_eq!(d.len(), 3, "{d:#?}");
    assert_eq!(d[0].cells, strs(&["table3.withheld_2.total"]));
    assert!(d[0]
        .message
        .contains("“（三）不予公开 2.其他法律行政法规禁止公开”行有 1 个空白单元格（总计）"));
    assert_eq!(d[1].cells, strs(&["table3.forward.natural"]));
    assert_eq!(
        d[2].cells,
        strs(&["table4.litigation_after_review.pending"])
    );
    assert_eq!(
        d[2].message,
        "表四“行政诉讼 · 复议后起诉”行有 1 个空白单元格（尚未审结）：没有数据请填写 0"
    );
}

#[test]
fn an_empty_table_is_one_finding() {
    let mut r = zeros(FormatId::F2021);
    let fresh = Report::new(FormatId::F2021);
    r.cells[..].clone_from_slice(&fresh.cells);
    let d = findings(&r, None, "T3-4");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].cells.len(), 25 * 7);
    assert_eq!(d[0].cells[0], "table3.new.natural");
    assert_eq!(
        d[0].message,
        "表三尚未填写：175 个单元格均为空白，没有数据的请填写 0"
    );
    assert_eq!(d[1].cells.len(), 15);
    assert!(d[1].message.starts_with("表四尚未填写"));
}

#[test]
fn table_two_blanks_are_not_this_rule() {
    let mut r = zeros(FormatId::F2021);
    blank(&mut r, &["table2.licensing.decisions"]);
    assert!(findings(&r, None, "T3-4").is_empty());
}
