//! Importing the 淮安 2024 PDF through the PDF path: the text runs pdf.js extracted from
//! `tests/fixtures/2024-huaian.pdf` (with their positions, as `js/pdf-runs.js` returns them;
//! regenerate with `node scripts/pdf-runs.mjs tests/fixtures/2024-huaian.pdf`), tables rebuilt
//! from the positions, checked cell by cell against the same answer key as the layout text.

mod import_common;

use import_common::assert_matches_key;
use report_domain::import::{import_placed, placed_to_text, ImportError, PlacedText};

const RUNS: &str = include_str!("fixtures/huaian-2024-pdf-runs.json");

fn runs() -> Vec<PlacedText> {
    serde_json::from_str(RUNS).expect("runs fixture")
}

#[test]
fn every_cell_matches_the_answer_key() {
    let imported = import_placed(&runs()).expect("imports");
    assert_matches_key(
        &imported.report,
        include_str!("fixtures/answers/huaian-2024.json"),
    );
    assert_eq!(imported.report.meta.agency, "淮安市人民政府");
    assert_eq!(imported.report.meta.year, Some(2024));
    let o = imported.report.origin.as_ref().unwrap();
    assert_eq!(o.source, "pdf");
    assert!(o.uncertain.is_empty(), "{:?}", o.uncertain);
    // The same notes as the layout text: no label read wrongly (a vertical heading's characters
    // and group labels stay out of the rows' labels).
    assert!(o.labels.is_empty(), "{:?}", o.labels);
    assert!(
        imported
            .notes
            .contains(&"表格共 200 个单元格，读到数值 200 个".to_string()),
        "{:?}",
        imported.notes
    );
}

#[test]
fn figures_are_cells_never_run_together() {
    let text = placed_to_text(&runs());
    assert!(
        text.contains("一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t447\t7\t0\t0\t0\t0\t454\n"
        ),
        "{text}"
    );
}

#[test]
fn the_narrative_reads_as_paragraphs() {
    let r = import_placed(&runs()).unwrap().report;
    assert!(
        r.text("overview_on_request")
            .contains("全市共受理政府信息公开申请3119件，答复3050件"),
        "{}",
        r.text("overview_on_request")
    );
    assert!(
        r.text("other_matters")
            .ends_with("全年收取政府信息公开信息处理费3940元。"),
        "{}",
        r.text("other_matters")
    );
}

#[test]
fn a_scan_without_text_is_named() {
    let scan = vec![PlacedText {
        page: 1,
        x: 10.0,
        y: 10.0,
        width: 5.0,
        height: 10.0,
        text: "1".into(),
    }];
    let e = import_placed(&scan).unwrap_err();
    assert_eq!(e, ImportError::NoTextLayer);
    assert!(e.message().starts_with("此 PDF 没有文字层（可能是扫描件）"));
    assert_eq!(import_placed(&[]).unwrap_err(), ImportError::NoTextLayer);
}
