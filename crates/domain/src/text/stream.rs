//! The narrative as the checks read it: whitespace, line breaks and page-number lines are skipped,
//! so a sentence split by a line or page break in copied text reads as one.

/// Whitespace as copied text has it: ASCII, no-break and full-width spaces, zero-width marks.
/// Cheaper than `char::is_whitespace` on CJK text, where almost every character is above U+3000.
#[inline]
pub fn is_space(c: char) -> bool {
    let u = c as u32;
    // CJK text is almost all above U+3000: one comparison decides it.
    if u > 0x3000 {
        return u == 0xfeff;
    }
    match u {
        0..=0x20 => true,
        0x21..=0x9f => false,
        _ => matches!(
            u,
            0xa0 | 0x1680 | 0x2000..=0x200b | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
        ),
    }
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

    /// Takes the ASCII digits that follow right here (no whitespace before or between them), at
    /// most `max`: what `next` would yield one by one, without decoding each. Returns them.
    pub fn take_ascii_digits(&mut self, max: usize) -> &'a str {
        if self.line_start {
            return "";
        }
        let rest = self.text.get(self.pos..).unwrap_or("");
        let n = rest
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        self.pos += n;
        rest.get(..n).unwrap_or("")
    }

    /// Whether the stream continues with `s` (whose own characters are never whitespace);
    /// on success the stream is advanced past it.
    pub fn eat(&mut self, s: &str) -> bool {
        // Fast path: the raw text here is `s` itself, or differs from it with no whitespace in
        // between (the usual case), so no character-by-character walk. Where the bytes first
        // differ, only the text's character there can be whitespace: every character before it
        // equals one of `s`, which has none. At a line start a page-number line may come first:
        // take the careful path.
        if !self.line_start {
            let rest = self.text.get(self.pos..).unwrap_or("");
            let (have, want) = (rest.as_bytes(), s.as_bytes());
            match first_difference(have, want) {
                None if have.len() >= want.len() => {
                    self.pos += s.len();
                    return true;
                }
                None => {}
                Some(i) => {
                    let start = (0..=i).rev().find(|&k| rest.is_char_boundary(k));
                    let here = start.and_then(|k| rest.get(k..)?.chars().next());
                    if !here.is_some_and(is_space) {
                        return false;
                    }
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

/// How many characters a stream yields between byte `from`, just after a character it yielded,
/// and byte `to`, where a later one starts: how far apart two tokens stand. Counted no further
/// than `cap + 1`, as the scanner only asks whether a keyword is within a few characters of its
/// number.
pub(super) fn gap(text: &str, from: usize, to: usize, cap: usize) -> usize {
    // A range that is not one of the text (never asked) counts as far, not as adjacent.
    let Some(between) = text.get(from..to) else {
        return cap.saturating_add(1);
    };
    let mut n = 0;
    // No line break in between: no page-number line can be skipped, so the count is the
    // non-whitespace characters of the raw text (the usual case).
    if !between.bytes().any(|b| matches!(b, b'\n' | b'\r' | 0x0c)) {
        for c in between.chars() {
            if !is_space(c) {
                n += 1;
                if n > cap {
                    break;
                }
            }
        }
        return n;
    }
    for (at, _) in Filtered::at(text, from) {
        if at >= to || n > cap {
            break;
        }
        n += 1;
    }
    n
}

/// The first position where `a` and `b` differ, within the shorter of them. Compared eight bytes
/// at a time: the keyword matcher asks this at every candidate word, most of which share their
/// first characters with others ("行政复议", "行政诉讼", "行政许可"…).
pub(super) fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    let n = a.len().min(b.len());
    let (a, b) = (a.get(..n)?, b.get(..n)?);
    let mut i = 0;
    for (x, y) in a.chunks_exact(8).zip(b.chunks_exact(8)) {
        let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        let diff = word(x) ^ word(y);
        if diff != 0 {
            return Some(i + diff.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    let mut tail = a.get(i..)?.iter().zip(b.get(i..)?);
    tail.position(|(x, y)| x != y).map(|p| i + p)
}

impl Iterator for Filtered<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        // Fast path away from line starts: printable ASCII and CJK ideographs (lead bytes
        // E4..E9) are never whitespace, so they are returned without the general loop.
        if !self.line_start {
            let at = self.pos;
            let bytes = self.text.as_bytes();
            match bytes.get(at..at + 3) {
                Some(&[b0, b1, b2]) if (0xe4..=0xe9).contains(&b0) => {
                    let c = (u32::from(b0 & 0x0f) << 12)
                        | (u32::from(b1 & 0x3f) << 6)
                        | u32::from(b2 & 0x3f);
                    if let Some(c) = char::from_u32(c) {
                        self.pos += 3;
                        return Some((at, c));
                    }
                }
                _ => {
                    if let Some(&b) = bytes.get(at) {
                        if (0x21..0x80).contains(&b) {
                            self.pos += 1;
                            return Some((at, char::from(b)));
                        }
                    }
                }
            }
        }
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
pub(super) fn page_number_line(s: &str) -> Option<usize> {
    // Most lines are text: their first character decides without looking for the line's end.
    let first = s.trim_start().chars().next()?;
    if !matches!(first, '-' | '－' | '—' | '–' | '第') {
        return None;
    }
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

    /// `eat` as the careful path alone does it.
    fn eat_slowly(f: &mut Filtered, s: &str) -> bool {
        let mut probe = f.clone();
        for want in s.chars() {
            match probe.next() {
                Some((_, c)) if c == want => {}
                _ => return false,
            }
        }
        *f = probe;
        true
    }

    #[test]
    fn is_space_is_the_listed_set() {
        for c in (0u32..0x11000).filter_map(char::from_u32) {
            let listed = matches!(
                c as u32,
                0..=0x20
                    | 0xa0
                    | 0x1680
                    | 0x2000..=0x200b
                    | 0x2028
                    | 0x2029
                    | 0x202f
                    | 0x205f
                    | 0x3000
                    | 0xfeff
            );
            assert_eq!(is_space(c), listed, "{c:?}");
        }
    }

    #[test]
    fn eat_agrees_with_the_careful_path() {
        let texts = [
            "公开及部分公开3件",
            "公\u{3000}开及部分",
            "公开\n及部分公开",
            "公开 及\u{a0}部分公开",
            "公开及部\u{200b}分公开",
            "公开及",
            "公开乙",
            "公",
            "",
            "公开\n-2-\n及部分公开",
            "\u{feff}公开及部分公开",
        ];
        for t in texts {
            for (at, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
                for s in ["公开及部分公开", "公开", "及部分", "开"] {
                    let (mut a, mut b) = (Filtered::at(t, at), Filtered::at(t, at));
                    assert_eq!(a.eat(s), eat_slowly(&mut b, s), "{t:?} at {at} eat {s:?}");
                    assert_eq!(a.offset(), b.offset(), "{t:?} at {at} eat {s:?}");
                }
            }
        }
    }

    #[test]
    fn first_difference_is_the_first_unequal_byte() {
        let slow = |a: &[u8], b: &[u8]| a.iter().zip(b).position(|(x, y)| x != y);
        let base: Vec<u8> = (0u8..40).collect();
        for len in [0, 1, 7, 8, 9, 16, 23, 24, 40] {
            for at in 0..len {
                let mut other = base[..len].to_vec();
                other[at] ^= 0x80;
                for (a, b) in [(&base[..len], &other[..]), (&base[..], &other[..])] {
                    assert_eq!(first_difference(a, b), slow(a, b), "len {len} at {at}");
                    assert_eq!(first_difference(a, b), Some(at));
                }
            }
            assert_eq!(first_difference(&base[..len], &base), None);
        }
    }

    #[test]
    fn gap_counts_the_characters_between() {
        for t in [
            "12 34件",
            "1\n2",
            "1\n-2-\n3",
            "甲\u{3000}乙丙",
            "甲\n乙 \n丙",
            "",
        ] {
            let chars: Vec<(usize, char)> = Filtered::new(t).collect();
            for (i, &(a, c)) in chars.iter().enumerate() {
                let end = a + c.len_utf8();
                for (j, &(b, _)) in chars.iter().enumerate().skip(i + 1) {
                    let between = j - i - 1;
                    assert_eq!(gap(t, end, b, usize::MAX), between, "{t:?} {a}..{b}");
                    for cap in 0..3 {
                        assert_eq!(gap(t, end, b, cap), between.min(cap + 1), "{t:?} {cap}");
                    }
                }
            }
        }
    }
}
