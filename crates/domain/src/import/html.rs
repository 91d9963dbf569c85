//! A saved web page to text: a small tolerant tag scanner (no DOM, no recursion) that keeps
//! block breaks and renders every `<table>` as tab-separated lines, with rowspan/colspan
//! expanded to empty cells — the same shape as a table copied from a browser, which the table
//! readers already understand.

/// Nested tables deeper than this are read as plain text.
const MAX_TABLE_DEPTH: usize = 16;
/// Widest table rendered; wider spans are clamped.
const MAX_COLUMNS: usize = 256;
/// Largest colspan / rowspan honoured.
const MAX_COLSPAN: usize = 64;
const MAX_ROWSPAN: usize = 512;

#[derive(Debug, Default)]
struct CellB {
    text: String,
    colspan: usize,
    rowspan: usize,
}

#[derive(Debug, Default)]
struct TableB {
    rows: Vec<Vec<CellB>>,
    /// Text inside the table but outside any cell (captions).
    stray: String,
    in_cell: bool,
}

impl TableB {
    fn sink(&mut self) -> &mut String {
        if self.in_cell {
            if let Some(c) = self.rows.last_mut().and_then(|r| r.last_mut()) {
                return &mut c.text;
            }
        }
        &mut self.stray
    }

    fn start_row(&mut self) {
        self.in_cell = false;
        self.rows.push(Vec::new());
    }

    fn start_cell(&mut self, attrs: &str) {
        if self.rows.is_empty() {
            self.rows.push(Vec::new());
        }
        let span = |name: &str, max: usize| {
            attr(attrs, name)
                .and_then(|v| v.trim().parse::<usize>().ok())
                .map_or(1, |v| v.clamp(1, max))
        };
        if let Some(r) = self.rows.last_mut() {
            r.push(CellB {
                text: String::new(),
                colspan: span("colspan", MAX_COLSPAN),
                rowspan: span("rowspan", MAX_ROWSPAN),
            });
        }
        self.in_cell = true;
    }

    /// Tab-separated lines, merged cells expanded to empty cells.
    fn render(&self) -> String {
        let mut out = String::new();
        if !self.stray.trim().is_empty() {
            out.push_str(self.stray.trim());
            out.push('\n');
        }
        let mut spans: Vec<usize> = Vec::new();
        for row in &self.rows {
            let covered: Vec<bool> = spans.iter().map(|&s| s > 0).collect();
            let mut line: Vec<String> = Vec::new();
            let mut col = 0;
            for cell in row {
                while covered.get(col).copied().unwrap_or(false) {
                    line.push(String::new());
                    col += 1;
                }
                for k in 0..cell.colspan {
                    if col >= MAX_COLUMNS {
                        break;
                    }
                    line.push(if k == 0 {
                        collapse(&cell.text)
                    } else {
                        String::new()
                    });
                    if spans.len() <= col {
                        spans.resize(col + 1, 0);
                    }
                    spans[col] = spans[col].max(cell.rowspan - 1);
                    col += 1;
                }
            }
            while covered.get(col).copied().unwrap_or(false) {
                line.push(String::new());
                col += 1;
            }
            for (c, s) in spans.iter_mut().enumerate() {
                if covered.get(c).copied().unwrap_or(false) {
                    *s = s.saturating_sub(1);
                }
            }
            if line.iter().any(|c| !c.is_empty()) {
                out.push_str(&line.join("\t"));
                out.push('\n');
            }
        }
        out
    }
}

/// Whitespace runs to one space; a nested table's lines are kept.
fn collapse(s: &str) -> String {
    if s.contains('\t') {
        return s.trim().to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of attribute `name` in a tag's attribute text.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower.get(from..).and_then(|s| s.find(name)) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0
            || lower
                .as_bytes()
                .get(at - 1)
                .is_some_and(|b| b.is_ascii_whitespace());
        let rest = attrs.get(from..)?.trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let v = rest[1..].trim_start();
        let v = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        };
        return Some(v.to_string());
    }
    None
}

/// Decodes the character references that government pages use.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(j, _)| j);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                "ldquo" => '“',
                "rdquo" => '”',
                "lsquo" => '‘',
                "rsquo" => '’',
                "mdash" => '—',
                "ndash" => '–',
                "hellip" => '…',
                "middot" => '·',
                _ => {
                    let n = name.strip_prefix('#')?;
                    let v = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(v).filter(|c| *c != '\0')?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "title",
    "form",
    "hr",
    "center",
    "main",
    "aside",
    "figure",
    "figcaption",
    "address",
];
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object",
];

/// The page's text: blocks on their own lines, tables as tab-separated rows.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut tables: Vec<TableB> = Vec::new();
    let mut deep = 0usize; // tables nested beyond MAX_TABLE_DEPTH
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |j| i + j);
            let text = decode(&html[i..end]);
            push_text(sink(&mut tables, &mut out), &text);
            i = end;
            continue;
        }
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |j| i + j + 3);
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            push_text(sink(&mut tables, &mut out), "<");
            i += 1;
            continue;
        }
        let Some(close) = tag_end(rest) else {
            break;
        };
        let tag = &rest[1..close];
        i += close + 1;
        let closing = tag.starts_with('/');
        let body = tag.trim_start_matches('/');
        let name_len = body
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .unwrap_or(body.len());
        let name = body[..name_len].to_ascii_lowercase();
        let attrs = &body[name_len..];
        if !closing && SKIP.contains(&name.as_str()) {
            i = find_end_tag(html, i, &name);
            continue;
        }
        match (name.as_str(), closing) {
            ("table", false) => {
                if tables.len() < MAX_TABLE_DEPTH {
                    tables.push(TableB::default());
                } else {
                    deep += 1;
                    push_break(sink(&mut tables, &mut out));
                }
            }
            ("table", true) => {
                if deep > 0 {
                    deep -= 1;
                    push_break(sink(&mut tables, &mut out));
                } else if let Some(t) = tables.pop() {
                    let rendered = t.render();
                    let s = sink(&mut tables, &mut out);
                    push_break(s);
                    s.push_str(&rendered);
                    push_break(s);
                }
            }
            ("tr", false) if deep == 0 && !tables.is_empty() => {
                if let Some(t) = tables.last_mut() {
                    t.start_row();
                }
            }
            ("td" | "th", false) if deep == 0 && !tables.is_empty() => {
                if let Some(t) = tables.last_mut() {
                    t.start_cell(attrs);
                }
            }
            ("td" | "th" | "tr", true) if deep == 0 && !tables.is_empty() => {
                if let Some(t) = tables.last_mut() {
                    t.in_cell = false;
                }
            }
            ("br", _) => push_break(sink(&mut tables, &mut out)),
            (n, _) if BLOCKS.contains(&n) || n == "tr" || n == "td" || n == "th" => {
                push_break(sink(&mut tables, &mut out))
            }
            _ => {}
        }
    }
    while let Some(t) = tables.pop() {
        let rendered = t.render();
        let s = sink(&mut tables, &mut out);
        push_break(s);
        s.push_str(&rendered);
    }
    out
}

/// Where text goes now: the open cell of the innermost table, or the page.
fn sink<'a>(tables: &'a mut [TableB], out: &'a mut String) -> &'a mut String {
    match tables.last_mut() {
        Some(t) => t.sink(),
        None => out,
    }
}

fn push_text(s: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{3000}' {
            if !s.ends_with([' ', '\n', '\t']) && !s.is_empty() {
                s.push(' ');
            }
        } else {
            s.push(c);
        }
    }
}

fn push_break(s: &mut String) {
    while s.ends_with(' ') {
        s.pop();
    }
    if !s.is_empty() && !s.ends_with('\n') {
        s.push('\n');
    }
}

/// Index of the '>' closing a tag that starts at 0, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let mut last = b'<';
    for (i, &b) in s.as_bytes().iter().enumerate().skip(1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            // Quotes only open an attribute value (after '=').
            None if (b == b'"' || b == b'\'') && last == b'=' => quote = Some(b),
            None if b == b'>' => return Some(i),
            None => {}
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
    }
    None
}

/// Byte index of the "</name" that ends a skipped element (script, style), or the end.
fn find_end_tag(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let n = name.as_bytes();
    let mut i = from;
    while let Some(j) = html.get(i..).and_then(|s| s.find("</")) {
        let at = i + j;
        let cand = bytes.get(at + 2..at + 2 + n.len());
        if cand.is_some_and(|c| c.eq_ignore_ascii_case(n)) {
            return at;
        }
        i = at + 2;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_with_spans() {
        let h = "<html><head><title>T</title><script>var a='<td>';</script></head><body>\
                 <p>一、总体情况</p><table><tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>\
                 <tr><td>C&nbsp;1</td></tr><tr><td>x</td><td>y</td><td>z</td></tr></table><p>end</p>";
        assert_eq!(
            to_text(h),
            "T\n一、总体情况\nA\t\tB\n\t\tC 1\nx\ty\tz\nend\n"
        );
    }

    #[test]
    fn hostile_markup_is_bounded() {
        let deep = "<table><tr><td>".repeat(100) + "x";
        assert!(to_text(&deep).contains('x'));
        let divs = "<div>".repeat(100_000) + "y";
        assert!(to_text(&divs).contains('y'));
        assert_eq!(
            to_text("a < b &amp; &#x4e00; &bogus; <unclosed"),
            "a < b & 一 &bogus; "
        );
        assert_eq!(decode("&#0;"), "&#0;");
    }
}
