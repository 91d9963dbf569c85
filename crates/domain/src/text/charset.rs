//! Sets of characters and the search for the next one in a text: the narrative scanner passes
//! over whole parts looking for a dozen characters (units, negations, 维), so this search is
//! where much of its time goes. On x86-64 with AVX2 a SIMD prefilter looks at 32 bytes at a time
//! and only the positions it flags are decoded; elsewhere (and in WebAssembly) a scalar loop
//! decodes each character.

/// A set of Basic Multilingual Plane characters, a bit each (8 KiB), so membership is one load
/// and one test; characters beyond the BMP are never in it.
pub struct CharSet {
    bits: [u64; 1024],
    /// The SIMD prefilter, when the set suits it.
    filter: Option<Filter>,
}

impl CharSet {
    /// The set of `chars`.
    pub fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let chars: Vec<char> = chars.into_iter().collect();
        let mut bits = [0u64; 1024];
        for &c in &chars {
            let u = u32::from(c);
            if let Some(w) = bits.get_mut(u as usize / 64) {
                *w |= 1 << (u % 64);
            }
        }
        CharSet {
            bits,
            filter: Filter::new(&chars),
        }
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
    /// that is in the set, in order, with its byte offset, until `f` returns false. One pass,
    /// however many are found: a SIMD prefilter where the machine has it (x86-64 with AVX2),
    /// elsewhere (WebAssembly) every character decoded.
    pub fn each(&self, text: &str, from: usize, f: impl FnMut(usize, char) -> bool) {
        self.each_with(text, from, true, f);
    }

    /// [`CharSet::each`], with the SIMD prefilter only when `simd`: both find the same
    /// characters, which tests compare.
    pub(crate) fn each_with(
        &self,
        text: &str,
        from: usize,
        simd: bool,
        mut f: impl FnMut(usize, char) -> bool,
    ) {
        let bytes = text.as_bytes();
        let end = text.len();
        let mut i = from;
        let mut hit = |i: usize| {
            decode(text, bytes, i)
                .and_then(|(c, _)| char::from_u32(c))
                .is_none_or(|c| f(i, c))
        };
        if let (Some(filter), true) = (&self.filter, simd) {
            // The first character is looked at directly: the prefilter reads the byte before
            // each position it tests.
            let Some((c, len)) = decode(text, bytes, i) else {
                return;
            };
            if self.has(c) && !hit(i) {
                return;
            }
            i += len;
            match filter.each(self, bytes, i, end, &mut hit) {
                Some(rest) => i = rest,
                None => return,
            }
        }
        while i < end {
            let Some((c, len)) = decode(text, bytes, i) else {
                return;
            };
            if self.has(c) && !hit(i) {
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

/// The prefilter: a three-byte character is flagged by its last two bytes, each looked up by
/// nibble in tables of eight buckets (as in the Teddy algorithm), and up to four ASCII
/// characters by comparison (for more, every ASCII byte is flagged: rare in Chinese text). Lead bytes (E0–EF) never pass as a second or third byte, so only
/// the places where a character of the set ends are flagged, plus rare nibble collisions, which
/// the exact test then rejects.
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
struct Filter {
    lo2: [u8; 16],
    hi2: [u8; 16],
    lo3: [u8; 16],
    hi3: [u8; 16],
    ascii: [u8; 4],
    /// Flag every ASCII byte (the set has more than `ascii` holds).
    all_ascii: bool,
}

impl Filter {
    /// Tables for a set of ASCII and three-byte characters; `None` for any other set, which the
    /// scalar loop handles.
    fn new(chars: &[char]) -> Option<Filter> {
        let mut f = Filter {
            lo2: [0; 16],
            hi2: [0; 16],
            lo3: [0; 16],
            hi3: [0; 16],
            // 0xFF never occurs in UTF-8: an unused slot matches nothing.
            ascii: [0xff; 4],
            all_ascii: false,
        };
        let mut n_ascii = 0;
        // Per bucket, the nibbles it takes at each of the four places: a byte pair is flagged
        // when all four of its nibbles are in one bucket's sets, so a character goes to the
        // bucket whose product of set sizes (the pairs it flags) grows least.
        let mut nibbles = [[0u16; 4]; 8];
        let flagged = |n: &[u16; 4]| n.iter().map(|s| s.count_ones()).product::<u32>();
        for &c in chars {
            let mut buf = [0u8; 4];
            match *c.encode_utf8(&mut buf).as_bytes() {
                [a] => {
                    match f.ascii.get_mut(n_ascii) {
                        Some(slot) => *slot = a,
                        None => f.all_ascii = true,
                    }
                    n_ascii += 1;
                }
                [_, b, t] => {
                    let places = [b & 15, b >> 4, t & 15, t >> 4].map(|x| 1u16 << x);
                    let with = |n: &[u16; 4]| {
                        let mut m = *n;
                        for (s, p) in m.iter_mut().zip(places) {
                            *s |= p;
                        }
                        m
                    };
                    let k = (0..8)
                        .min_by_key(|&k| flagged(&with(&nibbles[k])) - flagged(&nibbles[k]))
                        .unwrap_or(0);
                    nibbles[k] = with(&nibbles[k]);
                    let bucket = 1u8 << k;
                    f.lo2[usize::from(b & 15)] |= bucket;
                    f.hi2[usize::from(b >> 4)] |= bucket;
                    f.lo3[usize::from(t & 15)] |= bucket;
                    f.hi3[usize::from(t >> 4)] |= bucket;
                }
                _ => return None,
            }
        }
        Some(f)
    }

    /// Calls `hit` with the start of each character of `set` at or after byte `from` (≥ 1, a
    /// boundary) while it returns true, up to `end`. Returns where the scalar loop is to go on
    /// (when there is no SIMD here), or `None` when done.
    fn each(
        &self,
        set: &CharSet,
        bytes: &[u8],
        from: usize,
        end: usize,
        hit: &mut impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2 (checked just above).
            unsafe { self.each_avx2(set, bytes, from, end, hit) };
            return None;
        }
        let _ = (set, bytes, end, hit);
        Some(from)
    }

    /// Thirty-two third-byte positions at a time: position `p` is flagged when `bytes[p - 1]`
    /// and `bytes[p]` share a bucket, or `bytes[p]` is one of the ASCII characters.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn each_avx2(
        &self,
        set: &CharSet,
        bytes: &[u8],
        from: usize,
        end: usize,
        hit: &mut impl FnMut(usize) -> bool,
    ) {
        use std::arch::x86_64::*;
        // Closures do not inherit `target_feature`, so the intrinsics would not be inlined in
        // them: everything is written out here. The nibble tables are the same in both lanes
        // (the shuffle looks up within a lane).
        let table = |t: &[u8; 16]| _mm256_broadcastsi128_si256(_mm_loadu_si128(t.as_ptr().cast()));
        let (lo2, hi2, lo3, hi3) = (
            table(&self.lo2),
            table(&self.hi2),
            table(&self.lo3),
            table(&self.hi3),
        );
        let nib = _mm256_set1_epi8(0x0f);
        let [a0, a1, a2, a3] = self.ascii.map(|b| _mm256_set1_epi8(i8::from_ne_bytes([b])));
        let any_ascii = self.ascii[0] != 0xff || self.all_ascii;
        let zero = _mm256_setzero_si256();
        // The flagged positions of a block, from its bytes at offsets 0 (second) and 1 (third).
        macro_rules! flags {
            ($second:expr, $third:expr) => {{
                let (second, third) = ($second, $third);
                let c2 = _mm256_and_si256(
                    _mm256_shuffle_epi8(lo2, _mm256_and_si256(second, nib)),
                    _mm256_shuffle_epi8(hi2, _mm256_and_si256(_mm256_srli_epi16(second, 4), nib)),
                );
                let c3 = _mm256_and_si256(
                    _mm256_shuffle_epi8(lo3, _mm256_and_si256(third, nib)),
                    _mm256_shuffle_epi8(hi3, _mm256_and_si256(_mm256_srli_epi16(third, 4), nib)),
                );
                let both = _mm256_and_si256(c2, c3);
                let mut mask = !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(both, zero)) as u32);
                if any_ascii {
                    mask |= if self.all_ascii {
                        !(_mm256_movemask_epi8(third) as u32)
                    } else {
                        _mm256_movemask_epi8(_mm256_or_si256(
                            _mm256_or_si256(
                                _mm256_cmpeq_epi8(third, a0),
                                _mm256_cmpeq_epi8(third, a1),
                            ),
                            _mm256_or_si256(
                                _mm256_cmpeq_epi8(third, a2),
                                _mm256_cmpeq_epi8(third, a3),
                            ),
                        )) as u32
                    };
                }
                mask
            }};
        }
        let mut i = from;
        while i >= 1 && i < end {
            let mask = match bytes.get(i - 1..i + 32) {
                // SAFETY: `block` holds 33 bytes, so both 32-byte loads are in bounds.
                Some(block) => flags!(
                    _mm256_loadu_si256(block.as_ptr().cast()),
                    _mm256_loadu_si256(block.as_ptr().add(1).cast())
                ),
                None => {
                    // The last block, shorter than 32 bytes, is read from a zero-padded copy.
                    let rest = bytes.get(i - 1..).unwrap_or(&[]);
                    let mut tail = [0u8; 33];
                    let len = rest.len().min(tail.len());
                    tail[..len].copy_from_slice(&rest[..len]);
                    let second = _mm256_loadu_si256(tail.as_ptr().cast());
                    let third = _mm256_loadu_si256(tail.as_ptr().add(1).cast());
                    flags!(second, third) & ((1u32 << (len - 1)) - 1)
                }
            };
            let mut mask = mask;
            while mask != 0 {
                let p = i + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if let Some(at) = exact(set, bytes, p, from) {
                    if !hit(at) {
                        return;
                    }
                }
            }
            i += 32;
        }
    }
}

/// Where the character flagged at byte `p` starts, when it really is in `set` and starts at or
/// after `from`.
#[cfg(target_arch = "x86_64")]
fn exact(set: &CharSet, bytes: &[u8], p: usize, from: usize) -> Option<usize> {
    let b = *bytes.get(p)?;
    if b < 0x80 {
        return set.has(u32::from(b)).then_some(p);
    }
    let start = p.checked_sub(2).filter(|&s| s >= from)?;
    let (b0, b1) = (*bytes.get(start)?, *bytes.get(start + 1)?);
    if !(0xe0..=0xef).contains(&b0) || b1 & 0xc0 != 0x80 || b & 0xc0 != 0x80 {
        return None;
    }
    let c = (u32::from(b0 & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b & 0x3f);
    set.has(c).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first character of the set at or after `from`, by [`CharSet::each_with`].
    fn find(set: &CharSet, text: &str, from: usize, simd: bool) -> Option<(usize, char)> {
        let mut found = None;
        set.each_with(text, from, simd, |i, c| {
            found = Some((i, c));
            false
        });
        found
    }

    /// The first character of the set, the slow way.
    fn naive(set: &CharSet, text: &str, from: usize) -> Option<(usize, char)> {
        text.get(from..)?
            .char_indices()
            .map(|(i, c)| (i + from, c))
            .find(|&(_, c)| set.has(u32::from(c)))
    }

    #[test]
    fn each_agrees_with_the_slow_way() {
        let sets = [
            CharSet::new("。！？!?…件个年".chars()),
            CharSet::new("年".chars()),
            CharSet::new("abcde年".chars()),
            CharSet::new("😀年é".chars()),
            CharSet::new("，,；;：:（）()。!?%件个".chars()),
        ];
        let pieces = [
            "本年度共收到申请",
            "3件",
            "。",
            "abc",
            "a",
            "年",
            "！",
            "😀",
            "é",
            " ",
            "\n",
            "个",
            "二〇二一",
            "ab",
            "件件",
            "?",
            "政府信息公开工作年度报告",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut text = String::new();
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for set in &sets {
                for (from, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    for simd in [true, false] {
                        assert_eq!(
                            find(set, &text, from, simd),
                            naive(set, &text, from),
                            "{text:?} {from} {simd}"
                        );
                    }
                }
            }
        }
    }
}
