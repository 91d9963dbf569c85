//! Tokens of a narrative text: keywords, numbers with their units, and the breaks between
//! clauses and sentences.

use std::ops::Range;
use std::sync::OnceLock;

use super::charset::CharSet;
use super::keywords::{Keyword, Matcher, Role, KEYWORDS};
use super::numerals::{read_number, starts_number, Num};
use super::quantity::Quantity;
use super::stream::Filtered;

/// A token of a narrative text.
#[derive(Debug, Clone, Copy)]
pub(super) enum Tok {
    Kw(&'static Keyword),
    Num(Num),
    /// 。！？ and paragraph ends close a sentence.
    Sentence,
    /// ，；：, brackets and quotation marks close a clause ("、" does not: it joins a list).
    Clause,
}

/// A token with where it stands.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) tok: Tok,
    /// Position in filtered characters (start, end).
    pub(super) at: (usize, usize),
    /// Byte range in the text.
    pub(super) bytes: (usize, usize),
    /// "等" / "约" / "近" / "第" just before a number: not an exact count of the keyword.
    pub(super) qualified: bool,
}

/// What ends a sentence.
pub(super) const SENTENCE_ENDS: &str = "。！？!?…";
/// What ends a clause: ，；：, brackets and quotation marks ("、" does not: it joins a list).
pub(super) const CLAUSE_ENDS: &str = "，,；;：:（）()【】“”「」";

/// Whether `c` ends a sentence (one of [`SENTENCE_ENDS`]; spelled out as a `match`, which the
/// tokenizer asks at every stop: `str::contains` would search the string each time).
pub(super) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

/// Whether `c` ends a clause (one of [`CLAUSE_ENDS`], spelled out as for [`is_sentence_end`]).
pub(super) fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '；'
            | ';'
            | '：'
            | ':'
            | '（'
            | '）'
            | '('
            | ')'
            | '【'
            | '】'
            | '“'
            | '”'
            | '「'
            | '」'
    )
}

/// Appends the tokens of the clauses or sentences at `range` of `text` (which ends at a break or
/// at the end of the text).
pub(super) fn tokenize(text: &str, range: Range<usize>, toks: &mut Vec<Token>) {
    let matcher = Matcher::get();
    // The range ends the text the stream sees: nothing a token reads crosses a break.
    let text = text.get(..range.end).unwrap_or(text);
    let mut s = if range.start == 0 {
        Filtered::new(text)
    } else {
        Filtered::at(text, range.start)
    };
    let mut n = 0usize; // filtered characters consumed
    let mut prev = '\0';
    loop {
        let (skipped, last) = s.skip_plain(matcher.stops());
        n += skipped;
        if let Some(c) = last {
            prev = c;
        }
        // skip_plain stops right at the next character (never before whitespace).
        let start_byte = s.offset();
        let Some(c) = text.get(start_byte..).and_then(|r| r.chars().next()) else {
            break;
        };
        let start = n;
        if is_sentence_end(c) || is_clause_end(c) {
            s.next();
            n += 1;
            let tok = if is_sentence_end(c) {
                Tok::Sentence
            } else {
                Tok::Clause
            };
            push_break(toks, tok, start, start_byte);
            prev = c;
            continue;
        }
        if starts_number(c) || c == '百' {
            let mut probe = s.clone();
            if let Some(num) = read_number(&mut probe) {
                let consumed = s.chars_until(probe.offset());
                if consumed > 0 {
                    let end_byte = probe.offset();
                    n += consumed;
                    s = probe;
                    // "第3次" is an ordinal, not a count.
                    if num.unit.is_some() && !num.approx && prev != '第' {
                        let byte0 = first_byte(text, start_byte);
                        toks.push(Token {
                            tok: Tok::Num(num),
                            at: (start, n),
                            bytes: (byte0, trim_end(text, end_byte)),
                            qualified: matches!(prev, '等' | '约' | '近' | '超' | '逾'),
                        });
                    }
                    prev = '0';
                    continue;
                }
            }
        }
        if let Some(k) = match_keyword(matcher, &s, c) {
            let mut probe = s.clone();
            probe.eat(k.text);
            let len = k.text.chars().count();
            n += len;
            let end_byte = probe.offset();
            s = probe;
            toks.push(Token {
                tok: Tok::Kw(k),
                at: (start, n),
                bytes: (first_byte(text, start_byte), trim_end(text, end_byte)),
                qualified: false,
            });
            prev = k.text.chars().last().unwrap_or('\0');
            continue;
        }
        s.next();
        n += 1;
        prev = c;
    }
}

/// Appends a break: consecutive breaks make one (a sentence end wins), and nothing comes before
/// the first token.
fn push_break(toks: &mut Vec<Token>, tok: Tok, at: usize, b: usize) {
    match toks.last_mut() {
        None => {}
        Some(Token {
            tok: Tok::Sentence, ..
        }) => {}
        Some(
            t @ Token {
                tok: Tok::Clause, ..
            },
        ) if matches!(tok, Tok::Sentence) => t.tok = Tok::Sentence,
        Some(Token {
            tok: Tok::Clause, ..
        }) => {}
        Some(_) => toks.push(Token {
            tok,
            at: (at, at + 1),
            bytes: (b, b),
            qualified: false,
        }),
    }
}

/// Whether a keyword's meaning reaches past its clause: a table 四 group and a table 二 document
/// row set the context of the numbers after them in the sentence, and "申请" anywhere in a
/// sentence makes its "收到 N" count applications. Every other keyword only takes a number of its
/// own clause.
fn reaches_past_clause(k: &Keyword) -> bool {
    matches!(
        k.role,
        Role::Group(_) | Role::DocRow(_) | Role::Weak(Quantity::Received)
    )
}

/// The set of [`context_starts`], where [`tokenize_context`] tries keywords in a clause that
/// quotes no number and states no zero. Keywords are still matched longest-first wherever such
/// a keyword may start, so they consume the characters [`tokenize`] has them consume
/// (`context_words_never_start_inside_other_words` keeps it so).
pub(super) fn context_starts_set() -> &'static CharSet {
    static STARTS: OnceLock<CharSet> = OnceLock::new();
    STARTS.get_or_init(|| CharSet::new(context_starts()))
}

/// Appends the tokens of a clause at `range` of `text` (which ends at its sentence's end) that
/// is read only for its context words: the context words among the keywords matched at
/// `starts` (the clause's characters in [`context_starts_set`], in order), and the break that
/// ends the clause, as [`tokenize`] would give them.
pub(super) fn tokenize_context(
    text: &str,
    range: Range<usize>,
    starts: impl Iterator<Item = (usize, char)>,
    toks: &mut Vec<Token>,
) {
    let matcher = Matcher::get();
    // Characters a matched keyword covers are not tried again.
    let mut covered = range.start;
    for (i, c) in starts {
        if i < covered {
            continue;
        }
        let mut s = Filtered::at(text, i);
        let Some(k) = match_keyword(matcher, &s, c) else {
            continue;
        };
        s.eat(k.text);
        if reaches_past_clause(k) {
            toks.push(Token {
                tok: Tok::Kw(k),
                // Positions only matter between a number and a keyword of its own clause.
                at: (0, 0),
                bytes: (i, trim_end(text, s.offset())),
                qualified: false,
            });
        }
        covered = s.offset();
    }
    let last = text
        .get(range.clone())
        .and_then(|r| r.char_indices().next_back());
    if let Some((i, c)) = last {
        let b = range.start + i;
        if is_sentence_end(c) {
            push_break(toks, Tok::Sentence, 0, b);
        } else if is_clause_end(c) {
            push_break(toks, Tok::Clause, 0, b);
        }
    }
}

/// Where [`tokenize_context`] tries keywords: the first characters of the context words, and of
/// every keyword that, matched from its own first character, could cover the start of a word
/// already in the set ("答复" hides the "复议" of "答复议"), until nothing more is added.
pub(super) fn context_starts() -> Vec<char> {
    let first = |w: &str| w.chars().next();
    let mut starts: Vec<char> = KEYWORDS
        .iter()
        .filter(|k| reaches_past_clause(k))
        .filter_map(|k| first(k.text))
        .collect();
    loop {
        let before = starts.len();
        for k in KEYWORDS {
            let Some(c) = first(k.text) else { continue };
            if starts.contains(&c) {
                continue;
            }
            let hides = k.text.char_indices().skip(1).any(|(j, _)| {
                let tail = k.text.get(j..).unwrap_or("");
                KEYWORDS
                    .iter()
                    .filter(|w| first(w.text).is_some_and(|f| starts.contains(&f)))
                    .any(|w| w.text.starts_with(tail) || tail.starts_with(w.text))
            });
            if hides {
                starts.push(c);
            }
        }
        if starts.len() == before {
            return starts;
        }
    }
}

/// The byte offset of the first non-whitespace character at or after `b`.
fn first_byte(text: &str, b: usize) -> usize {
    let rest = text.get(b..).unwrap_or("");
    b + (rest.len() - rest.trim_start().len())
}

/// `b` moved back over trailing whitespace.
fn trim_end(text: &str, b: usize) -> usize {
    text.get(..b).map_or(b, |t| t.trim_end().len())
}

fn match_keyword(m: &Matcher, s: &Filtered, c: char) -> Option<&'static Keyword> {
    m.candidates(c)
        .iter()
        .map(|&i| &KEYWORDS[i])
        .find(|k| s.clone().eat(k.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_the_listed_characters() {
        for c in (0u32..0x10000).filter_map(char::from_u32) {
            assert_eq!(is_sentence_end(c), SENTENCE_ENDS.contains(c), "{c:?}");
            assert_eq!(is_clause_end(c), CLAUSE_ENDS.contains(c), "{c:?}");
        }
    }

    /// [`tokenize_context`] tries keywords only at the characters of [`context_starts`]. That
    /// gives the tokens [`tokenize`] gives only if no keyword starting elsewhere could cover a
    /// keyword starting there: none may have, after its first character, a tail that starts such
    /// a keyword or that such a keyword starts.
    #[test]
    fn context_words_never_start_inside_other_words() {
        let starts = context_starts();
        let first = |w: &str| w.chars().next();
        // The words it is about are in the set.
        assert!(starts.contains(&'申') && starts.contains(&'行') && starts.contains(&'规'));
        for k in KEYWORDS {
            if first(k.text).is_some_and(|c| starts.contains(&c)) {
                continue;
            }
            for (j, _) in k.text.char_indices().skip(1) {
                let tail = &k.text[j..];
                for w in KEYWORDS
                    .iter()
                    .filter(|w| first(w.text).is_some_and(|f| starts.contains(&f)))
                {
                    assert!(
                        !(w.text.starts_with(tail) || tail.starts_with(w.text)),
                        "{} could hide {}",
                        k.text,
                        w.text
                    );
                }
            }
        }
    }
}
