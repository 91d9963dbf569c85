//! Importing a saved web page (site chrome, `<table>` with rowspan/colspan, entities, scripts)
//! checked cell by cell against a hand-written answer key, with its notes.

mod import_common;

use import_common::assert_matches_key;
use report_domain::model::LabelDeviation;
use report_domain::{import, InputKind};

const PAGE: &str = include_str!("fixtures/jiangbei-2022.html");

#[test]
fn every_cell_matches_the_answer_key() {
    let imported = import(PAGE, InputKind::Auto).unwrap();
    assert_matches_key(
        &imported.report,
        include_str!("fixtures/answers/jiangbei-2022.json"),
    );
    // The file-name hint gives the same result.
    let hinted = import(PAGE, InputKind::from_file_name("报告.HTM")).unwrap();
    assert_eq!(hinted, imported);
}

#[test]
fn notes_and_import_record() {
    let imported = import(PAGE, InputKind::Html).unwrap();
    assert_eq!(
        imported.notes,
        [
            "已识别：江北县自然资源局 2022 年度报告；表格格式：2021年版（依据表格栏目判断）",
            "六个部分的标题均已找到",
            "标题与第一部分之间的引言已导入",
            "表格共 200 个单元格，读到数值 199 个",
            "表四“行政诉讼 · 复议后起诉 / 尚未审结”：“/”按空白处理；没有数据请填写 0",
            "标签与官方表述不一致：“1.本机关不掌握相关的政府信息”（官方：“1.本机关不掌握相关政府信息”）",
        ]
    );
    let o = imported.report.origin.as_ref().unwrap();
    assert_eq!(o.source, "html");
    assert_eq!(
        o.labels,
        [LabelDeviation {
            address: "table3.unavailable_1".into(),
            found: "1.本机关不掌握相关的政府信息".into(),
            official: "1.本机关不掌握相关政府信息".into(),
        }]
    );
    assert_eq!(o.headings.len(), 6);
    assert_eq!(
        imported.report.text("intro"),
        "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2022年1月1日至12月31日。"
    );
}

#[test]
fn text_without_chrome_scripts_or_entities() {
    let r = import(PAGE, InputKind::Html).unwrap().report;
    assert_eq!(
        r.text("overview"),
        "2022年，我局认真贯彻落实《条例》，扎实推进政府信息公开工作。"
    );
    assert_eq!(
        r.text("overview_proactive"),
        "全年在县政府门户网站主动公开信息236条，其中政策文件2件。"
    );
    assert_eq!(
        r.text("overview_platform"),
        "优化“自然资源”专栏，及时更新。"
    );
    assert_eq!(r.text("other_matters"), "本年度未收取信息处理费。");
    assert!(r.text("problems").starts_with("一是政策解读形式较为单一"));
}
