//! Which sentences of a narrative text the scanner reads token by token. Most sentences of a
//! report quote no count; finding them is a search for a few characters (a SIMD search where
//! the machine has one), where tokenizing is a decision at every one.

use std::ops::Range;
use std::sync::OnceLock;

use super::charset::{decode, CharSet};
use super::keywords::{Class, Matcher, Role, KEYWORDS};
use super::numerals::{is_unit, starts_number, unit_of, Unit, UNITS};
use super::scan::{AFTER_WINDOW, BEFORE_WINDOW};
use super::stream::{is_space, Filtered};
use super::tokens::{is_sentence_end, match_keyword, plain_figure, qualifies};

/// The first characters of the keywords with a role: where such a keyword's token can begin.
fn keyword_starts(role: impl Fn(Role) -> bool) -> impl Iterator<Item = char> {
    KEYWORDS
        .iter()
        .filter(move |k| role(k.role))
        .filter_map(|k| k.text.chars().next())
}

/// Units of a count or amount, and the first characters of the negations that state a zero: a
/// sentence without any of them states nothing the checks read. (A percentage states a share
/// only of a count its sentence states, which has its own mark.)
fn marks() -> impl Iterator<Item = char> {
    UNITS
        .chars()
        .filter(|&c| unit_of(c) != Some(Unit::Percent))
        .chain(keyword_starts(|r| r == Role::Negation))
}

/// When the text says "维持": the claim itself, and the first characters of the table 四 group
/// keywords, as the claim may refer back to a group named in an earlier sentence.
fn group_starts() -> impl Iterator<Item = char> {
    std::iter::once('维').chain(keyword_starts(|r| matches!(r, Role::Group(_))))
}

/// Calls `f` with the byte range of each sentence that may state something, in order: one with
/// a negation, a group word (when the text says 维持), or a figure with its unit and a keyword
/// near it ([`keyword_near`]). The others are only passed over: most of a narrative never
/// quotes a count, or quotes one no keyword governs ("主动公开政府信息2645条"), and nothing the
/// resolver keeps from one sentence to the next comes from them (only the last named group does,
/// which "均获维持" reads: when the text says 维持, every sentence naming a group is read too).
pub(super) fn sentences_to_read(text: &str, f: impl FnMut(Range<usize>)) {
    sentences_to_read_with(text, true, f);
}

/// [`sentences_to_read`], with the SIMD search only when `simd`: both select the same
/// sentences, which tests compare.
pub(super) fn sentences_to_read_with(text: &str, simd: bool, mut f: impl FnMut(Range<usize>)) {
    struct Sets {
        marks_or_upheld: CharSet,
        marks_and_groups: CharSet,
    }
    static SETS: OnceLock<Sets> = OnceLock::new();
    let sets = SETS.get_or_init(|| Sets {
        marks_or_upheld: CharSet::new(marks().chain(['维'])),
        marks_and_groups: CharSet::new(marks().chain(group_starts())),
    });
    // Most texts never say 维持, which one search finds on the way; a text that does is
    // searched again, for the group words too.
    let mut read = Vec::new();
    if !select(text, simd, &sets.marks_or_upheld, false, &mut read) {
        read.clear();
        select(text, simd, &sets.marks_and_groups, true, &mut read);
    }
    read.into_iter().for_each(&mut f);
}

/// Pushes the sentences of `text` with a mark of `set` that may state something. Without
/// `groups`, stops at the first "维持" and returns false: the text is to be searched with the
/// group words.
fn select(
    text: &str,
    simd: bool,
    set: &CharSet,
    groups: bool,
    read: &mut Vec<Range<usize>>,
) -> bool {
    // Where the last sentence read ends: the marks before it are passed. Sentence ends are not
    // searched for (a report has a few dozen, most around sentences nothing states in): the
    // bounds of a sentence are looked for only around a mark that may state something.
    let mut done = 0;
    let mut upheld = false;
    set.each_with(text, 0, simd, |i, c| {
        if c == '维' && !groups {
            upheld = Filtered::at(text, i + c.len_utf8()).peek() == Some('持');
            return !upheld;
        }
        if i >= done && may_state(text, i, c) && (!is_unit(c) || keyword_near(text, i, c)) {
            let sentence_end = |(p, c): (usize, char)| is_sentence_end(c).then(|| p + c.len_utf8());
            let start = text
                .get(done..i)
                .and_then(|before| before.char_indices().rev().find_map(sentence_end))
                .map_or(done, |p| done + p);
            let end = text
                .get(i..)
                .and_then(|rest| rest.char_indices().find_map(sentence_end))
                .map_or(text.len(), |p| i + p);
            read.push(start..end);
            done = end;
        }
        true
    });
    !upheld
}

/// Whether the mark `c` at byte `at` may begin a statement: a negation or a group word always;
/// a unit only right after a figure ("3件", "两个", "12.5%", "3万余元"), which is where a number
/// with its unit ends. Whitespace is passed; across a line break (a page number may stand
/// between figure and unit) the answer is yes, to be safe.
fn may_state(text: &str, at: usize, c: char) -> bool {
    if !is_unit(c) {
        return true;
    }
    for p in text.get(..at).unwrap_or("").chars().rev() {
        match p {
            '\n' | '\r' | '\u{c}' => return true,
            '余' | '多' | '万' => {}
            _ if is_space(p) => {}
            _ => return starts_number(p) || matches!(p, '百' | '千'),
        }
    }
    false
}

/// Whether a keyword that takes a number stands near enough to the figure whose unit `unit` is
/// at byte `at` for the figure to state something: within [`BEFORE_WINDOW`] characters before
/// it, in its clause, or [`AFTER_WINDOW`] after it. Most figures of a report ("政府信息2645条",
/// "组织4次季度检查") have none, and their sentence need not be tokenized.
///
/// The answer may be yes where the tokenizer then attaches nothing, never no where it would
/// attach something: every position of both windows is tried as a keyword start, as the
/// tokenizer tries it; the figure is passed over whatever it is made of (digits, separators,
/// Chinese numerals, 万, 余, 多, 百分之), so the window before it starts at least as far back as
/// the tokenizer's; only the breaks that no number reads on through end a window (not ',',
/// a thousands separator); and across a line break (where a page number may be skipped) the
/// answer is yes. The one early no: a figure after 第 (an ordinal) or 等, 约… (not exact) that
/// the tokenizer starts at its first character and reads whole, up to the unit.
fn keyword_near(text: &str, at: usize, unit: char) -> bool {
    let m = Matcher::get();
    let longest = Walk::longest();
    let bytes = text.as_bytes();
    let keyword_at = |p: usize, code: u32| match (m.class(code), char::from_u32(code)) {
        (Class::Keyword(n), Some(c)) => {
            match_keyword(m, n, text, p, c).is_some_and(|(k, _)| k.role.takes_number())
        }
        _ => false,
    };
    let mut end = at;
    let mut figure = true;
    let mut n = 0;
    while let Some((p, code)) = char_before(text, bytes, end) {
        end = p;
        let f = Walk::flags(m, code);
        if f & (Walk::LINE | Walk::STOP | Walk::KEYWORD | Walk::SPACE) != 0 {
            if f & Walk::LINE != 0 {
                return true;
            }
            if f & Walk::STOP != 0 {
                break;
            }
            if f & Walk::KEYWORD != 0 && keyword_at(p, code) {
                return true;
            }
            if f & Walk::SPACE != 0 {
                continue;
            }
        }
        if figure && f & Walk::FIGURE == 0 {
            // The character before the figure: after "第" it is an ordinal, after "等", "约"…
            // not exact, when the tokenizer reads it whole: it starts a number right there (at
            // a numeral: "千" is not one, "约千三件" is read from "三") and its fast reader takes
            // it up to the unit. Either way it states nothing.
            let ordinal_or_qualified =
                char::from_u32(code).is_some_and(|c| c == '第' || qualifies(c));
            let whole = || {
                let start = p + char::from_u32(code).map_or(0, char::len_utf8);
                decode(text, bytes, start).is_some_and(|(c, _)| m.class(c) == Class::Numeral)
                    && plain_figure(text, start)
                        .is_some_and(|(_, stop)| stop == at + unit.len_utf8())
            };
            if ordinal_or_qualified && whole() {
                return false;
            }
        }
        figure = figure && f & Walk::FIGURE != 0;
        if !figure {
            n += 1;
            if n > BEFORE_WINDOW + longest {
                break;
            }
        }
    }
    let mut p = at + unit.len_utf8();
    let mut n = 0;
    while let Some((code, len)) = decode(text, bytes, p) {
        let f = Walk::flags(m, code);
        if f & Walk::LINE != 0 || (f & Walk::KEYWORD != 0 && keyword_at(p, code)) {
            return true;
        }
        if f & Walk::STOP != 0 {
            break;
        }
        if f & Walk::SPACE == 0 {
            n += 1;
            if n > AFTER_WINDOW {
                break;
            }
        }
        p += len;
    }
    false
}

/// The character that ends at byte `end` of `text` (a boundary), with where it starts.
fn char_before(text: &str, bytes: &[u8], end: usize) -> Option<(usize, u32)> {
    if let Some(&[b0 @ 0xe0..=0xef, b1, b2]) = bytes.get(end.saturating_sub(3)..end) {
        let code =
            (u32::from(b0 & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
        return Some((end - 3, code));
    }
    let c = text.get(..end)?.chars().next_back()?;
    Some((end - c.len_utf8(), c as u32))
}

/// What [`keyword_near`]'s walks do at a character, from its class for the tokenizer (one
/// load) and, for a plain character, whether it is whitespace or part of a figure.
struct Walk;

impl Walk {
    /// A break no number reads on through: ends a window.
    const STOP: u8 = 1;
    /// A line break: a page number may be skipped there.
    const LINE: u8 = 2;
    /// Whitespace: not counted.
    const SPACE: u8 = 4;
    /// May be part of a figure (digits, separators, Chinese numerals, 万, 余, 多, 百分之).
    const FIGURE: u8 = 8;
    /// Starts a keyword.
    const KEYWORD: u8 = 16;

    fn flags(m: &Matcher, code: u32) -> u8 {
        match m.class(code) {
            Class::LineBreak => Walk::LINE,
            Class::SentenceEnd => Walk::STOP,
            // A thousands separator, which a number reads on through.
            Class::ClauseEnd if code == u32::from(b',') => Walk::FIGURE,
            Class::ClauseEnd => Walk::STOP,
            Class::Numeral => Walk::FIGURE,
            Class::Keyword(_) => Walk::KEYWORD,
            Class::Plain => match char::from_u32(code) {
                Some(c) if is_space(c) => Walk::SPACE,
                Some('千' | '万' | '余' | '多' | '.' | '．' | '分' | '之') => Walk::FIGURE,
                _ => 0,
            },
        }
    }

    /// The most characters a keyword has.
    fn longest() -> usize {
        static LONGEST: OnceLock<usize> = OnceLock::new();
        *LONGEST.get_or_init(|| {
            KEYWORDS
                .iter()
                .map(|k| k.text.chars().count())
                .max()
                .unwrap_or(0)
        })
    }
}
