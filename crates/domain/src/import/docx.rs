//! A Word .docx read structurally: `word/document.xml`'s paragraphs become lines and its
//! tables become tab-separated rows with merged cells expanded the way saved web pages are
//! (a cell spanning columns, `w:gridSpan`, is followed by empty cells; a cell continuing a
//! vertical merge, `w:vMerge` without "restart", holds no text and stays empty), so the same table reader reads
//! them with the same labels, identities and notes.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::docx_zip::{member, ZipError};

/// Largest column span honoured (the widest official table has 16 columns).
const MAX_SPAN: usize = 32;

/// A table being read: rows of cells, and the cell being read.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    cell: String,
    span: usize,
}

/// The document's text: paragraphs as lines, tables as tab-separated rows.
pub fn to_text(bytes: &[u8]) -> Result<String, ZipError> {
    let xml = member(bytes, "word/document.xml")?;
    let xml = String::from_utf8(xml).map_err(|_| ZipError("文档内容不是 UTF-8".into()))?;
    Ok(document_text(&xml))
}

/// The text of a `word/document.xml`.
pub fn document_text(xml: &str) -> String {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut tables: Vec<Table> = Vec::new();
    let mut in_text = false;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"tbl" => tables.push(Table::default()),
                b"tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.rows.push(Vec::new());
                    }
                }
                b"tc" => {
                    if let Some(t) = tables.last_mut() {
                        t.cell.clear();
                        t.span = 1;
                    }
                }
                b"gridSpan" => {
                    if let (Some(t), Some(v)) = (tables.last_mut(), val(&e)) {
                        t.span = v.parse::<usize>().unwrap_or(1).clamp(1, MAX_SPAN);
                    }
                }
                b"t" => in_text = true,
                b"tab" => push(&mut tables, &mut out, " "),
                b"br" | b"cr" => push(&mut tables, &mut out, "\n"),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.unescape().map(|c| c.into_owned()).unwrap_or_default();
                push(&mut tables, &mut out, &s);
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => push(&mut tables, &mut out, "\n"),
                b"tc" => {
                    if let Some(t) = tables.last_mut() {
                        let text = t.cell.split_whitespace().collect::<Vec<_>>().join(" ");
                        if let Some(row) = t.rows.last_mut() {
                            row.push(text);
                            for _ in 1..t.span {
                                row.push(String::new());
                            }
                        }
                    }
                }
                b"tbl" => {
                    if let Some(t) = tables.pop() {
                        let rendered = render(&t);
                        // A nested table's rows stay inside the outer cell.
                        push(&mut tables, &mut out, &rendered);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    out
}

/// The `w:val` attribute.
fn val(e: &quick_xml::events::BytesStart) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Appends text to the innermost open table cell, else to the document.
fn push(tables: &mut [Table], out: &mut String, s: &str) {
    match tables.last_mut() {
        Some(t) => t.cell.push_str(s),
        None => out.push_str(s),
    }
}

/// A table's rows as tab-separated lines (rows with no text at all are left out).
fn render(t: &Table) -> String {
    let mut s = String::new();
    for row in &t.rows {
        if row.iter().any(|c| !c.is_empty()) {
            s.push_str(&row.join("\t"));
            s.push('\n');
        }
    }
    s
}
