//! The 引言 (the paragraph before 一、总体情况, issue 21): a narrative part of its own, kept by
//! the JSON (and absent from older files, which still load), printed untitled between the title
//! and 一, written under the title in the CSV, and filled by the import from a published text.

use report_domain::format::{FORMAT_2019, FORMAT_2021, INTRO};
use report_domain::import::{import, InputKind};
use report_domain::{report_body_html, tables_csv, Report};

mod common;
use common::{csv_rows, seed};

const INTRO_TEXT: &str =
    "本报告根据《中华人民共和国政府信息公开条例》编制，内容包括总体情况等六个部分。\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。";

#[test]
fn both_formats_have_the_intro_first_among_their_parts() {
    for f in [&FORMAT_2021, &FORMAT_2019] {
        assert_eq!(f.parts().next().map(|p| p.key), Some("intro"));
        assert_eq!(f.intro.key, INTRO.key);
        assert_eq!(f.intro.heading, None);
    }
}

#[test]
fn the_intro_round_trips_through_json() {
    let mut r = seed();
    r.set_text("intro", INTRO_TEXT);
    let json = r.to_json_string();
    assert!(json.contains("\"intro\""));
    let back = Report::from_json_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.text("intro"), INTRO_TEXT);
    assert_eq!(back, r);
    assert_eq!(back.to_json_string(), json);
}

#[test]
fn an_older_draft_without_the_intro_still_loads() {
    let old = r#"{"schema_version":2,"format":"2021","meta":{"agency":"郑县商务局","year":2021},"narrative":{"overview":"总体"}}"#;
    let r = Report::from_json_str(old).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.text("intro"), "");
    assert_eq!(r.text("overview"), "总体");
    // Written as version 2 with the key anyway: read with it, never lost.
    let claimed = r#"{"schema_version":2,"format":"2021","narrative":{"intro":"x"}}"#;
    assert_eq!(
        Report::from_json_str(claimed).map(|r| r.text("intro").to_string()),
        Ok("x".into())
    );
}

#[test]
fn the_intro_is_printed_untitled_between_the_title_and_section_one() {
    let mut r = seed();
    r.set_text("intro", INTRO_TEXT);
    let html = report_body_html(&r);
    let title = html.find("</h1>").expect("title");
    let first = html.find("本报告根据").expect("intro printed");
    let one = html
        .find("<section data-section=\"overview\"")
        .expect("section 一");
    assert!(title < first && first < one);
    // A paragraph a line, no heading of its own.
    assert_eq!(html.matches("<p data-part=\"intro\">").count(), 2);
    assert!(!html.contains("引言"));
    // Without one, nothing is printed.
    assert!(!report_body_html(&seed()).contains("data-part=\"intro\""));
}

#[test]
fn the_csv_has_the_intro_under_the_title() {
    let mut r = seed();
    r.set_text("intro", INTRO_TEXT);
    let rows = csv_rows(&tables_csv(&r));
    assert_eq!(rows[1], vec!["引言".to_string(), INTRO_TEXT.to_string()]);
    let without = csv_rows(&tables_csv(&seed()));
    assert_ne!(without[1].first().map(String::as_str), Some("引言"));
}

/// A published report as pasted text: the portal's chrome, the title, the 引言, the sections.
fn published(intro: &str) -> String {
    [
        "首页 > 政务公开 > 年度报告",
        "发布时间：2023-01-20 来源：某县统计局 字号：大 中 小",
        "某县统计局2022年政府信息公开工作年度报告",
        intro,
        "一、总体情况",
        "2022年，我局认真贯彻落实条例。",
        "五、存在的主要问题及改进情况",
        "人员不足。",
        "六、其他需要报告的事项",
        "本机关未收取信息处理费。",
    ]
    .join("\n")
}

#[test]
fn the_import_reads_the_intro_and_leaves_the_chrome_before_it() {
    let got = import(&published(INTRO_TEXT), InputKind::Text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(got.report.text("intro"), INTRO_TEXT);
    assert_eq!(
        got.report.text("overview"),
        "2022年，我局认真贯彻落实条例。"
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n == "标题与第一部分之间的引言已导入"),
        "{:?}",
        got.notes
    );
}

#[test]
fn text_before_section_one_that_is_no_intro_is_not_imported_as_one() {
    let got = import(&published("扫一扫在手机打开当前页"), InputKind::Text)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(got.report.text("intro"), "");
}
