//! T2-3: table 二 figures in the 主动公开 text against table 二.

use report_domain::{validate, Cell, Decimal, Diagnostic, Report};

fn t23(r: &Report) -> Vec<Diagnostic> {
    validate(r, None)
        .into_iter()
        .filter(|d| d.code == "T2-3")
        .collect()
}

/// 淮安 2024's table 二.
fn huaian(text: &str) -> Report {
    let mut r = Report::for_year(2024);
    for (a, v) in [
        ("table2.regulations.issued", 1),
        ("table2.regulations.repealed", 0),
        ("table2.regulations.in_force", 11),
        ("table2.normative_documents.issued", 8),
        ("table2.normative_documents.repealed", 26),
        ("table2.normative_documents.in_force", 66),
        ("table2.licensing.decisions", 447228),
        ("table2.penalty.decisions", 3985758),
        ("table2.coercion.decisions", 88283),
    ] {
        r.set(a, Cell::Int(v));
    }
    r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("96171.6").unwrap()),
    );
    r.set_text("overview_proactive", text);
    r
}

#[test]
fn documents_by_verb_and_row() {
    let ok = "2024  年，市政府网站主动公开各类政府信息 5500余条，全年新增公开市政府规章    1件、市政府及市政府办政策性文件   11件。本年制发行政规范性文件8件，废止26件，现行有效66件。";
    assert!(t23(&huaian(ok)).is_empty(), "{:?}", t23(&huaian(ok)));
    let d = t23(&huaian(
        "本年制发行政规范性文件8件，废止25件，现行有效66件。",
    ));
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].cells,
        [
            "narrative.overview_proactive",
            "table2.normative_documents.repealed"
        ]
    );
    assert!(
        d[0].message.contains("“废止25件”（25 件）"),
        "{}",
        d[0].message
    );
    assert!(
        d[0].message.contains("行政规范性文件 / 本年废止件数”为 26"),
        "{}",
        d[0].message
    );
}

#[test]
fn decisions_and_fees() {
    let ok =
        "全年作出行政许可447228件、行政处罚3985758件、行政强制88283件，行政事业性收费96171.6万元。";
    assert!(t23(&huaian(ok)).is_empty(), "{:?}", t23(&huaian(ok)));
    let d = t23(&huaian(
        "全年作出行政处罚3985757件，行政事业性收费96170万元。",
    ));
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].cells[1], "table2.penalty.decisions");
    assert_eq!(d[1].cells[1], "table2.fees.amount");
    assert!(d[1].message.contains("96171.6 万元"), "{}", d[1].message);
    // Rounded or truncated to the figure's precision, or written in 元, the same fee holds.
    assert!(t23(&huaian("行政事业性收费96172万元。")).is_empty());
    assert!(t23(&huaian("行政事业性收费96171万元。")).is_empty());
    assert!(t23(&huaian("行政事业性收费961716000元。")).is_empty());
    assert_eq!(t23(&huaian("行政事业性收费9.6万元。")).len(), 1);
}

#[test]
fn blank_table_and_other_parts_are_not_compared() {
    let mut r = Report::for_year(2021);
    r.set_text("overview_proactive", "制发规章3件。");
    assert!(t23(&r).is_empty());
    let mut r = huaian("");
    r.set_text("overview_platform", "刊登部门规范性文件45件。");
    assert!(t23(&r).is_empty());
}

#[test]
fn format_2019_reads_made_or_published() {
    let mut r = Report::for_year(2019);
    r.set("table2.regulations.made", Cell::Int(13));
    r.set("table2.regulations.published", Cell::Int(12));
    r.set_text("overview_proactive", "主动公开规章12件。");
    assert!(t23(&r).is_empty());
    r.set_text("overview_proactive", "主动公开规章14件。");
    let d = t23(&r);
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].cells[1..],
        ["table2.regulations.made", "table2.regulations.published"]
    );
}

/// A figure that names no verb ("规范性文件12件") is 制发 or 现行有效; a blank 现行有效 (an
/// ambiguous import) neither agrees nor silences the check when 制发 disagrees: reported with
/// both readings. Beside it, a figure 制发 agrees with stays silent.
#[test]
fn a_blank_in_force_cell_does_not_silence_the_other_reading() {
    let mut r = huaian("目前共有行政规范性文件12件。");
    r.set("table2.normative_documents.in_force", Cell::Blank);
    let d = t23(&r);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].message.contains("本年制发件数”为 8"),
        "{}",
        d[0].message
    );
    assert!(
        d[0].message.contains("现行有效件数”为 空白"),
        "{}",
        d[0].message
    );
    assert!(d[0]
        .cells
        .contains(&"table2.normative_documents.in_force".to_string()));
    let mut ok = huaian("目前共有行政规范性文件8件。");
    ok.set("table2.normative_documents.in_force", Cell::Blank);
    assert!(t23(&ok).is_empty(), "{:?}", t23(&ok));
    // With 现行有效 filled, either reading may agree.
    assert!(t23(&huaian("目前共有行政规范性文件66件。")).is_empty());
}
