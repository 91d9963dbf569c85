//! The narrative as the checks read it: whitespace, line breaks and page-number lines are skipped,
//! so a sentence split by a line or page break in copied text reads as one.

/// Characters of a text with their byte offsets, skipping whitespace and page-number lines
/// ("-3-", "- 3 -", "第3页", "第 3 页 共 6 页"). Cheap to clone, which is how callers look ahead.
#[derive(Clone)]
pub struct Filtered<'a> {
    text: &'a str,
    pos: usize,
    line_start: bool,
}

impl<'a> Filtered<'a> {
    /// A stream over a whole text.
    pub fn new(text: &'a str) -> Filtered<'a> {
        Filtered {
            text,
            pos: 0,
            line_start: true,
        }
    }

    /// Byte offset where the stream stands: the end of what it has consumed (the next
    /// character may lie further on, past whitespace).
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// The next character without consuming it.
    pub fn peek(&self) -> Option<char> {
        self.clone().next().map(|(_, c)| c)
    }

    /// Whether the stream continues with `s` (whose own characters are never whitespace);
    /// on success the stream is advanced past it.
    pub fn eat(&mut self, s: &str) -> bool {
        let mut probe = self.clone();
        for want in s.chars() {
            match probe.next() {
                Some((_, c)) if c == want => {}
                _ => return false,
            }
        }
        *self = probe;
        true
    }
}

impl Iterator for Filtered<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        loop {
            let rest = self.text.get(self.pos..)?;
            if self.line_start {
                self.line_start = false;
                if let Some(len) = page_number_line(rest) {
                    self.pos += len;
                    continue;
                }
            }
            let c = rest.chars().next()?;
            let at = self.pos;
            self.pos += c.len_utf8();
            if c == '\n' || c == '\r' || c == '\u{c}' {
                self.line_start = true;
                continue;
            }
            if c.is_whitespace() {
                continue;
            }
            return Some((at, c));
        }
    }
}

/// Length in bytes of a page-number line at the start of `s` (including its line break), if the
/// line is one. Only the line's own characters are read.
fn page_number_line(s: &str) -> Option<usize> {
    let end = s.find('\n').map_or(s.len(), |i| i + 1);
    let line = s.get(..end)?.trim();
    if line.is_empty() {
        return None;
    }
    let dash = |c: char| matches!(c, '-' | '－' | '—' | '–');
    let digits_only =
        |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace());
    if let Some(inner) = line.strip_prefix(dash).and_then(|l| l.strip_suffix(dash)) {
        return digits_only(inner.trim()).then_some(end);
    }
    if let Some(inner) = line.strip_prefix('第') {
        let (page, total) = match inner.split_once('页') {
            Some((p, t)) => (p, t.trim()),
            None => return None,
        };
        let total_ok = total.is_empty()
            || total
                .strip_prefix('共')
                .and_then(|t| t.trim_end().strip_suffix('页'))
                .is_some_and(digits_only);
        return (digits_only(page) && total_ok).then_some(end);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(s: &str) -> String {
        Filtered::new(s).map(|(_, c)| c).collect()
    }

    #[test]
    fn joins_lines_and_pages() {
        // From the 淮安 2024 report (PDF layout text): a word split by a line break, and a
        // sentence split by a page number.
        assert_eq!(
            flat("申请     3119件，答\n复3050件"),
            "申请3119件，答复3050件"
        );
        assert_eq!(
            flat("将栏目不更\n-2-\n新、政策解读"),
            "将栏目不更新、政策解读"
        );
        assert_eq!(
            flat("地方。\n                      -5 -\n主要"),
            "地方。主要"
        );
        assert_eq!(flat("甲\n第 3 页 共 6 页\n乙"), "甲乙");
        // A line that merely starts with a dash is text.
        assert_eq!(flat("-2-3件"), "-2-3件");
        assert_eq!(flat("\n-1-"), "");
    }

    #[test]
    fn offsets_point_into_the_original() {
        let s = "答\n复3件";
        let v: Vec<(usize, char)> = Filtered::new(s).collect();
        assert_eq!(v[1], (4, '复'));
        assert_eq!(&s[v[2].0..], "3件");
        let mut f = Filtered::new(s);
        assert!(f.eat("答复"));
        assert_eq!(f.peek(), Some('3'));
        assert!(!f.clone().eat("34"));
    }
}
