//! The Word file: the report's blocks (`document_blocks`, as the HTML printout draws them) as
//! styled paragraphs and tables on GB/T 9704 pages, the footers, and the report's data in a
//! custom XML part so that importing the file gives back the exact report.

use docx_rs::{BreakType, Docx, LineSpacing, LineSpacingType, Paragraph, Run};
use report_domain::export::{
    content_digest, document_blocks, docx_data_part, fingerprint, Block, DATA_PART_ID,
};
use report_domain::import::docx_document_text as document_text;
use report_domain::Report;

use crate::footer::footers;
use crate::page::{font_table, margins, style_id, styles, PAGE_HEIGHT, PAGE_WIDTH};
use crate::schema_order::schema_order;
use crate::table::{table, HEADER_MARK_HEIGHT};
use crate::theme;

/// Characters of 2号 that fit on the title's line (156 mm ÷ 22 pt): a longer title breaks
/// between "<机关名称><年份>年" and "政府信息公开工作年度报告", as the print does.
const TITLE_LINE_CHARS: usize = 20;

fn title(head: &str, suffix: &str) -> Paragraph {
    let p = Paragraph::new().style(style_id::TITLE).keep_next(true);
    if head.is_empty() {
        return p.add_run(Run::new().add_text(suffix));
    }
    let long = head.chars().count() + suffix.chars().count() > TITLE_LINE_CHARS;
    let mut first = Run::new().add_text(head);
    if long {
        first = first.add_break(BreakType::TextWrapping);
    }
    p.add_run(first).add_run(Run::new().add_text(suffix))
}

fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

/// The document before packing.
fn document(report: &Report) -> Docx {
    let code = fingerprint(report);
    let (odd, even) = footers(&code);
    let mut doc = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(margins())
        .footer(odd)
        .even_footer(even)
        // The data part; its digest of the document's text is filled in once the text is
        // written (render_docx).
        .add_custom_item(DATA_PART_ID, &docx_data_part(report, ""));
    for s in styles() {
        doc = doc.add_style(s);
    }
    for block in document_blocks(report) {
        doc = match block {
            Block::Title { head, suffix } => doc.add_paragraph(title(&head, suffix)),
            Block::Section { heading, .. } => {
                doc.add_paragraph(styled(style_id::SECTION, heading).keep_next(true))
            }
            Block::Part(h) => doc.add_paragraph(styled(style_id::PART, h).keep_next(true)),
            Block::Paragraph { text, .. } => {
                doc.add_paragraph(styled(style_id::BODY, &text).widow_control(true))
            }
            Block::Table(g) => doc
                .add_table(table(&g))
                // Word needs a paragraph between two tables and after the last one: a 14 pt
                // one, the space the print leaves under a table.
                .add_paragraph(
                    Paragraph::new().style(style_id::TABLE).line_spacing(
                        LineSpacing::new()
                            .line_rule(LineSpacingType::Exact)
                            .line(280),
                    ),
                ),
            Block::Signature { agency, date } => {
                // Two empty lines above the signature, as the print's 57.8 pt.
                let mut d = doc
                    .add_paragraph(Paragraph::new().style(style_id::BODY))
                    .add_paragraph(Paragraph::new().style(style_id::BODY));
                for line in agency.into_iter().chain(date) {
                    d = d.add_paragraph(styled(style_id::SIGNATURE, &line).keep_next(true));
                }
                d
            }
        };
    }
    doc
}

/// docx-rs writes no `w:tblHeader`: header rows carry a one-twip "at least" height as a mark
/// (see [`HEADER_MARK_HEIGHT`]), replaced here by the repeat-as-header-row flag.
fn mark_header_rows(document_xml: Vec<u8>) -> Vec<u8> {
    let xml = String::from_utf8_lossy(&document_xml);
    let mark = format!(r#"<w:trHeight w:val="{HEADER_MARK_HEIGHT}" w:hRule="atLeast" />"#);
    xml.replace(&mark, "<w:tblHeader />").into_bytes()
}

/// The report as the bytes of a .docx file. Tables are drawn exactly as stored: pass
/// `compute(&report)` to print filled-in totals.
pub fn render_docx(report: &Report) -> Vec<u8> {
    let mut xml = document(report).build();
    xml.document = schema_order(&mark_header_rows(std::mem::take(&mut xml.document)));
    for part in [&mut xml.styles, &mut xml.settings, &mut xml.numberings]
        .into_iter()
        .chain(xml.footers.iter_mut())
    {
        *part = schema_order(part);
    }
    xml.font_table = font_table().into_bytes();
    let text = document_text(&String::from_utf8_lossy(&xml.document));
    let part = docx_data_part(report, &content_digest(&text));
    match xml.custom_items.first_mut() {
        Some(item) => *item = part.into_bytes(),
        None => return Vec::new(),
    }
    theme::declare(&mut xml.content_type, &mut xml.document_rels);
    let mut out = std::io::Cursor::new(Vec::with_capacity(64 * 1024));
    // Writing into memory fails only on a bug of the zip writer; an empty file is then refused
    // by the caller's check rather than crashing the page.
    if xml.pack(&mut out).is_err() {
        return Vec::new();
    }
    theme::append(out.into_inner()).unwrap_or_default()
}
