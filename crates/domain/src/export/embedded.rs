//! The report's data inside its published copies, so that importing our own file gives back
//! the exact report (text and all) without reading its tables: in the HTML, a non-executing
//! `<script type="application/json">` block (the page's policy still runs no script); in the
//! .docx, a custom XML part. Both carry the 校验码 of the data, which the copy also prints; a
//! block whose data does not give its code is not trusted. The block also holds a digest of the
//! copy's visible text (as the importer extracts it), so a copy whose text or tables were edited
//! by hand after export is known as such and read through its tables instead. Writer and reader
//! are here together so the two cannot drift apart.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::fingerprint::fingerprint;
use crate::model::Report;

/// The namespace of the .docx custom XML part.
pub const DATA_NAMESPACE: &str = "urn:disclosure-report:report-data:1";

/// The custom XML part's item id (its `ds:itemID`), fixed: one report per file.
pub const DATA_PART_ID: &str = "6D1F9C7A-2B0E-4C55-9A61-0E3B8D2F4A17";

/// The `id` of the HTML data block.
pub const HTML_DATA_ID: &str = "report-data";

/// The digest of a copy's visible text as the importer extracts it (whitespace left out: a
/// reader that saves the file again may wrap or space it differently).
pub fn content_digest(visible_text: &str) -> String {
    let squashed: String = visible_text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    Sha256::digest(squashed.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The .docx custom XML part: the report's JSON as base64 (no XML escaping to go wrong, and
/// Word and WPS keep the part as it is when they save the file), with its 校验码 and the
/// [`content_digest`] of the document's text (`content`, "" while it is not known yet).
pub fn docx_data_part(report: &Report, content: &str) -> String {
    let json = report.to_json().to_string();
    let b64 = base64::engine::general_purpose::STANDARD.encode(json.as_bytes());
    format!(
        "<report-data xmlns=\"{DATA_NAMESPACE}\" code=\"{}\" content=\"{content}\" encoding=\"base64\">{b64}</report-data>",
        fingerprint(report)
    )
}

/// The HTML data block: the report's JSON where `<`, `>` and `&` are written as JSON escapes,
/// so no text of the report can end the element; `data-code` holds its 校验码 and
/// `data-content` the [`content_digest`] of the page's text.
pub fn html_data_block(report: &Report, content: &str) -> String {
    let json = report.to_json().to_string();
    let mut safe = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            c => safe.push(c),
        }
    }
    format!(
        "<script type=\"application/json\" id=\"{HTML_DATA_ID}\" data-code=\"{}\" data-content=\"{content}\">{safe}</script>\n",
        fingerprint(report)
    )
}

/// What a copy's data block held.
#[derive(Debug, Clone, PartialEq)]
pub enum Embedded {
    /// The report, whose data gives the code the block names, and the digest of the copy's
    /// text as exported.
    Report(Box<Report>, String),
    /// A block is there but its data is not ours or does not give its code (edited by hand).
    Damaged,
}

/// The text between `open_end` (the end of an opening tag found by `open`) and `close`.
fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<(&'a str, &'a str)> {
    let start = text.find(open)?;
    let tag_end = start + text[start..].find('>')?;
    let attrs = &text[start..tag_end];
    let body_end = tag_end + 1 + text[tag_end + 1..].find(close)?;
    Some((attrs, &text[tag_end + 1..body_end]))
}

/// The value of `name="…"` in an opening tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let len = tag[at..].find('"')?;
    Some(&tag[at..at + len])
}

fn checked(json: &str, code: Option<&str>, content: Option<&str>) -> Embedded {
    match Report::from_json_str(json) {
        Ok(r) if Some(fingerprint(&r).as_str()) == code => {
            Embedded::Report(Box::new(r), content.unwrap_or_default().to_string())
        }
        _ => Embedded::Damaged,
    }
}

/// The data block of an HTML page we exported; `None` when it has none.
pub fn read_html_data(html: &str) -> Option<Embedded> {
    let open = format!("<script type=\"application/json\" id=\"{HTML_DATA_ID}\"");
    let (tag, body) = between(html, &open, "</script>")?;
    Some(checked(
        body,
        attr(tag, "data-code"),
        attr(tag, "data-content"),
    ))
}

/// The data of a .docx custom XML part we wrote (the part's text); `None` when it is not ours.
pub fn read_docx_data(part: &str) -> Option<Embedded> {
    if !part.contains(DATA_NAMESPACE) {
        return None;
    }
    let Some((tag, body)) = between(part, "<report-data", "</report-data>") else {
        return Some(Embedded::Damaged);
    };
    let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(compact.as_bytes()) else {
        return Some(Embedded::Damaged);
    };
    let Ok(json) = String::from_utf8(bytes) else {
        return Some(Embedded::Damaged);
    };
    Some(checked(&json, attr(tag, "code"), attr(tag, "content")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Cell;

    fn report() -> Report {
        let mut r = Report::for_year(2021);
        r.meta.agency = "某县</script><b>&商务局".into();
        r.narrative.insert(
            "overview".into(),
            "第一段\n第二段 <script>alert(1)</script>".into(),
        );
        assert!(r.set("table3.new.natural", Cell::Int(7)));
        r
    }

    #[test]
    fn html_block_reads_back_and_cannot_end_early() {
        let r = report();
        let block = html_data_block(&r, "abc");
        assert_eq!(block.matches("</script>").count(), 1);
        let page = format!("<html><head>{block}</head><body></body></html>");
        assert_eq!(
            read_html_data(&page),
            Some(Embedded::Report(Box::new(r), "abc".into()))
        );
        assert_eq!(read_html_data("<html></html>"), None);
    }

    #[test]
    fn docx_part_reads_back() {
        let r = report();
        assert_eq!(
            read_docx_data(&docx_data_part(&r, "d1")),
            Some(Embedded::Report(Box::new(r), "d1".into()))
        );
        assert_eq!(read_docx_data("<other/>"), None);
    }

    #[test]
    fn content_digest_ignores_whitespace_only() {
        assert_eq!(
            content_digest("一、 总体\n情况"),
            content_digest("一、总体情况")
        );
        assert_ne!(
            content_digest("一、总体情况 1"),
            content_digest("一、总体情况 2")
        );
        assert_eq!(content_digest("").len(), 16);
    }

    #[test]
    fn edited_data_is_not_trusted() {
        let r = report();
        let page = html_data_block(&r, "").replace("\"natural\":7", "\"natural\":8");
        assert_eq!(read_html_data(&page), Some(Embedded::Damaged));
        let part = docx_data_part(&r, "").replace("code=\"", "code=\"0");
        assert_eq!(read_docx_data(&part), Some(Embedded::Damaged));
    }
}
