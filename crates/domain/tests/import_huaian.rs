//! Importing 淮安 2024 PDF layout text (space-aligned columns, wrapped labels, page numbers,
//! "1、" numbering) checked cell by cell against a hand-written answer key, with its notes.

mod import_common;

use import_common::{assert_matches_key, import_fixture};
use report_domain::ReportKind;

const FILE: &str = include_str!("../../../tests/fixtures/2024-huaian-pdf-layout.txt");

#[test]
fn every_cell_matches_the_answer_key() {
    let imported = import_fixture(FILE);
    assert_matches_key(
        &imported.report,
        include_str!("fixtures/answers/huaian-2024.json"),
    );
}

#[test]
fn notes_and_import_record() {
    let imported = import_fixture(FILE);
    assert_eq!(
        imported.notes,
        [
            "已识别：淮安市人民政府 2024 年度报告；表格格式：2021年版（依据表格栏目判断）",
            "六个部分的标题均已找到",
            "标题与第一部分之间的引言已导入",
            "表格共 200 个单元格，读到数值 200 个",
        ]
    );
    let o = imported.report.origin.as_ref().unwrap();
    assert_eq!(o.source, "pdf-text");
    assert!(o.labels.is_empty(), "{:?}", o.labels);
    assert!(o.uncertain.is_empty());
    assert_eq!(imported.report.meta.kind, ReportKind::Government);
    // The 引言 between the title and 一、, its wrapped lines joined.
    assert!(imported
        .report
        .text("intro")
        .starts_with("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》"));
    assert!(imported
        .report
        .text("intro")
        .ends_with("电子邮箱：hazwgkc@163.com）。"));
}

#[test]
fn wrapped_lines_and_page_numbers_are_undone_in_the_text() {
    let r = import_fixture(FILE).report;
    assert_eq!(
        r.text("overview"),
        "2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大和二十届二中、三中全会精神，按照党中央国务院、省委省政府决策部署和市委工作要求，严格落实《中华人民共和国政府信息公开条例》各项规定，圆满完成了各项任务。"
    );
    assert!(r
        .text("overview_on_request")
        .contains("全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）"));
    // The page number "-1-" between two lines of one sentence is gone.
    assert!(r
        .text("overview_proactive")
        .contains("“建设‘四最’一流营商环境高质量推进产业发展”"));
    assert!(r
        .text("problems")
        .contains("需要加强和改进的地方。主要表现在"));
    assert!(!r.text("problems").contains("-5"));
    assert!(r
        .text("other_matters")
        .ends_with("全年收取政府信息公开信息处理费3940元。"));
}
