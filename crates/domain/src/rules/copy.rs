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

/// Last year's shingles, sorted and distinct, for lookups.
fn sorted_shingles<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let mut v = Vec::new();
    for t in texts {
        shingles(t, &mut v);
    }
    v.sort_unstable();
    v.dedup();
    v
}

fn narrative_texts<'a>(r: &'a Report) -> impl Iterator<Item = &'a str> + 'a {
    r.def()
        .sections
        .iter()
        .flat_map(|s| s.parts)
        .map(move |p| r.text(p.key))
}

/// (shared, total): how many of `mine` occur in `theirs` (sorted).
fn overlap(mine: &[u64], theirs: &[u64]) -> (usize, usize) {
    let shared = mine
        .iter()
        .filter(|h| theirs.binary_search(h).is_ok())
        .count();
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
    let theirs = sorted_shingles(narrative_texts(prev));
    if theirs.is_empty() {
        return;
    }
    let mut places = Vec::new();
    let mut parts = Vec::new();
    let (mut shared, mut total) = (0usize, 0usize);
    let mut own = Vec::new();
    for p in ctx.format.sections.iter().flat_map(|s| s.parts) {
        own.clear();
        shingles(ctx.report.text(p.key), &mut own);
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
            ctx.format
                .sections
                .iter()
                .flat_map(|s| s.parts)
                .filter(|p| !ctx.report.text(p.key).trim().is_empty())
                .map(|p| place(p.key)),
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
        let a = sorted_shingles(std::iter::once("一二三四五六七八九"));
        let b = sorted_shingles(std::iter::once("一二三四\n五六七八 九"));
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert!(sorted_shingles(std::iter::once("一二三四五六七")).is_empty());
        assert_eq!(overlap(&a, &a), (2, 2));
        // The rolling hash of a window equals the hash of the same 8 characters anywhere.
        let c = sorted_shingles(std::iter::once("甲二三四五六七八九乙"));
        assert_eq!(overlap(&a, &c), (1, 2));
        assert_eq!(percent(1, 3), 33);
    }
}
