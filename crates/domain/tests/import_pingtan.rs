//! Importing the 平潭 2021 page flattened to one line (site chrome, run-together cells) checked
//! cell by cell against a hand-written answer key, with the notes the import gives.

mod import_common;

use import_common::{assert_matches_key, import_fixture};
use report_domain::model::UncertainRow;

const FILE: &str = include_str!("../../../tests/fixtures/2021-pingtan-flattened.txt");

#[test]
fn every_cell_matches_the_answer_key() {
    let imported = import_fixture(FILE);
    assert_matches_key(
        &imported.report,
        include_str!("fixtures/answers/pingtan-2021.json"),
    );
}

#[test]
fn notes_and_uncertain_rows() {
    let imported = import_fixture(FILE);
    assert_eq!(
        imported.notes,
        [
            "已识别：平潭综合实验区 2021 年度报告；表格格式：2021年版（依据表格栏目判断）",
            "六个部分的标题均已找到",
            "标题与第一部分之间的说明文字（及网页栏目文字）未导入",
            "表格共 200 个单元格，读到数值 197 个",
            "27 行连写数字只有一种有效拆分，已采用",
            "表二“行政规范性文件”行的数字“693665”有 10 种拆分，请选择（该行已留空）：6|9|3665；6|93|665；6|936|65；6|9366|5；69|3|665；69|36|65；69|366|5；693|6|65；693|66|5；6936|6|5",
            "表三“（一）予以公开”行的数字“270020130”有 2 种拆分符合本行合计，已按列间勾稽关系确定为 27|0|0|2|0|1|30",
            "表三“（四）无法提供 1.本机关不掌握相关政府信息”行的数字“220000325”有 2 种拆分符合本行合计，已按列间勾稽关系确定为 22|0|0|0|0|3|25",
            "1 行数字有多种可能的拆分，已留空，请逐行选择",
        ]
    );
    let o = imported.report.origin.as_ref().unwrap();
    assert!(o.labels.is_empty(), "{:?}", o.labels);
    assert_eq!(
        o.uncertain,
        [UncertainRow {
            row: "table2.normative_documents".into(),
            digits: "693665".into(),
            candidates: vec![
                vec![6, 9, 3665],
                vec![6, 93, 665],
                vec![6, 936, 65],
                vec![6, 9366, 5],
                vec![69, 3, 665],
                vec![69, 36, 65],
                vec![69, 366, 5],
                vec![693, 6, 65],
                vec![693, 66, 5],
                vec![6936, 6, 5],
            ],
        }]
    );
    assert_eq!(o.headings.len(), 6);
}

#[test]
fn chrome_is_left_out_of_the_text() {
    let r = import_fixture(FILE).report;
    assert!(r.text("overview").starts_with("2021年，我区以习近平新时代"));
    assert!(r.text("overview_proactive").starts_with("按照“公开为常态"));
    assert!(r
        .text("overview_on_request")
        .ends_with("1件结转下年度继续办理。"));
    assert!(r
        .text("overview_platform")
        .starts_with("按照《国务院办公厅秘书局"));
    assert!(r
        .text("overview_oversight")
        .ends_with("切实提升我区政务公开质效。"));
    assert!(r.text("problems").starts_with("（一）存在的主要问题"));
    assert_eq!(r.text("other_matters"), "2021年，无收取信息处理费情况。");
}
