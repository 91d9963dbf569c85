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

/// The 总计 column is blank in the published report's outcome rows: one T3-3 finding, with the
/// figures it should hold, not one arithmetic difference per row (11 T3-3 errors and a T3-2
/// "（七）总计填写为 805，各项办理结果之和为 0" before).
#[test]
fn the_blank_total_column_is_one_finding() {
    let r = import_fixture(FILE).report;
    let all = report_domain::validate(&r, None);
    let errors: Vec<_> = all
        .iter()
        .filter(|d| d.severity == report_domain::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d: Vec<_> = all.into_iter().filter(|d| d.code == "T3-3").collect();
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        d[0].message,
        "总计列未填写（11 行）：按各类申请人之和，应为“（一）予以公开”272，“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”3，\
         “（三）1.属于国家秘密”14，“（三）5.属于三类内部事务信息”5，“（三）6.属于四类过程性信息”4，“（三）8.属于行政查询事项”12，\
         “（四）1.本机关不掌握相关政府信息”265，“（四）2.没有现成信息需要另行制作”47，“（四）3.补正后申请内容仍不明确”25，\
         “（五）1.信访举报投诉类申请”149，“（五）2.重复申请”9"
    );
    assert_eq!(d[0].cells.len(), 11);
    assert_eq!(d[0].cells[0], "table3.granted.total");
}

/// Its section 五 heading ("五、政府信息公开工作存在的主要问题及改进情况") is a warning; no S-1
/// error, and the section's text is read by S-4 (found, not empty: no finding).
#[test]
fn the_worded_heading_is_a_warning() {
    let r = import_fixture(FILE).report;
    let d = report_domain::validate(&r, None);
    let s1: Vec<_> = d.iter().filter(|d| d.code == "S-1").collect();
    assert_eq!(s1.len(), 1, "{s1:#?}");
    assert_eq!(s1[0].severity, report_domain::Severity::Warning);
    assert_eq!(s1[0].cells, ["section.problems"]);
    assert!(!d.iter().any(|d| d.code == "S-4"));
}
