//! Importing the seed (tab-separated tables, label drift, half-width brackets) checked cell by
//! cell against a hand-written answer key, with the notes the import gives.

mod import_common;

use import_common::{assert_matches_key, import_fixture};
use report_domain::model::LabelDeviation;
use report_domain::{validate, Report};

const FILE: &str = include_str!("../../../tests/fixtures/seed-2021-county-commerce-bureau.txt");

#[test]
fn every_cell_matches_the_answer_key() {
    let imported = import_fixture(FILE);
    assert_matches_key(
        &imported.report,
        include_str!("fixtures/answers/seed-2021.json"),
    );
}

#[test]
fn notes_and_import_record() {
    let imported = import_fixture(FILE);
    assert_eq!(
        imported.notes,
        [
            "已识别：商务局 2021 年度报告；表格格式：2021年版（依据表格栏目判断）",
            "六个部分的标题均已找到",
            "表格共 200 个单元格，读到数值 200 个",
            "标签与官方表述不一致：“本年收费金额(单位:万元,保留4位小数)”（官方：“本年收费金额（单位：万元）”）",
            "标签与官方表述不一致：“2.其他法律法规禁止公开”（官方：“2.其他法律行政法规禁止公开”）",
        ]
    );
    let o = imported.report.origin.as_ref().unwrap();
    assert_eq!(o.source, "text");
    assert_eq!(o.notes, imported.notes);
    assert!(o.uncertain.is_empty());
    assert_eq!(
        o.labels,
        [
            LabelDeviation {
                address: "table2.fees.amount".into(),
                found: "本年收费金额(单位:万元,保留4位小数)".into(),
                official: "本年收费金额（单位：万元）".into(),
            },
            LabelDeviation {
                address: "table3.withheld_2".into(),
                found: "2.其他法律法规禁止公开".into(),
                official: "2.其他法律行政法规禁止公开".into(),
            },
        ]
    );
    let sections: Vec<&str> = o.headings.iter().map(|h| h.section.as_str()).collect();
    assert_eq!(
        sections,
        [
            "overview",
            "proactive",
            "requests",
            "appeals",
            "problems",
            "other_matters"
        ]
    );
    assert_eq!(o.headings[4].text, "五、存在的主要问题及改进情况");
}

#[test]
fn narrative_is_split_by_the_themed_sub_headings() {
    let r = import_fixture(FILE).report;
    assert!(r.text("overview").starts_with("2021年,县商务局紧紧围绕"));
    assert!(r.text("overview").ends_with("服务作用。"));
    assert_eq!(
        r.text("overview_on_request"),
        "我局认真履行政府信息公开申请受理义务,不断完善规范依申请公开的受理、审查、处理、答复程序。2021年,我局接到依申请公开件2件。"
    );
    assert!(r
        .text("overview_proactive")
        .ends_with("全年利用微信发布信息275条。"));
    assert!(r
        .text("overview_management")
        .starts_with("一是认真贯彻落实"));
    assert!(r
        .text("overview_platform")
        .starts_with("持续加大主动公开信息量"));
    assert!(r
        .text("overview_oversight")
        .starts_with("明确各股室工作职责"));
    assert!(r
        .text("problems")
        .starts_with("2021年,县商务局信息公开工作虽然"));
    assert_eq!(
        r.text("other_matters"),
        "按照《国务院办公厅关于印发政府信息公开信息处理费管理办法的通知》(国办函〔2020〕109号)规定,我单位2021年未收取信息处理费。"
    );
}

#[test]
fn the_imported_seed_equals_the_hand_made_json_seed_in_every_cell() {
    let imported = import_fixture(FILE).report;
    let json = Report::from_json_str(report_domain::sample::SAMPLE_JSON).unwrap();
    assert_eq!(imported.format, json.format);
    assert_eq!(imported.cells, json.cells);
    // The imported report goes through the same rules as one typed in.
    let _ = validate(&imported, None);
}
