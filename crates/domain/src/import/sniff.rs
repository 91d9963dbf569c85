//! What a file is, from its first bytes (magic numbers), never from its name: a PDF saved as
//! ".txt" or a page saved without an extension is still read for what it is.

/// The kinds of file the importer tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// "%PDF-" (possibly after a few bytes of junk, as the PDF specification allows).
    Pdf,
    /// A zip archive holding `word/document.xml`: a Word .docx.
    Docx,
    /// Another zip archive (.xlsx, .zip…).
    Zip,
    /// An OLE compound file: the old Word .doc (or .xls/.wps).
    OldWord,
    /// A web page saved as one file (MHTML, .mht/.mhtml).
    Mhtml,
    /// A web page.
    Html,
    /// JSON (our export).
    Json,
    /// Anything else: read as text.
    Text,
}

/// The kind of file `bytes` hold.
pub fn sniff(bytes: &[u8]) -> FileKind {
    let head = &bytes[..bytes.len().min(1024)];
    if memchr::memmem::find(head, b"%PDF-").is_some() {
        return FileKind::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return if memchr::memmem::find(bytes, b"word/document.xml").is_some() {
            FileKind::Docx
        } else {
            FileKind::Zip
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return FileKind::OldWord;
    }
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let text = &text[start..];
    let lower: Vec<u8> = text.iter().map(u8::to_ascii_lowercase).collect();
    let has = |w: &[u8]| memchr::memmem::find(&lower, w).is_some();
    if has(b"mime-version:") && has(b"multipart/related") {
        return FileKind::Mhtml;
    }
    if text.starts_with(b"{") {
        return FileKind::Json;
    }
    if text.starts_with(b"<")
        && [
            &b"<html"[..],
            b"<!doctype",
            b"<body",
            b"<table",
            b"<div",
            b"<p",
            b"<head",
            b"<meta",
        ]
        .iter()
        .any(|t| has(t))
    {
        return FileKind::Html;
    }
    FileKind::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_bytes_decide() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), FileKind::Pdf);
        assert_eq!(sniff(b"\r\n%PDF-1.4"), FileKind::Pdf);
        assert_eq!(
            sniff(b"PK\x03\x04....[Content_Types].xml....word/document.xml"),
            FileKind::Docx
        );
        assert_eq!(sniff(b"PK\x03\x04....xl/workbook.xml"), FileKind::Zip);
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            FileKind::OldWord
        );
        assert_eq!(
            sniff(
                b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
            ),
            FileKind::Mhtml
        );
        assert_eq!(sniff("\u{feff} {\"a\":1}".as_bytes()), FileKind::Json);
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), FileKind::Html);
        assert_eq!(sniff("一、总体情况".as_bytes()), FileKind::Text);
        assert_eq!(sniff(b""), FileKind::Text);
    }
}
