//! The three tables as one CSV file for Excel and WPS: UTF-8 with a byte-order mark (without it
//! Excel reads the labels as GBK mojibake), CRLF line ends, RFC 4180 quoting. The report title
//! comes first (with the 引言 under it, when written), then each table under its section heading, separated by a blank line, so a clerk
//! opens one file and finds the tables as the template draws them (merged cells unrolled, each
//! row naming its row groups so that filtering keeps the context).

use super::layout::{grids, Grid};
use super::title::report_title;
use crate::format::INTRO_LABEL;
use crate::model::Report;

const BOM: char = '\u{feff}';
const CRLF: &str = "\r\n";

/// The CSV text of all three tables, starting with the byte-order mark.
pub fn tables_csv(report: &Report) -> String {
    let f = report.def();
    let mut out = String::with_capacity(8 * 1024);
    out.push(BOM);
    line(&mut out, &[report_title(&report.meta)]);
    // The 引言 under the title, labelled, one field (its paragraphs kept inside the quotes).
    let intro = report.text(f.intro.key).trim();
    if !intro.is_empty() {
        line(&mut out, &[INTRO_LABEL.to_string(), intro.to_string()]);
    }
    for g in grids(report) {
        out.push_str(CRLF);
        let heading = f
            .sections
            .iter()
            .find(|s| s.table == Some(g.table.key))
            .map_or(g.table.key, |s| s.heading);
        line(&mut out, &[heading.to_string()]);
        table(&mut out, &g);
    }
    out
}

/// Rows of fields as CSV text, in the same form as [`tables_csv`] (byte-order mark, CRLF,
/// quoting, formula guard), for any list a user takes to a spreadsheet.
pub fn rows_csv<'a>(rows: impl IntoIterator<Item = &'a [String]>) -> String {
    let mut out = String::new();
    out.push(BOM);
    for r in rows {
        line(&mut out, r);
    }
    out
}

fn table(out: &mut String, g: &Grid) {
    let width = g.cols.len();
    for l in super::layout::unroll(&g.head, width, false) {
        line(out, &l);
    }
    for body in &g.bodies {
        for l in super::layout::unroll(body, width, true) {
            line(out, &l);
        }
    }
}

fn line(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, f);
    }
    out.push_str(CRLF);
}

/// Whether `s` is a plain number as the model stores it ("12", "-3", "0.3500").
fn is_number(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// Writes one field. Text a spreadsheet would run as a formula (starting with = + - @, or a tab
/// or carriage return that some importers strip first) gets a leading apostrophe, the usual
/// defence against CSV formula injection; numbers stay numbers.
fn field(out: &mut String, raw: &str) {
    let guarded;
    let s = if raw.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(raw) {
        guarded = format!("'{raw}");
        guarded.as_str()
    } else {
        raw
    };
    if s.contains([',', '"', '\r', '\n']) || s.starts_with(' ') || s.ends_with(' ') {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> String {
        let mut o = String::new();
        field(&mut o, s);
        o
    }

    #[test]
    fn quotes_and_guards() {
        assert_eq!(one("规章"), "规章");
        assert_eq!(one("a,b"), "\"a,b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("=1+2"), "'=1+2");
        assert_eq!(one("+cmd"), "'+cmd");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(one("-2+3"), "'-2+3");
        assert_eq!(
            one("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        assert_eq!(one("-3"), "-3");
        assert_eq!(one("0.3500"), "0.3500");
        assert_eq!(one("line\nbreak"), "\"line\nbreak\"");
    }
}
