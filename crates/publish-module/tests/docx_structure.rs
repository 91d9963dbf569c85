//! The .docx opened structurally (unzipped, its XML read): the GB/T 9704 page, the styles and
//! their faces and sizes, every official label of both formats as a whole table cell or heading,
//! the template's merged header cells, repeated header rows and unsplittable rows, the page
//! number field on odd and even pages, the 校验码 and the data part.

use report_domain::export::{fingerprint, grids, Role, DATA_NAMESPACE};
use report_domain::{Cell, FormatId, Report};
use report_publish::render_docx;

mod common;
use common::{attr, filled_2019, official_labels, part, parts, sample, tables, tag, texts, Tc};

fn find<'a>(rows: &'a [Vec<Tc>], text: &str) -> &'a Tc {
    rows.iter()
        .flatten()
        .find(|c| c.text == text)
        .unwrap_or_else(|| panic!("no cell {text}"))
}

#[test]
fn page_is_a4_with_gbt_9704_margins() {
    let p = parts(&render_docx(&sample()));
    let doc = part(&p, "word/document.xml");
    let size = tag(doc, "w:pgSz");
    assert_eq!(attr(size, "w:w"), Some("11906"));
    assert_eq!(attr(size, "w:h"), Some("16838"));
    let m = tag(doc, "w:pgMar");
    // 37 / 26 / 35 / 28 mm in twips.
    assert_eq!(attr(m, "w:top"), Some("2098"));
    assert_eq!(attr(m, "w:right"), Some("1474"));
    assert_eq!(attr(m, "w:bottom"), Some("1984"));
    assert_eq!(attr(m, "w:left"), Some("1587"));
}

/// The style element of an id in styles.xml.
fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let start = styles
        .find(&format!("w:styleId=\"{id}\""))
        .unwrap_or_else(|| panic!("no style {id}"));
    let end = start + styles[start..].find("</w:style>").expect("style end");
    &styles[start..end]
}

#[test]
fn styles_set_the_official_faces_and_sizes() {
    let p = parts(&render_docx(&sample()));
    let styles = part(&p, "word/styles.xml");
    for (id, face, half_points) in [
        ("ReportTitle", "方正小标宋简体", "44"),
        ("ReportBody", "仿宋_GB2312", "32"),
        ("ReportSection", "黑体", "32"),
        ("ReportPart", "楷体_GB2312", "32"),
        ("ReportTable", "仿宋_GB2312", "21"),
    ] {
        let s = style(styles, id);
        assert_eq!(attr(tag(s, "w:rFonts"), "w:eastAsia"), Some(face), "{id}");
        assert_eq!(attr(tag(s, "w:sz"), "w:val"), Some(half_points), "{id}");
    }
    // The body's fixed 28.9 pt line and two-character first-line indent.
    let body = style(styles, "ReportBody");
    assert_eq!(attr(tag(body, "w:spacing"), "w:line"), Some("578"));
    assert_eq!(attr(tag(body, "w:spacing"), "w:lineRule"), Some("exact"));
    // Two characters of 3号 (2 × 16 pt); docx-rs writes no firstLineChars.
    assert_eq!(attr(tag(body, "w:ind"), "w:firstLine"), Some("640"));
    // Headings are outline levels (the navigation pane lists them).
    assert!(style(styles, "ReportSection").contains("<w:outlineLvl w:val=\"0\""));
    assert!(style(styles, "ReportPart").contains("<w:outlineLvl w:val=\"1\""));
    // The paragraphs use them.
    let doc = part(&p, "word/document.xml");
    for id in [
        "ReportTitle",
        "ReportBody",
        "ReportSection",
        "ReportPart",
        "ReportTable",
    ] {
        assert!(
            doc.contains(&format!("<w:pStyle w:val=\"{id}\"")),
            "{id} unused"
        );
    }
}

#[test]
fn every_official_label_of_both_formats_is_a_heading_or_a_whole_cell() {
    for r in [sample(), filled_2019()] {
        let p = parts(&render_docx(&r));
        let doc = part(&p, "word/document.xml");
        let cells: Vec<String> = tables(doc)
            .into_iter()
            .flatten()
            .flatten()
            .map(|c| c.text)
            .collect();
        // Each piece up to a paragraph's end holds that paragraph's text alone.
        let paragraphs: Vec<String> = doc.split("</w:p>").map(texts).collect();
        for label in official_labels(r.def()) {
            assert!(
                cells.iter().any(|c| c == label) || paragraphs.iter().any(|p| p == label),
                "{:?}: label {label} missing",
                r.format
            );
        }
        let title = format!(
            "{}{}年政府信息公开工作年度报告",
            r.meta.agency,
            r.meta.year.unwrap()
        );
        assert!(texts(doc).starts_with(&title), "{:?}: title", r.format);
    }
}

#[test]
fn figures_are_the_grid_values_and_blank_cells_stay_blank() {
    let mut r = sample();
    assert!(r.set("table3.new.research", Cell::Blank));
    let p = parts(&render_docx(&r));
    let docx_tables = tables(part(&p, "word/document.xml"));
    let gs = grids(&r);
    assert_eq!(docx_tables.len(), gs.len());
    for (g, t) in gs.iter().zip(&docx_tables) {
        // Every grid row is one Word row, its value cells in order.
        let rows: Vec<_> = g.head.iter().chain(g.bodies.iter().flatten()).collect();
        assert_eq!(rows.len(), t.len(), "{}", g.table.key);
        for (grow, wrow) in rows.iter().zip(t) {
            let values: Vec<&str> = grow
                .iter()
                .filter(|c| matches!(c.role, Role::Value { .. }))
                .map(|c| c.text.as_str())
                .collect();
            let n = values.len();
            let tail: Vec<&str> = wrow[wrow.len() - n..]
                .iter()
                .map(|c| c.text.as_str())
                .collect();
            assert_eq!(tail, values, "{}", g.table.key);
        }
    }
    let blank = gs[1]
        .bodies
        .iter()
        .flatten()
        .flatten()
        .find(|c| matches!(&c.role, Role::Value { address } if address == "table3.new.research"))
        .expect("the cell");
    assert_eq!(blank.text, "");
}

#[test]
fn header_cells_are_merged_as_the_template_draws_them() {
    for id in [FormatId::F2021, FormatId::F2019] {
        let r = if id == FormatId::F2021 {
            sample()
        } else {
            filled_2019()
        };
        let p = parts(&render_docx(&r));
        let t = tables(part(&p, "word/document.xml"));
        let f = r.def();
        // Table 三: the corner note over the three label columns and the three header rows.
        let t3 = &t[1];
        let corner = find(t3, f.tables[1].corner.expect("corner"));
        assert_eq!((corner.span, corner.vmerge.as_str()), (3, "restart"));
        assert_eq!(t3[1][0].vmerge, "continue");
        assert_eq!(t3[2][0].vmerge, "continue");
        assert_eq!(find(t3, "申请人情况").span, 7);
        assert_eq!(find(t3, "法人或其他组织").span, 5);
        assert_eq!(find(t3, "自然人").vmerge, "restart");
        assert_eq!(find(t3, "三、本年度办理结果").vmerge, "restart");
        // Table 四: 行政复议 over its five columns, 行政诉讼 over ten.
        let t4 = &t[2];
        assert_eq!(find(t4, "行政复议").span, 5);
        assert_eq!(find(t4, "行政诉讼").span, 10);
        assert_eq!(find(t4, "未经复议直接起诉").span, 5);
        assert_eq!(find(t4, "复议后起诉").span, 5);
        // Every row spans the whole grid.
        for (ti, table) in t.iter().enumerate() {
            let width: usize = table[0].iter().map(|c| c.span).sum();
            for row in table {
                assert_eq!(
                    row.iter().map(|c| c.span).sum::<usize>(),
                    width,
                    "table {ti}"
                );
            }
        }
    }
}

#[test]
fn header_rows_repeat_and_no_row_splits() {
    let r = sample();
    let p = parts(&render_docx(&r));
    let doc = part(&p, "word/document.xml");
    let heads: usize = grids(&r).iter().map(|g| g.head.len()).sum();
    assert_eq!(doc.matches("<w:tblHeader />").count(), heads);
    assert!(heads >= 6);
    assert_eq!(
        doc.matches("<w:cantSplit").count(),
        doc.matches("<w:tr>").count()
    );
    assert!(
        !doc.contains("w:trHeight w:val=\"1\""),
        "the mark is replaced"
    );
}

#[test]
fn footers_number_pages_outside_and_print_the_code() {
    let r = sample();
    let p = parts(&render_docx(&r));
    let code = fingerprint(&r);
    let footers: Vec<&str> = p
        .iter()
        .filter(|(n, _)| n.starts_with("word/footer") && n.ends_with(".xml"))
        .map(|(_, s)| s.as_str())
        .collect();
    assert_eq!(footers.len(), 2, "odd and even footers");
    for f in &footers {
        assert!(f.contains("PAGE"), "a PAGE field");
        assert!(f.contains("w:fldCharType=\"begin\""));
        assert!(texts(f).starts_with("— ") || texts(f).contains("— 1 —"));
        assert!(texts(f).contains(&format!("校验码：{code}")));
    }
    assert!(part(&p, "word/settings.xml").contains("<w:evenAndOddHeaders"));
    let doc = part(&p, "word/document.xml");
    assert!(doc.contains("<w:footerReference w:type=\"default\""));
    assert!(doc.contains("<w:footerReference w:type=\"even\""));
}

#[test]
fn the_data_part_holds_the_report() {
    let r = sample();
    let p = parts(&render_docx(&r));
    let data = part(&p, "customXml/item1.xml");
    assert!(data.contains(DATA_NAMESPACE));
    assert!(data.contains(&format!("code=\"{}\"", fingerprint(&r))));
    assert!(part(&p, "[Content_Types].xml").contains("customXml"));
}

#[test]
fn text_typed_by_users_is_escaped() {
    let mut r = Report::for_year(2021);
    r.meta.agency = "某县<商务局>&\"".into();
    r.narrative
        .insert("overview".into(), "a < b & c > d".into());
    let p = parts(&render_docx(&r));
    let doc = part(&p, "word/document.xml");
    assert!(texts(doc).contains("a < b & c > d"));
    assert!(texts(doc).contains("某县<商务局>&\""));
}
