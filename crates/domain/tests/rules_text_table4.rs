//! T4-3: 行政复议/行政诉讼 in the text against table 四.

use report_domain::{validate, Cell, Diagnostic, Report};

/// A 2021 report with table 四 (review, direct, after-review) rows given as
/// [upheld, corrected, other, pending, total].
fn report(rows: [[i64; 5]; 3], text: &str) -> Report {
    let mut r = Report::for_year(2021);
    let cols = ["upheld", "corrected", "other", "pending", "total"];
    for (g, vals) in ["review", "litigation_direct", "litigation_after_review"]
        .iter()
        .zip(rows)
    {
        for (c, v) in cols.iter().zip(vals) {
            r.set(&format!("table4.{g}.{c}"), Cell::Int(v));
        }
    }
    r.set_text("overview_on_request", text);
    r
}

fn t43(r: &Report) -> Vec<Diagnostic> {
    validate(r, None)
        .into_iter()
        .filter(|d| d.code == "T4-3")
        .collect()
}

/// 淮安 2024's table 四 and its text (line breaks as in the PDF text).
const HUAIAN: [[i64; 5]; 3] = [[72, 64, 178, 37, 351], [13, 4, 8, 1, 26], [12, 1, 1, 6, 20]];
const HUAIAN_TEXT: &str = "政府信息公开行政复议       351\n件，其中结果维持  72件，结果纠正  64件，其他结果 178件，尚\n未审结 37件；政府信息公开行政诉讼    46件，其中结果维持  25\n件，结果纠正  5件，其他结果  9件，尚未审结 7件。";

#[test]
fn counts_match_with_litigation_summed() {
    assert!(t43(&report(HUAIAN, HUAIAN_TEXT)).is_empty());
}

#[test]
fn counts_that_differ_name_the_cells() {
    let text = HUAIAN_TEXT.replace("结果纠正  5件", "结果纠正  6件");
    let d = t43(&report(HUAIAN, &text));
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].cells,
        [
            "narrative.overview_on_request",
            "table4.litigation_direct.corrected",
            "table4.litigation_after_review.corrected"
        ]
    );
    assert!(
        d[0].message.contains("“结果纠正6件”（6 件）"),
        "{}",
        d[0].message
    );
    assert!(d[0]
        .message
        .contains("行政诉讼（未经复议直接起诉+复议后起诉）“结果纠正”为 5"));

    let d = t43(&report(HUAIAN, "行政复议350件。"));
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells[1], "table4.review.total");
    assert!(d[0].message.contains("为 351"));
}

#[test]
fn all_upheld_claim() {
    // 上海 2019: "复议7件，诉讼9件，均获维持" — but 2 reviews and 1 suit were still pending.
    let shanghai = [[5, 0, 0, 2, 7], [8, 0, 0, 1, 9], [0, 0, 0, 0, 0]];
    let text = "信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录。";
    let d = t43(&report(shanghai, text));
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(
        d[0].cells,
        ["narrative.overview_on_request", "table4.review.pending"]
    );
    assert!(d[0].message.contains("均获维持") && d[0].message.contains("“尚未审结”为 2"));
    assert_eq!(
        d[1].cells,
        [
            "narrative.overview_on_request",
            "table4.litigation_direct.pending",
            "table4.litigation_after_review.pending"
        ]
    );
    let upheld = [[7, 0, 0, 0, 7], [9, 0, 0, 0, 9], [0, 0, 0, 0, 0]];
    assert!(t43(&report(upheld, text)).is_empty());
}

#[test]
fn zero_statements_and_empty_table() {
    let zero = [[0; 5]; 3];
    let text = "全年未发生政府信息公开行政复议、行政诉讼情况。";
    assert!(t43(&report(zero, text)).is_empty());
    let d = t43(&report([[1, 0, 0, 0, 1], [0; 5], [0; 5]], text));
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells[1], "table4.review.total");
    let mut blank = Report::for_year(2021);
    blank.set_text("overview_on_request", "行政复议3件。");
    assert!(t43(&blank).is_empty());
}
