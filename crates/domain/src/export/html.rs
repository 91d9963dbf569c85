//! The printable report: one self-contained HTML document (inline CSS, no script, no external
//! resource), its body fragment and its print CSS for embedding in the app's preview.
//!
//! Embedding: put [`report_body_html`] into the page and [`PRINT_CSS`] into a `<style>`; every
//! rule is scoped to `.gov-report` except `@page`, which sets A4 and the page numbers for the
//! whole print job. To print only the report, the app hides its other elements under
//! `@media print`. The tables are drawn exactly as stored: pass `compute(&report)` to print
//! filled-in totals.

use super::document::{document_blocks, Block};
use super::embedded::{content_digest, html_data_block};
use super::escape::{escape_html, escape_into};
use super::fingerprint::fingerprint;
use super::layout::{grid, ColKind, Grid, GridCell, Role};
use super::title::report_title;
use crate::model::Report;

/// The print and preview CSS (GB/T 9704-2012 page layout), scoped to `.gov-report`.
pub const PRINT_CSS: &str = include_str!("print.css");

/// Restricts the standalone file to its own inline styles: even if escaping ever failed, a
/// browser opening the file would run no script and load nothing.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The complete standalone HTML document of the report, as published: it carries the report's
/// data (a non-executing JSON block, see [`html_data_block`]) and prints its 校验码 at the foot
/// of every page (and, on screen, under the report).
pub fn report_html(report: &Report) -> String {
    let mut out = report_document(report, "", Some(&fingerprint(report)));
    // The data block goes at the end of the head; its digest is of the page's text without it.
    let digest = content_digest(&crate::import::html_to_text(&out));
    let at = out.find("</head>").unwrap_or(out.len());
    out.insert_str(at, &html_data_block(report, &digest));
    out
}

/// The 校验码's footer, the same on every printed copy: the CSS that prints it in the middle
/// of each page's foot (a page margin box, between the page numbers at the edges) and the
/// markup that shows it under the report on screen (hidden on paper, where the foot has it).
pub fn code_footer(code: &str) -> (String, String) {
    let code = escape_html(code);
    let css = format!(
        "@page {{\n  @bottom-center {{\n    content: \"校验码：{code}\";\n    font-family: \"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"Noto Serif CJK SC\", serif;\n    font-size: 9pt;\n    vertical-align: top;\n    padding-top: 9mm;\n  }}\n}}\n@media print {{\n  .gov-report .fingerprint {{\n    display: none;\n  }}\n}}\n"
    );
    let line = format!("<footer class=\"fingerprint\">校验码：{code}</footer>\n");
    (css, line)
}

/// The report as a document of its own: [`report_body_html`] with [`PRINT_CSS`] and then
/// `extra_css` (the app's preview adds a grey desk on screen), under the policy that runs no
/// script and loads nothing, with the 校验码 `code` at its foot ([`code_footer`]) when given.
/// The preview frame is this document with the code the publisher computed, so the preview,
/// its print and the HTML export show the same footer. (It computes no digest itself, so the
/// app's first load does not carry the SHA-256 and the canonical JSON.)
pub fn report_document(report: &Report, extra_css: &str, code: Option<&str>) -> String {
    match code {
        Some(code) => {
            let (css, line) = code_footer(code);
            document(report, &format!("{css}{extra_css}"), &line)
        }
        None => document(report, extra_css, ""),
    }
}

/// The document, with `closing` (markup) as the last thing in the article.
fn document(report: &Report, extra_css: &str, closing: &str) -> String {
    print_document(
        &report_title(&report.meta),
        extra_css,
        &body_closing_with(report, closing),
    )
}

/// A standalone printable document in the report's print style: `title`, [`PRINT_CSS`] then
/// `extra_css`, and `article` (an `<article class="gov-report">`) as its main content, under
/// the policy that runs no script and loads nothing. The report and the 对标分析报告 share it.
pub fn print_document(title: &str, extra_css: &str, article: &str) -> String {
    let mut out = String::with_capacity(article.len() + PRINT_CSS.len() + 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.push_str(CSP);
    out.push_str("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    escape_into(&mut out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(PRINT_CSS);
    out.push_str(extra_css);
    out.push_str("</style>\n</head>\n<body>\n");
    // The report is the page's main content (a landmark screen readers jump to).
    out.push_str("<main>\n");
    out.push_str(article);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// [`report_body_html`] with `closing` (markup) as the last thing in the article.
fn body_closing_with(report: &Report, closing: &str) -> String {
    let body = report_body_html(report);
    let tail = "</article>\n";
    format!(
        "{}{closing}{tail}",
        body.strip_suffix(tail).unwrap_or(&body)
    )
}

/// The fragment the app writes for the browser's own print (Ctrl+P): [`report_body_html`]
/// and, when the 校验码 is known, its [`code_footer`] — the page-foot CSS in a `<style>` before
/// the article, the line at its end — as the preview and the exported HTML print it.
pub fn report_body_with_code(report: &Report, code: Option<&str>) -> String {
    match code {
        Some(code) => {
            let (css, line) = code_footer(code);
            format!("<style>{css}</style>\n{}", body_closing_with(report, &line))
        }
        None => report_body_html(report),
    }
}

/// The report as an `<article class="gov-report">` fragment: title, the 引言, the six sections with
/// their official headings, narrative paragraphs, the tables, and the signature lines — the
/// blocks of [`document_blocks`], which the Word file draws too.
pub fn report_body_html(report: &Report) -> String {
    let mut out = String::with_capacity(24 * 1024);
    out.push_str("<article class=\"gov-report\" lang=\"zh-CN\">\n");
    let mut in_section = false;
    // A table's caption is the heading of the section it stands in.
    let mut section_heading = "";
    for block in document_blocks(report) {
        match block {
            Block::Title { head, suffix } => {
                out.push_str("<h1 class=\"title\">");
                if !head.is_empty() {
                    out.push_str("<span>");
                    escape_into(&mut out, &head);
                    out.push_str("</span>");
                }
                out.push_str(&format!("<span>{suffix}</span></h1>\n"));
            }
            Block::Section { key, heading } => {
                if in_section {
                    out.push_str("</section>\n");
                }
                in_section = true;
                section_heading = heading;
                out.push_str(&format!("<section data-section=\"{key}\">\n<h2>"));
                escape_into(&mut out, heading);
                out.push_str("</h2>\n");
            }
            Block::Part(h) => {
                out.push_str("<h3>");
                escape_into(&mut out, h);
                out.push_str("</h3>\n");
            }
            Block::Paragraph { part, text } => {
                out.push_str(&format!("<p data-part=\"{part}\">"));
                escape_into(&mut out, &text);
                out.push_str("</p>\n");
            }
            Block::Table(g) => table(&mut out, &g, section_heading),
            Block::Signature { agency, date } => {
                if in_section {
                    out.push_str("</section>\n");
                    in_section = false;
                }
                out.push_str("<div class=\"signature\">\n");
                if let Some(a) = agency {
                    out.push_str(&format!("<p>{}</p>\n", escape_html(&a)));
                }
                if let Some(d) = date {
                    out.push_str(&format!("<p>{d}</p>\n"));
                }
                out.push_str("</div>\n");
            }
        }
    }
    if in_section {
        out.push_str("</section>\n");
    }
    out.push_str("</article>\n");
    out
}

/// One table of the report (by its key, "table3") drawn as in the printout, captioned with the
/// heading of the section it stands in, for showing it elsewhere (汇总审查 shows a sum's table 三);
/// `None` when the report's format has no such table. Values are drawn as stored.
pub fn table_html(report: &Report, key: &str) -> Option<String> {
    let f = report.def();
    let t = f.tables.iter().find(|t| t.key == key)?;
    let heading = f
        .sections
        .iter()
        .find(|s| s.table == Some(key))
        .map_or("", |s| s.heading);
    let mut out = String::with_capacity(16 * 1024);
    table(&mut out, &grid(report, t), heading);
    Some(out)
}

/// A table under its section's heading. The `<caption>` names it for screen readers (the
/// heading above shows it on paper, so the print style hides the caption), and each header
/// cell says what it heads (`scope`), so a reader links every figure to its merged headers.
fn table(out: &mut String, g: &Grid, heading: &str) {
    out.push_str(&format!(
        "<table class=\"report-table {}\" data-table=\"{}\">\n<caption>",
        g.table.key, g.table.key
    ));
    escape_into(out, heading);
    out.push_str("</caption>\n<colgroup>");
    for c in &g.cols {
        match c {
            ColKind::Label(n) => out.push_str(&format!("<col class=\"lab lab-{n}\">")),
            ColKind::Value => out.push_str("<col class=\"val\">"),
        }
    }
    out.push_str("</colgroup>\n");
    if !g.head.is_empty() {
        out.push_str("<thead>\n");
        for row in &g.head {
            tr(out, row);
        }
        out.push_str("</thead>\n");
    }
    for body in &g.bodies {
        out.push_str("<tbody>\n");
        for row in body {
            tr(out, row);
        }
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n");
}

fn tr(out: &mut String, row: &[GridCell]) {
    // A row that opens a row group must be breakable: Chromium would otherwise keep the whole
    // group (table 三's 22 outcome rows) off a page that still has room.
    if row.iter().any(|c| c.rowspan > 1 && c.role == Role::Group) {
        out.push_str("<tr class=\"opens-group\">");
    } else {
        out.push_str("<tr>");
    }
    for c in row {
        // A header over several columns heads them all, a group over several rows likewise.
        let across = if c.colspan > 1 { "colgroup" } else { "col" };
        let down = if c.rowspan > 1 { "rowgroup" } else { "row" };
        let (tag, class, address, scope) = match &c.role {
            Role::Corner => ("th", "corner", None, None),
            Role::Header => ("th", "head", None, Some(across)),
            Role::Caption => ("th", "caption", None, Some("colgroup")),
            Role::Group => ("th", "group", None, Some(down)),
            Role::Label => ("th", "label", None, Some("row")),
            Role::Value { address } => ("td", "num", Some(address), None),
        };
        out.push_str(&format!("<{tag} class=\"{class}\""));
        if c.rowspan > 1 {
            out.push_str(&format!(" rowspan=\"{}\"", c.rowspan));
        }
        if c.colspan > 1 {
            out.push_str(&format!(" colspan=\"{}\"", c.colspan));
        }
        if let Some(scope) = scope {
            out.push_str(&format!(" scope=\"{scope}\""));
        }
        if let Some(a) = address {
            out.push_str(" data-cell=\"");
            escape_into(out, a);
            out.push('"');
        }
        out.push('>');
        escape_into(out, &c.text);
        out.push_str(&format!("</{tag}>"));
    }
    out.push_str("</tr>\n");
}
