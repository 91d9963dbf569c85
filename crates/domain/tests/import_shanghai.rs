//! Importing 上海 2019 (2019-format tables, merged cells expanded to empty cells, a blank 总计
//! column) checked cell by cell against a hand-written answer key: blank stays blank.

mod import_common;

use import_common::{assert_matches_key, import_fixture};
use report_domain::{FormatId, ReportKind};

const FILE: &str = include_str!("../../../tests/fixtures/2019-shanghai-format2019.txt");

#[test]
fn every_cell_matches_the_answer_key() {
    let imported = import_fixture(FILE);
    assert_eq!(imported.report.format, FormatId::F2019);
    assert_matches_key(
        &imported.report,
        include_str!("fixtures/answers/shanghai-2019.json"),
    );
}

#[test]
fn notes_and_import_record() {
    let imported = import_fixture(FILE);
    assert_eq!(
        imported.notes,
        [
            "已识别：上海市人民政府办公厅 2019 年度报告；表格格式：2019年版（试行）（依据表格栏目判断）",
            "六个部分的标题均已找到",
            "标题与第一部分之间的说明文字（及网页栏目文字）未导入",
            "表格共 198 个单元格，读到数值 63 个",
            "表二“政府集中采购 / 采购总金额”原文为“251000元”，已导入数值 251000（单位以原文为准）",
        ]
    );
    let o = imported.report.origin.as_ref().unwrap();
    assert!(o.labels.is_empty(), "{:?}", o.labels);
    assert!(o.uncertain.is_empty());
    // The padded heading is kept as printed for S-1.
    assert_eq!(o.headings[4].section, "problems");
    assert_eq!(
        o.headings[4].text,
        "五、政府信息公开工作存在的主要问题及改进情况"
    );
    assert_eq!(imported.report.meta.kind, ReportKind::Department);
}

#[test]
fn narrative_parts() {
    let r = import_fixture(FILE).report;
    assert!(r
        .text("overview")
        .starts_with("2019年，上海市人民政府办公厅坚持"));
    assert!(r
        .text("overview_on_request")
        .contains("共受理政府信息公开申请859件"));
    assert!(r
        .text("overview_platform")
        .starts_with("全面推进政府网站集约化平台建设"));
    assert!(r
        .text("overview_oversight")
        .starts_with("充分发挥考核促进工作的良性作用"));
    assert!(r
        .text("problems")
        .starts_with("（一）主要问题\n一是新《条例》实施后"));
    assert_eq!(r.text("other_matters"), "无。");
}
