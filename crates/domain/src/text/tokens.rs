//! Tokens of a narrative text: keywords, numbers with their units, and the breaks between
//! clauses and sentences.

use std::ops::Range;

use super::charset::decode;
use super::keywords::{Class, Keyword, Matcher, KEYWORDS};
use super::numerals::{
    read_number, starts_number, unit_of, ChineseNumeral, Fixed, Num, MAX_DIGITS,
};
use super::stream::{first_difference, is_space, page_number_line, Filtered};

/// A token of a narrative text.
#[derive(Debug, Clone, Copy)]
pub(super) enum Tok {
    Kw(&'static Keyword),
    Num(Num),
    /// 。！？ and paragraph ends close a sentence.
    Sentence,
    /// ，；：, brackets and quotation marks close a clause ("、" does not: it joins a list).
    Clause,
    /// "、" closes a list item: "行政诉讼案件1件、行政复议案件2件".
    List,
}

/// A token with where it stands.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) tok: Tok,
    /// Byte range in the text, from the token's first character to just after its last. How
    /// far apart two tokens stand, in characters, is counted only when a rule asks
    /// ([`gap`](super::stream::gap)).
    pub(super) bytes: (usize, usize),
    /// "等", "约", "近", "超" or "逾" just before a number: not an exact count of the keyword.
    /// (After "第" the number is an ordinal and gives no token.)
    pub(super) qualified: bool,
}

/// What ends a sentence.
pub(super) const SENTENCE_ENDS: &str = "。！？!?…";
/// What ends a clause: ，；：, brackets and quotation marks ("、" does not: it joins a list).
pub(super) const CLAUSE_ENDS: &str = "，,；;：:（）()【】“”「」";

/// Appends the tokens of the sentences at `range` of `text` (which ends at a sentence end or at
/// the end of the text). A search for the characters that may start a token
/// ([`Matcher::stops`]) passes over the plain text between them, a bit test per character; each
/// character found is read as a break, a number or a keyword, or passed. Returns whether a
/// Kangxi radical look-alike was passed (the text is then read again as the ideographs).
pub(super) fn tokenize(text: &str, range: Range<usize>, toks: &mut Vec<Token>) -> bool {
    let mut lookalike = false;
    let matcher = Matcher::get();
    let stops = matcher.stops();
    let bytes = text.as_bytes();
    let end = range.end.min(text.len());
    let mut i = range.start;
    if i == 0 {
        i = skip_page_lines(text, 0);
    }
    // Where the text after the last token (or break, or character looked at) begins: the plain
    // text from here to the next character looked at ends with the character before a number.
    let mut from = i;
    // The last character before `from`: "第3次" is an ordinal, "约3件" not exact.
    let mut prev = '\0';
    let hot = bytes.get(..end).unwrap_or(bytes);
    while i < end {
        // The hot loop: plain three-byte characters (almost all of a Chinese text) are passed
        // with a bit test each, without the general decoding.
        let (code, len) = loop {
            match hot.get(i..).and_then(<[u8]>::first_chunk::<3>) {
                Some(&[b0 @ 0xe0..=0xef, b1, b2]) => {
                    let code = (usize::from(b0 & 0x0f) << 12)
                        | (usize::from(b1 & 0x3f) << 6)
                        | usize::from(b2 & 0x3f);
                    if !stops.has_bmp(code) {
                        i += 3;
                        continue;
                    }
                    break (code as u32, 3);
                }
                _ => match decode(text, bytes, i) {
                    Some((code, len)) if i < end => break (code, len),
                    _ => return lookalike,
                },
            }
        };
        let next = i + len;
        let c = char::from_u32(code).unwrap_or('\0');
        match matcher.class(code) {
            Class::Plain => i = next,
            Class::Lookalike => {
                lookalike = true;
                i = next;
            }
            Class::LineBreak => {
                if let Some(p) = last_filtered(text, from, i) {
                    prev = p;
                }
                i = skip_page_lines(text, next);
                from = i;
            }
            Class::SentenceEnd => {
                push_break(toks, Tok::Sentence, i);
                (i, from, prev) = (next, next, c);
            }
            Class::ClauseEnd => {
                push_break(toks, Tok::Clause, i);
                (i, from, prev) = (next, next, c);
            }
            Class::ListEnd => {
                push_break(toks, Tok::List, i);
                (i, from, prev) = (next, next, c);
            }
            Class::Numeral => {
                let read = match plain_figure(text, i) {
                    Some(fast) => Some(fast),
                    None => {
                        let mut probe = Filtered::at(text, i);
                        read_number(&mut probe).map(|num| (num, probe.offset()))
                    }
                };
                match read {
                    Some((num, stop)) if stop > i => {
                        let before = last_filtered(text, from, i).unwrap_or(prev);
                        if num.unit.is_some() && !num.approx && before != '第' {
                            toks.push(Token {
                                tok: Tok::Num(num),
                                bytes: (i, stop),
                                qualified: qualifies(before),
                            });
                        }
                        (i, from, prev) = (stop, stop, '0');
                    }
                    // No keyword starts with a numeral: the character is passed.
                    _ => (i, from, prev) = (next, next, c),
                }
            }
            Class::Keyword(n) => match match_keyword(matcher, n, text, i, c) {
                Some((k, stop)) => {
                    toks.push(Token {
                        tok: Tok::Kw(k),
                        bytes: (i, stop),
                        qualified: false,
                    });
                    let last = k.text.chars().next_back().unwrap_or('\0');
                    (i, from, prev) = (stop, stop, last);
                }
                None => (i, from, prev) = (next, next, c),
            },
        }
    }
    lookalike
}

/// Whether a figure written right after `c` is not an exact count of the words before it: "等",
/// "约", "近", "超", "逾", "各" (each of several), "每" (a slogan: "办理好每一件").
pub(super) fn qualifies(c: char) -> bool {
    matches!(c, '等' | '约' | '近' | '超' | '逾' | '各' | '每')
}

/// The usual figure, read without the general reader: ASCII digits, or Chinese numerals
/// ("十四", "二〇三五", "一"), and right after them the character that ends the number (a unit,
/// or any other that [`read_number`] does not read on through). `None` where the general reader
/// is needed: whitespace, a separator, 万, 余 or 多 after the figure, "百分之", or a figure longer
/// than the reader takes.
pub(super) fn plain_figure(text: &str, at: usize) -> Option<(Num, usize)> {
    let rest = text.get(at..)?;
    let (value, len) = if rest.as_bytes().first()?.is_ascii_digit() {
        // Counted no further than the bound: a run of n digits is looked at from each of its
        // digits, and counting it whole each time took O(n²) (45,000 digits: 0.9 s).
        let digits = rest
            .bytes()
            .take(MAX_DIGITS + 1)
            .take_while(u8::is_ascii_digit)
            .count();
        if digits > MAX_DIGITS {
            return None;
        }
        let value = rest
            .bytes()
            .take(digits)
            .fold(0i64, |v, b| v * 10 + i64::from(b - b'0'));
        (value, digits)
    } else {
        if rest.starts_with('百') {
            return None;
        }
        chinese_figure(rest)?
    };
    let end = at + len;
    let (unit, unit_len) = match text.get(end..).and_then(|r| r.chars().next()) {
        Some(c) if unit_of(c).is_some() => (unit_of(c), c.len_utf8()),
        Some(c)
            if is_space(c)
                || starts_number(c)
                || matches!(c, ',' | '.' | '．' | '万' | '余' | '多') =>
        {
            return None
        }
        _ => (None, 0),
    };
    let num = Num {
        value: Fixed::int(value),
        unit,
        approx: false,
    };
    Some((num, end + unit_len))
}

/// Chinese numerals at the start of `rest` as [`read_number`] reads them, with their length in
/// bytes, up to the first other character; `None` past twelve characters (for the general
/// reader, as for a 万 after them, which [`plain_figure`] leaves to it).
fn chinese_figure(rest: &str) -> Option<(i64, usize)> {
    let mut n = ChineseNumeral::default();
    let mut len = 0;
    for (count, c) in rest.chars().enumerate() {
        if !n.push(c) {
            break;
        }
        if count >= 12 {
            return None;
        }
        len += c.len_utf8();
    }
    (len > 0).then_some((n.value(), len))
}

/// Where the text goes on after the page-number lines (if any) that start at byte `at`, a line
/// start.
fn skip_page_lines(text: &str, mut at: usize) -> usize {
    while let Some(len) = text.get(at..).and_then(page_number_line) {
        at += len;
    }
    at
}

/// The last character of `text[from..to]` that is not whitespace (the plain text passed between
/// two characters the tokenizer looks at, where no line break is).
fn last_filtered(text: &str, from: usize, to: usize) -> Option<char> {
    text.get(from..to)?.chars().rev().find(|&c| !is_space(c))
}

/// Appends a break at byte `at`: consecutive breaks make one (the strongest: a sentence end,
/// then a clause end, then a list end; from the first to the last). A break before the first keyword or number is kept: it
/// ends the words of that token's item ("实现线上同步公开；年内办结申请23件": 线上 is not of the
/// figure's item).
fn push_break(toks: &mut Vec<Token>, tok: Tok, at: usize) {
    let strength = |t: &Tok| match t {
        Tok::Sentence => 3,
        Tok::Clause => 2,
        Tok::List => 1,
        _ => 0,
    };
    match toks.last_mut() {
        // The break spans from the first of them (where the words before end) to the last
        // (where the words of the next item start).
        Some(t) if strength(&t.tok) > 0 => {
            if strength(&tok) > strength(&t.tok) {
                t.tok = tok;
            }
            t.bytes.1 = at;
        }
        _ => toks.push(Token {
            tok,
            bytes: (at, at),
            qualified: false,
        }),
    }
}

/// The longest keyword starting with `c` at byte `at`, with the byte where it ends. A keyword
/// may be split by whitespace or a page break in copied text; the bytes are compared first, and
/// the text is walked character by character only where they differ at whitespace.
pub(super) fn match_keyword(
    m: &Matcher,
    n: usize,
    text: &str,
    at: usize,
    c: char,
) -> Option<(&'static Keyword, usize)> {
    let (all, seconds) = m.keywords(n);
    // Most tries end at the second character: no keyword goes on with it, and it is not
    // whitespace (which a keyword split across lines would have there). Otherwise only the
    // keywords it may follow the first in are compared.
    let second = text.get(at + c.len_utf8()..).and_then(|s| s.chars().next());
    let words = match second {
        Some(s) if !is_space(s) => m.following(n, s),
        None if seconds.is_some() => return None,
        _ => all,
    };
    let rest = text.as_bytes().get(at..)?;
    words.iter().find_map(|&i| {
        let k = &KEYWORDS[i];
        let want = k.text.as_bytes();
        let differs = match first_difference(rest, want) {
            None if rest.len() >= want.len() => return Some((k, at + want.len())),
            None => rest.len(),
            Some(d) => d,
        };
        // Where the bytes first differ, the text's character there must be whitespace for the
        // keyword to match further on: every character before it equals one of the keyword's.
        let start = (0..=differs)
            .rev()
            .find(|&b| text.is_char_boundary(at + b))?;
        let here = text.get(at + start..)?.chars().next()?;
        if !is_space(here) {
            return None;
        }
        let mut s = Filtered::at(text, at);
        s.eat(k.text).then(|| (k, s.offset()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_are_where_numbers_start() {
        let m = Matcher::get();
        for c in (0u32..0x10000).filter_map(char::from_u32) {
            let numeral = m.class(c as u32) == Class::Numeral;
            assert_eq!(numeral, starts_number(c) || c == '百', "{c:?}");
        }
    }

    /// Wherever the fast path reads a figure, the general reader reads the same figure to the
    /// same place.
    #[test]
    fn plain_figures_are_what_the_reader_reads() {
        let texts = [
            include_str!("../../../../tests/fixtures/2019-shanghai-format2019.txt"),
            include_str!("../../../../tests/fixtures/2021-pingtan-flattened.txt"),
            include_str!("../../../../tests/fixtures/2024-huaian-pdf-layout.txt"),
            "3件 3 件 3\n件 3.5件 3.件 1,234件 1,23件 1,2345件 3万元 3万件 3余件 3多 3％ 3% 3元 3百 3千 \
             3十 3一 3０ 1234567890123456件 123456789012345件 十四个 二〇三五年 一百零五件 两千零一十件 \
             十二万件 百分之十 三十 件 一二三四五六七八九十一二三四件 零 〇 七八 3",
        ];
        let mut read = 0;
        for t in texts {
            for (i, _) in t.char_indices() {
                let Some((num, end)) = plain_figure(t, i) else {
                    continue;
                };
                let mut s = Filtered::at(t, i);
                assert_eq!(read_number(&mut s), Some(num), "{:?}", &t[i..]);
                assert_eq!(s.offset(), end, "{:?}", &t[i..]);
                read += 1;
            }
        }
        assert!(read > 500, "{read}");
    }

    #[test]
    fn breaks_are_the_listed_characters() {
        for c in (0u32..0x10000).filter_map(char::from_u32) {
            let class = Matcher::get().class(c as u32);
            assert_eq!(
                class == Class::SentenceEnd,
                SENTENCE_ENDS.contains(c),
                "{c:?}"
            );
            assert_eq!(class == Class::ClauseEnd, CLAUSE_ENDS.contains(c), "{c:?}");
        }
    }
}
