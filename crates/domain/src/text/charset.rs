//! Sets of characters, a bit each: the tokenizer tests every character of a narrative against
//! the set of characters that may start a token (one load and one test), and passes the others.
//! Plain portable code: the same in WebAssembly as natively.

/// A set of Basic Multilingual Plane characters, a bit each (8 KiB), so membership is one load
/// and one test; characters beyond the BMP are never in it.
pub struct CharSet {
    bits: [u64; 1024],
}

impl CharSet {
    /// The set of `chars`.
    pub fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = [0u64; 1024];
        for c in chars {
            let u = u32::from(c);
            if let Some(w) = bits.get_mut(u as usize / 64) {
                *w |= 1 << (u % 64);
            }
        }
        CharSet { bits }
    }

    /// [`CharSet::has`] for a code point below 0x10000 (a three-byte character's), as the
    /// hottest loops ask: no range test.
    #[inline]
    pub(crate) fn has_bmp(&self, c: usize) -> bool {
        debug_assert!(c < 0x10000);
        self.bits[(c >> 6) & 1023] & (1 << (c & 63)) != 0
    }

    /// Whether a character (as a code point) is in the set.
    #[inline]
    pub fn has(&self, c: u32) -> bool {
        c < 0x10000 && self.bits[(c >> 6) as usize & 1023] & (1 << (c & 63)) != 0
    }

    /// Calls `f` with each character of `text` at or after byte `from` (a character boundary)
    /// that is in the set, in order, with its byte offset, until `f` returns false.
    pub fn each(&self, text: &str, from: usize, mut f: impl FnMut(usize, char) -> bool) {
        let bytes = text.as_bytes();
        let mut i = from;
        while let Some((c, len)) = decode(text, bytes, i) {
            if self.has(c) && !char::from_u32(c).is_none_or(|ch| f(i, ch)) {
                return;
            }
            i += len;
        }
    }
}

/// The character at byte `i` as a code point, with its length. ASCII and three-byte characters
/// (all of a Chinese text but its rare symbols) are decoded inline, without validation: the text
/// is a `str`, so `i` at a boundary starts a well-formed character.
#[inline]
pub(crate) fn decode(text: &str, bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = *bytes.get(i)?;
    if b0 < 0x80 {
        return Some((u32::from(b0), 1));
    }
    if let Some(&[b0 @ 0xe0..=0xef, b1, b2]) = bytes.get(i..i + 3) {
        return Some((
            (u32::from(b0 & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f),
            3,
        ));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c as u32, c.len_utf8()))
}

/// Whether a character is Chinese: a CJK ideograph, CJK punctuation, a full-width form, or a
/// curly quote (which Chinese text uses). Spaces next to them are layout artefacts in imported
/// text, and half-width punctuation next to them belongs in full width (rule S-8).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF | 0x2018..=0x201F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_finds_the_members_in_order() {
        let set = CharSet::new("件年😀é".chars());
        let text = "本年度共收到申请3件😀é年";
        let mut found = Vec::new();
        set.each(text, 0, |i, c| {
            found.push((i, c));
            true
        });
        let naive: Vec<(usize, char)> = text
            .char_indices()
            .filter(|&(_, c)| "件年é".contains(c))
            .collect();
        assert_eq!(found, naive);
        assert!(!set.has(0x1F600), "beyond the BMP");
    }
}
