//! T3-6: numbers in section 一's 依申请公开 text against table 三.

use report_domain::{validate, Cell, Diagnostic, Report, Severity};

/// A 2021 report with table 三 filled: every cell 0 except the given row totals (and the
/// 自然人 column, so the row arithmetic holds).
fn report(rows: &[(&str, i64)], text: &str) -> Report {
    report_of(2021, rows, text)
}

/// [`report`] for a report year (the format follows from it).
fn report_of(year: i32, rows: &[(&str, i64)], text: &str) -> Report {
    let mut r = Report::for_year(year);
    let f = r.def();
    for c in &f.index().cells {
        if c.address.starts_with("table3.") {
            r.set(&c.address.clone(), Cell::Int(0));
        }
    }
    for (row, v) in rows {
        r.set(&format!("table3.{row}.natural"), Cell::Int(*v));
        r.set(&format!("table3.{row}.total"), Cell::Int(*v));
    }
    r.set_text("overview_on_request", text);
    r
}

fn t36(r: &Report) -> Vec<Diagnostic> {
    validate(r, None)
        .into_iter()
        .filter(|d| d.code == "T3-6")
        .collect()
}

#[test]
fn received_matches_new_or_new_plus_carried() {
    let rows = [
        ("new", 10),
        ("carry", 2),
        ("granted", 11),
        ("total", 11),
        ("forward", 1),
    ];
    assert!(t36(&report(&rows, "本年度共收到政府信息公开申请10件。")).is_empty());
    assert!(t36(&report(&rows, "本年度共受理政府信息公开申请12件。")).is_empty());
    let d = t36(&report(&rows, "本年度共收到政府信息公开申请11件。"));
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(
        d[0].cells,
        [
            "narrative.overview_on_request",
            "table3.new.total",
            "table3.carry.total"
        ]
    );
    assert!(d[0].message.contains("收到申请 11 件"), "{}", d[0].message);
    assert!(d[0].message.contains("总计为 10"), "{}", d[0].message);
    assert!(
        d[0].message.contains("新收+上年结转为 12"),
        "{}",
        d[0].message
    );
}

#[test]
fn concluded_carried_forward_and_outcomes() {
    let rows = [
        ("new", 70),
        ("granted", 27),
        ("partial", 5),
        ("withheld_7", 6),
        ("withheld_8", 1),
        ("unavailable_1", 30),
        ("total", 69),
        ("forward", 1),
    ];
    let ok = "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。其中予以公开27件，部分公开5件，不予公开7件，无法提供30件。";
    assert!(
        t36(&report(&rows, ok)).is_empty(),
        "{:?}",
        t36(&report(&rows, ok))
    );
    let bad =
        "本年度全区共收到70件申请，及时依法依规办结68件，2件结转下年度继续办理。其中不予公开6件。";
    let d = t36(&report(&rows, bad));
    assert_eq!(d.len(), 3, "{d:?}");
    assert_eq!(
        d[0].cells,
        ["narrative.overview_on_request", "table3.total.total"]
    );
    assert!(d[0].message.contains("“办结68件”") && d[0].message.contains("为 69"));
    assert_eq!(
        d[1].cells,
        ["narrative.overview_on_request", "table3.forward.total"]
    );
    assert!(d[1].message.contains("2 件") && d[1].message.contains("为 1"));
    assert_eq!(d[2].cells.len(), 9, "the eight 不予公开 rows are named");
    assert_eq!(d[2].cells[1], "table3.withheld_1.total");
    assert!(d[2].message.contains("（三）不予公开") && d[2].message.contains("合计为 7"));
}

#[test]
fn shares_are_of_the_grand_total() {
    let rows = [
        ("new", 805),
        ("granted", 272),
        ("withheld_1", 35),
        ("unavailable_1", 498),
        ("total", 805),
    ];
    // 35/805 = 4.348%: 4.34 (truncated) and 4.35 (rounded) both hold.
    let ok = "不予公开35件，占4.34%；予以公开272件，占比33.8%。";
    assert!(
        t36(&report(&rows, ok)).is_empty(),
        "{:?}",
        t36(&report(&rows, ok))
    );
    assert!(t36(&report(&rows, "不予公开35件，占4.35%。")).is_empty());
    let d = t36(&report(&rows, "不予公开35件，占5.1%。"));
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].cells.last().map(String::as_str),
        Some("table3.total.total")
    );
    assert!(
        d[0].message.contains("5.1%") && d[0].message.contains("4.35%"),
        "{}",
        d[0].message
    );
    // A share of a count already found wrong is not reported twice.
    assert_eq!(t36(&report(&rows, "不予公开36件，占4.5%。")).len(), 1);
}

#[test]
fn blank_total_column_reads_the_row_and_empty_tables_are_skipped() {
    let mut r = report(
        &[("new", 3), ("granted", 3), ("total", 3)],
        "收到申请3件，予以公开3件。",
    );
    r.set("table3.granted.total", Cell::Blank);
    assert!(t36(&r).is_empty());
    let mut blank = Report::for_year(2021);
    blank.set_text("overview_on_request", "收到申请3件。");
    assert!(t36(&blank).is_empty());
}

#[test]
fn overview_is_read_too_and_zero_statements_count() {
    let mut r = report(&[("new", 1), ("granted", 1), ("total", 1)], "");
    r.set_text(
        "overview",
        "（二）依申请公开情况\n2021年，未收到政府信息公开申请。",
    );
    let d = t36(&r);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].cells[0], "narrative.overview");
    assert!(d[0].message.contains("收到申请 0 件"));
}

/// An outcome is compared with the rows of the report's own format: 其他处理 is one row in the
/// 2019 format and three in the 2021 one (whichever format is checked first).
#[test]
fn outcome_rows_are_the_formats_own() {
    let text = "本年度收到申请3件，其他处理3件。";
    let rows = [("new", 3), ("granted", 3), ("total", 3)];
    for year in [2021, 2019, 2021] {
        let d = t36(&report_of(year, &rows, text));
        assert_eq!(d.len(), 1, "{year}: {d:?}");
        let want: &[&str] = if year == 2019 {
            &["narrative.overview_on_request", "table3.other.total"]
        } else {
            &[
                "narrative.overview_on_request",
                "table3.other_1.total",
                "table3.other_2.total",
                "table3.other_3.total",
            ]
        };
        assert_eq!(d[0].cells, want, "{year}");
    }
}

/// A row left wholly blank (an import that could not place it, a form not finished) is not
/// summed as 0: "其他处理14件" against a （六） with its rows 1. and 2. blank says nothing (found on
/// a converter's Markdown of a real report). With those rows filled, the mismatch is named.
#[test]
fn a_sum_over_a_blank_row_is_not_compared() {
    let rows = [("other_3", 4), ("total", 4)];
    let text = "其他处理14件。";
    let mut r = report(&rows, text);
    for row in ["other_1", "other_2"] {
        for c in &r.def().index().cells.clone() {
            if c.address.starts_with(&format!("table3.{row}.")) {
                r.set(&c.address, Cell::Blank);
            }
        }
    }
    assert!(t36(&r).is_empty(), "{:?}", t36(&r));
    let d = t36(&report(&rows, text));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].message.contains("合计为 4"), "{}", d[0].message);
}
