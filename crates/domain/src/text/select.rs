//! Which sentences of a narrative text the scanner reads token by token. Most sentences of a
//! report quote no count; finding them is a search for a few characters (a SIMD search where
//! the machine has one), where tokenizing is a decision at every one.

use std::ops::Range;
use std::sync::OnceLock;

use super::charset::CharSet;
use super::keywords::{Role, KEYWORDS};
use super::numerals::{is_unit, starts_number, UNITS};
use super::stream::{is_space, Filtered};
use super::tokens::{is_sentence_end, SENTENCE_ENDS};

/// The first characters of the keywords with a role: where such a keyword's token can begin.
fn keyword_starts(role: impl Fn(Role) -> bool) -> impl Iterator<Item = char> {
    KEYWORDS
        .iter()
        .filter(move |k| role(k.role))
        .filter_map(|k| k.text.chars().next())
}

/// Units of a count or amount, and the first characters of the negations that state a zero: a
/// sentence without any of them states nothing the checks read.
fn marks() -> impl Iterator<Item = char> {
    UNITS.chars().chain(keyword_starts(|r| r == Role::Negation))
}

/// When the text says "维持": the claim itself, and the first characters of the table 四 group
/// keywords, as the claim may refer back to a group named in an earlier sentence.
fn group_starts() -> impl Iterator<Item = char> {
    std::iter::once('维').chain(keyword_starts(|r| matches!(r, Role::Group(_))))
}

/// Calls `f` with the byte range of each sentence that may state something, in order. The
/// others are only passed over: most of a narrative never quotes a count, and nothing the
/// resolver keeps from one sentence to the next comes from them (only the last named group does,
/// which "均获维持" reads: when the text says 维持, every sentence naming a group is read too).
pub(super) fn sentences_to_read(text: &str, f: impl FnMut(Range<usize>)) {
    sentences_to_read_with(text, true, f);
}

/// [`sentences_to_read`], with the SIMD search only when `simd`: both select the same
/// sentences, which tests compare.
pub(super) fn sentences_to_read_with(text: &str, simd: bool, mut f: impl FnMut(Range<usize>)) {
    struct Sets {
        marks: CharSet,
        marks_and_groups: CharSet,
    }
    static SETS: OnceLock<Sets> = OnceLock::new();
    let sets = SETS.get_or_init(|| Sets {
        marks: CharSet::new(marks().chain(SENTENCE_ENDS.chars())),
        marks_and_groups: CharSet::new(marks().chain(group_starts()).chain(SENTENCE_ENDS.chars())),
    });
    let look_for = if claims_upheld(text) {
        &sets.marks_and_groups
    } else {
        &sets.marks
    };
    let mut start = 0;
    let mut read = false;
    look_for.each_with(text, 0, simd, |i, c| {
        if is_sentence_end(c) {
            let end = i + c.len_utf8();
            if read {
                f(start..end);
            }
            start = end;
            read = false;
        } else if !read {
            read = may_state(text, i, c);
        }
        true
    });
    if read && start < text.len() {
        f(start..text.len());
    }
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

/// Whether the text says "维持" (possibly split by whitespace or a line break). "维" is rare: a
/// substring search for its bytes passes over a text in a few instructions per 32 bytes.
fn claims_upheld(text: &str) -> bool {
    static WEI: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    WEI.get_or_init(|| memchr::memmem::Finder::new("维"))
        .find_iter(text.as_bytes())
        .any(|i| Filtered::at(text, i + '维'.len_utf8()).peek() == Some('持'))
}
