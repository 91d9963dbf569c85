//! The narrative as the checks read it: whitespace, line breaks and page-number lines are skipped,
//! so a sentence split by a line or page break in copied text reads as one.

/// Whitespace as copied text has it: ASCII, no-break and full-width spaces, zero-width marks.
/// Cheaper than `char::is_whitespace` on CJK text, where almost every character is above U+3000.
#[inline]
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0..=0x20 => true,
        0x21..=0x9f => false,
        0xa0 | 0x1680 | 0x2000..=0x200b | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000 | 0xfeff => {
            true
        }
        _ => false,
    }
}

/// Whether UTF-8 bytes may encode a character `is_space` accepts, read byte-wise (a window
/// may end inside a character: an incomplete sequence that could be a space counts as one).
#[inline]
fn may_hold_space(bytes: &[u8]) -> bool {
    for (i, &b) in bytes.iter().enumerate() {
        let at = |k: usize| bytes.get(i + k).copied();
        let hit = match (b, at(1), at(2)) {
            (0..=0x20, _, _) => true,
            (0xc2, b1, _) => b1.is_none_or(|x| x == 0xa0),
            (0xe1 | 0xe2 | 0xe3 | 0xef, None, _) | (0xe1 | 0xe2 | 0xe3 | 0xef, _, None) => true,
            (0xe1, Some(0x9a), Some(0x80)) => true,
            (0xe2, Some(0x80), Some(x)) => matches!(x, 0x80..=0x8b | 0xa8 | 0xa9 | 0xaf),
            (0xe2, Some(0x81), Some(0x9f)) => true,
            (0xe3, Some(0x80), Some(0x80)) => true,
            (0xef, Some(0xbb), Some(0xbf)) => true,
            _ => false,
        };
        if hit {
            return true;
        }
    }
    false
}

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

    /// A stream over `text` starting at byte `pos` (a character boundary, not at a line start).
    pub fn at(text: &'a str, pos: usize) -> Filtered<'a> {
        Filtered {
            text,
            pos: pos.min(text.len()),
            line_start: false,
        }
    }

    /// Advances past every character `plain` accepts (and past whitespace and page-number
    /// lines), stopping before the first one it rejects. Returns how many non-whitespace
    /// characters were passed and the last of them. This is the scanners' fast path: most of a
    /// narrative is passed here without building anything.
    pub fn skip_plain(&mut self, plain: impl Fn(char) -> bool) -> (usize, Option<char>) {
        let mut count = 0;
        let mut last = None;
        'lines: loop {
            let Some(rest) = self.text.get(self.pos..) else {
                return (count, last);
            };
            if self.line_start {
                self.line_start = false;
                if let Some(len) = page_number_line(rest) {
                    self.pos += len;
                    self.line_start = true;
                    continue;
                }
            }
            for (off, c) in rest.char_indices() {
                if c == '\n' || c == '\r' || c == '\u{c}' {
                    self.pos += off + 1;
                    self.line_start = true;
                    continue 'lines;
                }
                if is_space(c) {
                    continue;
                }
                if !plain(c) {
                    self.pos += off;
                    return (count, last);
                }
                count += 1;
                last = Some(c);
            }
            self.pos = self.text.len();
            return (count, last);
        }
    }

    /// Whether the stream continues with `s` (whose own characters are never whitespace);
    /// on success the stream is advanced past it.
    pub fn eat(&mut self, s: &str) -> bool {
        // Fast path: the raw text here is `s` itself, or differs from it with no whitespace in
        // between (the usual case), so no character-by-character walk. At a line start a
        // page-number line may come first: take the careful path.
        if !self.line_start {
            let rest = self.text.get(self.pos..).unwrap_or("");
            if rest.starts_with(s) {
                self.pos += s.len();
                return true;
            }
            if let Some(window) = rest.as_bytes().get(..s.len()) {
                if !may_hold_space(window) {
                    return false;
                }
            }
        }
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
                    self.line_start = true;
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
            if is_space(c) {
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

    #[test]
    fn byte_test_agrees_with_is_space() {
        for c in (0u32..0x11000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(may_hold_space(enc), is_space(c), "{c:?}");
        }
        assert!(may_hold_space("公\u{3000}".as_bytes()));
        assert!(may_hold_space(&"公\u{3000}".as_bytes()[..4]));
        assert!(!may_hold_space(&"公开".as_bytes()[..4]));
        assert!(!may_hold_space("公开及部分".as_bytes()));
    }

    #[test]
    fn skip_plain_counts_what_it_passes() {
        let s = "甲乙 丙\n-2-\n丁3件";
        let mut f = Filtered::new(s);
        assert_eq!(f.skip_plain(|c| !c.is_ascii_digit()), (4, Some('丁')));
        assert_eq!(f.peek(), Some('3'));
        let mut g = Filtered::at(s, s.len());
        assert_eq!(g.skip_plain(|_| true), (0, None));
    }
}
