//! A Word .docx in the official layout — tables with merged header cells (w:gridSpan across
//! columns, w:vMerge down rows) and merged group labels in table 三 — written here with a real
//! zip writer (the `zip` crate, deflate) and imported cell-exact through `import_bytes`; a
//! damaged or foreign archive gives the Chinese message.

mod import_common;

use std::collections::BTreeMap;
use std::io::Write;

use import_common::cell_differences;
use report_domain::format;
use report_domain::format::{BlockDef, FormatId, Layout, TableDef};
use report_domain::import::{import_bytes, ImportError, InputKind};

/// How a cell is merged.
#[derive(Clone, Copy)]
enum Merge {
    None,
    /// First cell of a vertical merge.
    Start,
    /// A cell covered by the merge above.
    Cont,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn tc(text: &str, span: usize, merge: Merge) -> String {
    let mut pr = String::new();
    if span > 1 {
        pr.push_str(&format!("<w:gridSpan w:val=\"{span}\"/>"));
    }
    match merge {
        Merge::Start => pr.push_str("<w:vMerge w:val=\"restart\"/>"),
        Merge::Cont => pr.push_str("<w:vMerge/>"),
        Merge::None => {}
    }
    let body = if text.is_empty() {
        "<w:p/>".to_string()
    } else {
        // Runs split like Word does, with a soft break inside long labels.
        let (a, b) = text.split_at(
            text.char_indices()
                .nth(text.chars().count() / 2)
                .map_or(0, |(i, _)| i),
        );
        format!(
            "<w:p><w:r><w:t>{}</w:t></w:r><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            esc(a),
            esc(b)
        )
    };
    format!("<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>")
}

fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

fn para(text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>",
        esc(text)
    )
}

fn figure(ti: usize, bi: usize, ri: usize, ci: usize) -> i64 {
    (ti as i64 + 1) * 1000 + (bi as i64) * 100 + (ri as i64 + 1) * 10 + ci as i64 + 1
}

/// Table 二: per block a caption row across the table, a header row, the rows; one-column
/// blocks span their value over the three value columns.
fn table2(ti: usize, t: &TableDef, want: &mut BTreeMap<String, String>) -> String {
    let mut rows = Vec::new();
    for (bi, b) in t.blocks.iter().enumerate() {
        let n = b.columns.len();
        let span = 3 / n.max(1);
        rows.push(tr(&[tc(b.caption.unwrap_or(""), 4, Merge::None)]));
        let mut head = vec![tc(b.label_header.unwrap_or("信息内容"), 1, Merge::None)];
        head.extend(b.columns.iter().map(|c| tc(c.label, span, Merge::None)));
        rows.push(tr(&head));
        for (ri, r) in b.rows.iter().enumerate() {
            let mut cells = vec![tc(r.label, 1, Merge::None)];
            for (ci, c) in b.columns.iter().enumerate() {
                let v = figure(ti, bi, ri, ci).to_string();
                want.insert(format!("{}.{}.{}", t.key, r.key, c.key), v.clone());
                cells.push(tc(&v, span, Merge::None));
            }
            rows.push(tr(&cells));
        }
    }
    format!("<w:tbl>{}</w:tbl>", rows.concat())
}

/// Table 三: the three-row merged header, group labels merged down their rows.
fn table3(ti: usize, t: &TableDef, b: &BlockDef, want: &mut BTreeMap<String, String>) -> String {
    let mut rows = Vec::new();
    let corner = t
        .corner
        .unwrap_or("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    let n = b.columns.len();
    rows.push(tr(&[
        tc(corner, 3, Merge::Start),
        tc(t.column_super.unwrap_or("申请人情况"), n, Merge::None),
    ]));
    rows.push(tr(&[
        tc("", 3, Merge::Cont),
        tc(b.columns[0].label, 1, Merge::Start),
        tc("法人或其他组织", n - 2, Merge::None),
        tc(b.columns[n - 1].label, 1, Merge::Start),
    ]));
    let mut third = vec![tc("", 3, Merge::Cont), tc("", 1, Merge::Cont)];
    third.extend(
        b.columns[1..n - 1]
            .iter()
            .map(|c| tc(c.label, 1, Merge::None)),
    );
    third.push(tc("", 1, Merge::Cont));
    rows.push(tr(&third));
    let mut open: Vec<&str> = Vec::new();
    for (ri, r) in b.rows.iter().enumerate() {
        let mut cells = Vec::new();
        for (depth, g) in r.groups.iter().enumerate() {
            let merge = if open.get(depth) == Some(g) {
                Merge::Cont
            } else {
                open.truncate(depth);
                open.push(g);
                Merge::Start
            };
            cells.push(tc(
                if matches!(merge, Merge::Start) { g } else { "" },
                1,
                merge,
            ));
        }
        open.truncate(r.groups.len());
        cells.push(tc(r.label, 3 - r.groups.len(), Merge::None));
        for (ci, c) in b.columns.iter().enumerate() {
            let v = figure(ti, 0, ri, ci).to_string();
            want.insert(format!("{}.{}.{}", t.key, r.key, c.key), v.clone());
            cells.push(tc(&v, 1, Merge::None));
        }
        rows.push(tr(&cells));
    }
    format!("<w:tbl>{}</w:tbl>", rows.concat())
}

/// Table 四: 行政复议 / 行政诉讼 over their columns, the two kinds of suit, the results.
fn table4(ti: usize, t: &TableDef, want: &mut BTreeMap<String, String>) -> String {
    let b = &t.blocks[0];
    let cols = b.columns.len();
    let rows = [
        tr(&[
            tc("行政复议", cols, Merge::None),
            tc("行政诉讼", cols * 2, Merge::None),
        ]),
        tr(&[
            tc("", cols, Merge::None),
            tc("未经复议直接起诉", cols, Merge::None),
            tc("复议后起诉", cols, Merge::None),
        ]),
        tr(&(0..3)
            .flat_map(|_| b.columns.iter().map(|c| tc(c.label, 1, Merge::None)))
            .collect::<Vec<_>>()),
        tr(&b
            .rows
            .iter()
            .enumerate()
            .flat_map(|(ri, r)| {
                b.columns
                    .iter()
                    .enumerate()
                    .map(move |(ci, c)| (ri, r, ci, c))
            })
            .map(|(ri, r, ci, c)| {
                let v = figure(ti, 0, ri, ci).to_string();
                want.insert(format!("{}.{}.{}", t.key, r.key, c.key), v.clone());
                tc(&v, 1, Merge::None)
            })
            .collect::<Vec<_>>()),
    ];
    format!("<w:tbl>{}</w:tbl>", rows.concat())
}

fn document(want: &mut BTreeMap<String, String>) -> String {
    let f = format(FormatId::F2021);
    let mut body = para("郑县交通运输局2023年政府信息公开工作年度报告");
    body.push_str(&para("一、总体情况"));
    body.push_str(&para(
        "2023年，本局认真贯彻落实《条例》，主动公开信息120条。",
    ));
    for (section, heading) in [
        ("二", "二、主动公开政府信息情况"),
        ("三", "三、收到和处理政府信息公开申请情况"),
        ("四", "四、政府信息公开行政复议、行政诉讼情况"),
    ] {
        body.push_str(&para(heading));
        for (ti, t) in f
            .tables
            .iter()
            .enumerate()
            .filter(|(_, t)| t.section == section)
        {
            body.push_str(&match (section, t.layout) {
                (_, Layout::Transposed) => table4(ti, t, want),
                ("三", _) => table3(ti, t, &t.blocks[0], want),
                _ => table2(ti, t, want),
            });
        }
    }
    body.push_str(&para("五、政府信息公开工作存在的主要问题及改进情况"));
    body.push_str(&para("公开不够及时。"));
    body.push_str(&para("六、其他需要报告的事项"));
    body.push_str(&para("本年度未收取信息处理费。"));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
    )
}

fn docx(document_xml: &str) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        z.start_file("[Content_Types].xml", stored).unwrap();
        z.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").unwrap();
        z.start_file("word/document.xml", deflated).unwrap();
        z.write_all(document_xml.as_bytes()).unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn a_word_file_with_merged_header_cells_imports_exactly() {
    let mut want = BTreeMap::new();
    let xml = document(&mut want);
    assert!(xml.contains("w:gridSpan") && xml.contains("w:vMerge w:val=\"restart\""));
    let bytes = docx(&xml);
    assert_eq!(&bytes[..2], b"PK");
    let imported = import_bytes(&bytes, InputKind::Auto).expect("imports");
    assert_eq!(
        cell_differences(&imported.report, &want),
        Vec::<String>::new(),
        "{:?}",
        imported.notes
    );
    assert_eq!(want.len(), 200);
    let r = &imported.report;
    assert_eq!(r.meta.agency, "郑县交通运输局");
    assert_eq!(r.meta.year, Some(2023));
    assert_eq!(r.origin.as_ref().unwrap().source, "docx");
    assert!(r.origin.as_ref().unwrap().uncertain.is_empty());
    assert_eq!(r.text("problems"), "公开不够及时。");
}

#[test]
fn damaged_and_foreign_archives_are_named() {
    let mut want = BTreeMap::new();
    let bytes = docx(&document(&mut want));
    // Cut short: the directory at the end is gone.
    let cut = &bytes[..bytes.len() / 2];
    let mut cut = cut.to_vec();
    cut.extend_from_slice(b"word/document.xml");
    match import_bytes(&cut, InputKind::Auto) {
        Err(ImportError::Docx(why)) => assert_eq!(why, "压缩结构损坏"),
        other => panic!("{other:?}"),
    }
    let e = import_bytes(b"PK\x03\x04 xl/workbook.xml", InputKind::Auto).unwrap_err();
    assert_eq!(e, ImportError::NotDocx);
    assert!(e.message().contains("旧版 Word（.doc）"));
    // Every prefix of a real file: an error or a report, never a panic.
    for n in (0..bytes.len()).step_by(97) {
        let _ = import_bytes(&bytes[..n], InputKind::Auto);
    }
}
