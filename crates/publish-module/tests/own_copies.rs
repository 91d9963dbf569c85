//! Our own published copies read back: the HTML and the .docx of any report import as that
//! exact report (text and all), for random reports of both formats; a copy edited by hand after
//! export is read through its tables and says so.

use std::io::{Read, Write};

use proptest::prelude::*;
use report_domain::format::{format, CellKind, FormatId};
use report_domain::import::{import, import_bytes, InputKind};
use report_domain::{report_html, Cell, Decimal, Report};
use report_publish::render_docx;

mod common;
use common::sample;

/// A random report: either format, any cell blank or a figure, any text (markup characters,
/// quotes, blank lines, spaces around lines) in any part.
fn report() -> impl Strategy<Value = Report> {
    let text = prop::collection::vec(
        prop::sample::select(vec![
            "本机关",
            "收到申请",
            "12件",
            "<b>",
            "&amp;",
            "\"引号\"",
            "'",
            "\n",
            "\n\n",
            "  ",
            "一、总体情况",
            "（一）",
            "</script>",
            "表",
            "😀",
        ]),
        0..12,
    )
    .prop_map(|v| v.concat());
    (
        prop::bool::ANY,
        "[一-龥]{0,12}",
        prop::option::of(2019i32..2030),
        prop::collection::vec(prop::option::of(0i64..100_000), 200),
        prop::collection::vec(text, 12),
    )
        .prop_map(|(f2019, agency, year, values, texts)| {
            let id = if f2019 {
                FormatId::F2019
            } else {
                FormatId::F2021
            };
            let mut r = Report::new(id);
            r.meta.agency = agency;
            r.meta.year = year;
            let f = format(id);
            for (i, info) in f.index().cells.iter().enumerate() {
                r.cells[i] = match (values[i % values.len()], info.kind) {
                    (None, _) => Cell::Blank,
                    (Some(v), CellKind::Amount) => {
                        Cell::Amount(Decimal::parse(&format!("{v}.5")).expect("amount"))
                    }
                    (Some(v), _) => Cell::Int(v),
                };
            }
            for (p, t) in f.parts().zip(texts) {
                r.set_text(p.key, t);
            }
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn our_docx_imports_as_the_exact_report(r in report()) {
        let back = import_bytes(&render_docx(&r), InputKind::Auto).expect("imports");
        prop_assert_eq!(&back.report, &r);
        prop_assert!(back.notes[0].contains("内容未经改动"), "{:?}", back.notes);
    }

    #[test]
    fn our_html_imports_as_the_exact_report(r in report()) {
        let back = import(&report_html(&r), InputKind::Auto).expect("imports");
        prop_assert_eq!(&back.report, &r);
        prop_assert!(back.notes[0].contains("内容未经改动"), "{:?}", back.notes);
    }
}

/// The package with one part's text changed, written again by a real zip writer.
fn edit_docx(docx: &[u8], name: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("member");
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("read");
        let member = f.name().expect("member name").to_string();
        if member == name {
            data = edit(&String::from_utf8(data).expect("utf-8")).into_bytes();
        }
        out.start_file(member, options).expect("start");
        out.write_all(&data).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

#[test]
fn a_docx_edited_after_export_is_read_through_its_tables() {
    let r = sample();
    let before = r.get("table3.new.natural").expect("cell").display();
    let changed = format!("{}", before.parse::<i64>().expect("a figure") + 1000);
    // The first cell of table 三's body showing that figure, in the row 一、本年新收….
    let docx = edit_docx(&render_docx(&r), "word/document.xml", |xml| {
        let row = xml.find("一、本年新收").expect("row");
        let at = row + xml[row..].find(&format!(">{before}<")).expect("figure");
        format!("{}>{changed}<{}", &xml[..at], &xml[at + before.len() + 2..])
    });
    let back = import_bytes(&docx, InputKind::Auto).expect("imports");
    assert!(back.notes[0].contains("被修改过"), "{:?}", back.notes);
    assert_eq!(
        back.report
            .get("table3.new.natural")
            .expect("cell")
            .display(),
        changed
    );
}

#[test]
fn an_html_edited_after_export_is_read_through_its_tables() {
    let r = sample();
    let html = report_html(&r);
    let before = r.get("table3.new.natural").expect("cell").display();
    let cell = format!("data-cell=\"table3.new.natural\">{before}<");
    assert!(html.contains(&cell));
    let edited = html.replace(&cell, "data-cell=\"table3.new.natural\">1234<");
    let back = import(&edited, InputKind::Auto).expect("imports");
    assert!(back.notes[0].contains("被修改过"), "{:?}", back.notes);
    assert_eq!(
        back.report
            .get("table3.new.natural")
            .expect("cell")
            .display(),
        "1234"
    );
    // A page whose data block was edited (the figures no longer give the 校验码) too.
    let data = html.replace("\"natural\":", "\"natural\":9");
    let back = import(&data, InputKind::Auto).expect("imports");
    assert!(back.notes[0].contains("被修改过"), "{:?}", back.notes);
}
