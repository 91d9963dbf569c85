//! Helpers of the .docx tests: reports to render (the sample, and a 2019-format report with a
//! distinct figure in every cell), the package's parts read back with a real zip reader, the
//! Word table cells of `word/document.xml`, and the official labels from the format data.
#![allow(dead_code)]

use std::io::Read;

use report_domain::format::{format, CellKind, FormatDef, FormatId};

// The domain's test helpers: the tables' official labels, running the converters.
#[path = "../../../domain/tests/common/mod.rs"]
mod domain;
#[allow(unused_imports)]
pub use domain::process;
use report_domain::{compute, Cell, Decimal, Report};

/// The app's sample report (2021 format), totals computed as published.
pub fn sample() -> Report {
    compute(&Report::from_json_str(report_domain::sample::SAMPLE_JSON).expect("sample reads"))
}

/// A 2020 report (2019 format) with a different figure in every entry cell, text in every
/// part, totals computed.
pub fn filled_2019() -> Report {
    let mut r = Report::new(FormatId::F2019);
    r.meta.agency = "某市人民政府办公室".into();
    r.meta.year = Some(2020);
    r.meta.published = "2021-03-20".into();
    let f = format(FormatId::F2019);
    for (i, info) in f.index().cells.iter().enumerate() {
        r.cells[i] = match info.kind {
            CellKind::Amount => Cell::Amount(Decimal::parse("12.3456").expect("amount")),
            _ => Cell::Int(100 + i as i64 * 3),
        };
    }
    for p in f.parts() {
        r.narrative.insert(
            p.key.into(),
            format!("本部分（{}）的第一段。\n第二段。", p.key),
        );
    }
    compute(&r)
}

/// Every member of the package, by name, as text (the tests read XML parts only).
pub fn parts(docx: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip archive");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("member");
            let mut s = String::new();
            f.read_to_string(&mut s).expect("UTF-8 part");
            (f.name().expect("member name").to_string(), s)
        })
        .collect()
}

/// One part's text.
pub fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| s.as_str())
        .unwrap_or_else(|| panic!("no part {name}"))
}

/// The opening tag `<name …>` (or `<name …/>`) at its first occurrence.
pub fn tag<'a>(xml: &'a str, name: &str) -> &'a str {
    let start = xml
        .find(&format!("<{name} "))
        .unwrap_or_else(|| panic!("no <{name}>"));
    let end = start + xml[start..].find('>').expect("tag end");
    &xml[start..=end]
}

/// An attribute's value in a tag's text.
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

/// The text of the `<w:t>` elements in a piece of WordprocessingML, joined.
pub fn texts(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:t") {
        rest = &rest[i + 4..];
        // <w:t> or <w:t xml:space="preserve">, not <w:tc>, <w:tbl>…
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let Some(open_end) = rest.find('>') else {
            break;
        };
        if rest[..open_end].ends_with('/') {
            continue;
        }
        let body = &rest[open_end + 1..];
        let Some(close) = body.find("</w:t>") else {
            break;
        };
        out.push_str(&unescape(&body[..close]));
        rest = &body[close..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A table cell of the document: its text, gridSpan and vMerge ("restart", "continue" or "").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tc {
    /// Its text.
    pub text: String,
    /// Columns spanned.
    pub span: usize,
    /// The vertical merge, "" when none.
    pub vmerge: String,
}

/// The tables of `word/document.xml`, each as rows of cells (the tables are not nested).
pub fn tables(document: &str) -> Vec<Vec<Vec<Tc>>> {
    document
        .split("<w:tbl>")
        .skip(1)
        .map(|t| {
            let t = &t[..t.find("</w:tbl>").expect("table end")];
            t.split("<w:tr>")
                .skip(1)
                .map(|row| {
                    row.split("<w:tc>")
                        .skip(1)
                        .map(|c| {
                            let span = c
                                .find("<w:gridSpan ")
                                .and_then(|i| attr(&c[i..], "w:val"))
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(1);
                            let vmerge = c
                                .find("<w:vMerge")
                                .map(|i| {
                                    attr(&c[i..c.len().min(i + 40)], "w:val")
                                        .unwrap_or("continue")
                                        .to_string()
                                })
                                .unwrap_or_default();
                            Tc {
                                text: texts(c),
                                span,
                                vmerge,
                            }
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Every official label the report prints: section and part headings, then each table's labels.
pub fn official_labels(f: &FormatDef) -> Vec<&'static str> {
    let mut out = Vec::new();
    for s in f.sections {
        out.push(s.heading);
        out.extend(s.parts.iter().filter_map(|p| p.heading));
    }
    for t in f.tables {
        out.extend(domain::table_labels(t));
    }
    out
}
