//! Where a standard sentence goes in a narrative part: over the sentence that already states
//! the topic's figures (the first one the text checks read as such), else at the cursor, else
//! at the end.

use std::ops::Range;

use super::sentence::{sentence, Topic};
use crate::model::Report;

/// What ends a sentence in the narrative (a line break ends a paragraph, so a sentence too).
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '\n'];

/// The byte range of the first sentence of `text` that states a figure of `topic` as the text
/// checks read it, with its end mark ("。"; not a line break); `None` when no sentence does.
pub fn sentence_span(text: &str, topic: Topic) -> Option<Range<usize>> {
    let reading = crate::text::read(text);
    let m = reading.mentions.iter().find(|m| topic.states(m.quantity))?;
    Some(sentence_around(text, m.span.start))
}

/// The byte range of the sentence of `text` around byte `at`, with its end mark ("。"; not a
/// line break), without the whitespace before it.
pub fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = text[..at].rfind(SENTENCE_ENDS).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = match text[at..].find(SENTENCE_ENDS) {
        Some(i) => {
            let end = at + i;
            match text[end..].chars().next() {
                Some('\n') | None => end,
                Some(c) => end + c.len_utf8(),
            }
        }
        None => text.len(),
    };
    // Leading whitespace stays where it is (an indent, the break before the sentence).
    let lead = text[start..end].len() - text[start..end].trim_start().len();
    start + lead..end
}

/// The byte offset of a UTF-16 offset (as JavaScript and the text area count), moved back to
/// a character boundary and clamped to the text.
pub fn byte_of_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
        if units > utf16 {
            return i;
        }
    }
    text.len()
}

/// The UTF-16 offset of a byte offset (clamped to the text).
pub fn utf16_of_byte(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

/// A part's text with the standard sentence of `topic` written into it, and where the cursor
/// goes after it (UTF-16): over the sentence that states the topic's figures, if one does;
/// else at `cursor` (UTF-16, as the text area gives it); else at the end. Refused with the
/// reason when the table is blank.
pub fn write_sentence(
    report: &Report,
    part: &str,
    topic: Topic,
    cursor: Option<usize>,
) -> Result<(String, usize), String> {
    let new = sentence(report, topic)?;
    let text = report.text(part);
    let range = match sentence_span(text, topic) {
        Some(r) => r,
        None => {
            let at = cursor.map_or(text.len(), |c| byte_of_utf16(text, c));
            at..at
        }
    };
    let mut out = String::with_capacity(text.len() + new.len());
    out.push_str(&text[..range.start]);
    out.push_str(&new);
    out.push_str(&text[range.end..]);
    let caret = utf16_of_byte(&out, range.start + new.len());
    Ok((out, caret))
}
