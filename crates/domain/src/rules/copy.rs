//! S-7: narrative largely copied from last year's report. Overlap is measured on character
//! 8-grams ("shingles") of the text without whitespace: the share of this year's shingles
//! (every position counted) that also occur anywhere in last year's narrative, per part and for
//! the whole narrative. Local evaluators deduct points above 50%.

use super::context::Context;
use super::narrative::{part_label, place};
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Report;
use crate::text::is_space;

/// S-7: text largely copied from last year's report.
pub const S_7: RuleDef = RuleDef {
    code: "S-7",
    severity: Severity::Warning,
    title: "正文与上一年度高度重复",
    help: "正文大量沿用上一年度报告的文字。地方考核评估中，与上一年度重复率超过 50% 的年度报告通常会被扣分。请结合本年度实际情况重新撰写。",
    check,
};

/// Shingle length in characters.
const SHINGLE: usize = 8;
/// Share above which the text counts as copied, in percent.
const THRESHOLD: u64 = 50;
/// Texts shorter than this many shingles are too short to judge.
const MIN_SHINGLES: usize = 20;

/// The shingle hashes of a text, in text order (a polynomial rolling hash: one multiply per
/// character, whatever the shingle length).
fn shingles(text: &str, into: &mut Vec<u64>) {
    const BASE: u64 = 0x0000_0100_0000_01b3;
    let out_weight = BASE.wrapping_pow(SHINGLE as u32);
    let mut window = ['\0'; SHINGLE];
    let mut h: u64 = 0;
    // At most one shingle per character; CJK characters take three bytes.
    into.reserve(text.len() / 3);
    for (n, c) in text.chars().filter(|c| !is_space(*c)).enumerate() {
        let slot = n % SHINGLE;
        h = h
            .wrapping_mul(BASE)
            .wrapping_add(u64::from(c))
            .wrapping_sub(out_weight.wrapping_mul(u64::from(window[slot])));
        window[slot] = c;
        if n + 1 >= SHINGLE {
            into.push(h);
        }
    }
}

/// A set of shingle hashes: open addressing with linear probing in a power-of-two table of
/// 32-bit fingerprints, at most three quarters full. Building it and looking up are one multiply
/// and (almost always) one probe each, and a whole narrative's table (~2,000 shingles, 16 KB)
/// stays in the first-level cache: with 64-bit slots at half load it took 64 KB, and the rule
/// spent most of its time waiting for memory.
struct ShingleSet {
    /// Fingerprints; 0 marks an empty slot (a fingerprint is never 0).
    slots: Vec<u32>,
    /// How far to shift the mixed hash to get a slot index.
    shift: u32,
    /// Distinct hashes held.
    len: usize,
}

/// A hash mixed by Fibonacci hashing: a bijection of the 64-bit values, whose top bits pick the
/// slot and whose low 32 bits (made odd, so never 0) are kept as the fingerprint. Two shingles
/// are confused only if their hashes agree in the slot bits and in 31 more bits.
fn mix(h: u64) -> (u64, u32) {
    let m = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (m, (m as u32) | 1)
}

impl ShingleSet {
    /// The set of `hashes`, in a table sized for all of them (the table keeps fingerprints,
    /// not hashes, so it cannot be re-hashed into a larger one later).
    fn of(hashes: &[u64]) -> ShingleSet {
        let n = hashes.len();
        let size = (n + n / 3 + 1).next_power_of_two().max(16);
        let mut set = ShingleSet {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
        };
        for &h in hashes {
            set.insert(h);
        }
        set
    }

    /// Index of the slot holding the fingerprint, or of the empty slot where it would go.
    fn slot(&self, m: u64, fp: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (m >> self.shift) as usize & mask;
        loop {
            match self.slots.get(i) {
                Some(&v) if v != 0 && v != fp => i = (i + 1) & mask,
                _ => return i,
            }
        }
    }

    fn insert(&mut self, h: u64) {
        // Never reached from `of`, which sizes the table for every hash: a full table would
        // leave `slot` no empty slot to stop at.
        if 4 * (self.len + 1) > 3 * self.slots.len() {
            return;
        }
        let (m, fp) = mix(h);
        let i = self.slot(m, fp);
        if let Some(v) = self.slots.get_mut(i) {
            if *v == 0 {
                *v = fp;
                self.len += 1;
            }
        }
    }

    fn contains(&self, h: u64) -> bool {
        let (m, fp) = mix(h);
        self.slots.get(self.slot(m, fp)).is_some_and(|&v| v == fp)
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Last year's shingles, distinct, for lookups.
fn shingle_set<'a>(texts: impl Iterator<Item = &'a str>) -> ShingleSet {
    let mut v = Vec::new();
    for t in texts {
        shingles(t, &mut v);
    }
    ShingleSet::of(&v)
}

fn narrative_texts<'a>(r: &'a Report) -> impl Iterator<Item = &'a str> + 'a {
    r.def().parts().map(move |p| r.text(p.key))
}

/// (shared, total): how many of `mine` occur in `theirs`.
fn overlap(mine: &[u64], theirs: &ShingleSet) -> (usize, usize) {
    let shared = mine.iter().filter(|&&h| theirs.contains(h)).count();
    (shared, mine.len())
}

fn percent(shared: usize, total: usize) -> u64 {
    if total == 0 {
        return 0;
    }
    (shared as u64 * 100) / total as u64
}

fn check(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(prev) = ctx.previous else {
        return;
    };
    let theirs = shingle_set(narrative_texts(prev));
    if theirs.is_empty() {
        return;
    }
    let mut places = Vec::new();
    let mut parts = Vec::new();
    let (mut shared, mut total) = (0usize, 0usize);
    let mut own = Vec::new();
    for (p, text) in ctx.part_texts() {
        own.clear();
        shingles(text, &mut own);
        if own.is_empty() {
            continue;
        }
        let (s, t) = overlap(&own, &theirs);
        shared += s;
        total += t;
        let pct = percent(s, t);
        if pct > THRESHOLD {
            places.push(place(p.key));
            parts.push(format!("{} {pct}%", part_label(ctx.format, p.key)));
        }
    }
    if total < MIN_SHINGLES {
        return;
    }
    let whole = percent(shared, total);
    if whole <= THRESHOLD {
        return;
    }
    let detail = if parts.is_empty() {
        places.extend(
            ctx.part_texts()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(p, _)| place(p.key)),
        );
        String::new()
    } else {
        format!("；重复较多的部分：{}", parts.join("，"))
    };
    out.push(rule.diag(
        places,
        format!(
            "正文与上一年度报告的重复率约为 {whole}%（按连续 {SHINGLE} 个字的片段计算），超过 {THRESHOLD}%{detail}"
        ),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_ignore_whitespace_and_count_distinct() {
        let set = |t: &str| shingle_set(std::iter::once(t));
        let mut a = Vec::new();
        shingles("一二三四五六七八九", &mut a);
        let mut b = Vec::new();
        shingles("一二三四\n五六七八 九", &mut b);
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert_eq!(set("一二三四五六七八九").len, 2);
        assert_eq!(set("一二三四五六七八一二三四五六七八").len, 8);
        assert!(set("一二三四五六七").is_empty());
        assert_eq!(overlap(&a, &set("一二三四五六七八九")), (2, 2));
        // The rolling hash of a window equals the hash of the same 8 characters anywhere.
        assert_eq!(overlap(&a, &set("甲二三四五六七八九乙")), (1, 2));
        assert_eq!(percent(1, 3), 33);
    }

    #[test]
    fn set_holds_what_was_inserted() {
        let keys: Vec<u64> = (0..1000u64)
            .map(|i| i.wrapping_mul(0x1234_5678_9abc_def1))
            .collect();
        let twice: Vec<u64> = keys.iter().chain(&keys).copied().collect();
        let s = ShingleSet::of(&twice);
        assert_eq!(s.len, 1000);
        // Sized for every hash given, at most three quarters full.
        assert!(4 * s.len <= 3 * s.slots.len());
        assert!(keys.iter().all(|&k| s.contains(k)));
        assert!(s.contains(0));
        let others = (1000..101_000u64).map(|i| i.wrapping_mul(0x1234_5678_9abc_def1));
        assert_eq!(others.filter(|&k| s.contains(k)).count(), 0);
        assert!(!s.contains(7) && !s.contains(u64::MAX));
        assert!(ShingleSet::of(&[]).is_empty());
    }
}
