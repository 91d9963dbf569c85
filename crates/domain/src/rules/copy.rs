//! S-7: narrative largely copied from last year's report. Overlap is measured on character
//! 8-grams ("shingles") of the text without whitespace: the share of this year's distinct
//! shingles that also occur anywhere in last year's narrative. Local evaluators deduct points
//! above 50%.

use super::context::Context;
use super::narrative::{part_label, place};
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Report;
use crate::text::Filtered;

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

/// The distinct shingle hashes of a text, sorted.
fn shingles(text: &str, into: &mut Vec<u64>) {
    let mut window = ['\0'; SHINGLE];
    let mut n = 0usize;
    for (_, c) in Filtered::new(text) {
        window[n % SHINGLE] = c;
        n += 1;
        if n >= SHINGLE {
            // FNV-1a over the window in text order.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for k in 0..SHINGLE {
                h ^= u64::from(window[(n + k) % SHINGLE]);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            into.push(h);
        }
    }
}

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

/// (shared, total) distinct shingles of `mine` found in `theirs` (both sorted).
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
    let mine = sorted_shingles(narrative_texts(ctx.report));
    if mine.len() < MIN_SHINGLES {
        return;
    }
    let (shared, total) = overlap(&mine, &theirs);
    let whole = percent(shared, total);
    if whole <= THRESHOLD {
        return;
    }
    let mut places = Vec::new();
    let mut parts = Vec::new();
    for p in ctx.format.sections.iter().flat_map(|s| s.parts) {
        let own = sorted_shingles(std::iter::once(ctx.report.text(p.key)));
        if own.is_empty() {
            continue;
        }
        let (s, t) = overlap(&own, &theirs);
        let pct = percent(s, t);
        if pct > THRESHOLD {
            places.push(place(p.key));
            parts.push(format!("{} {pct}%", part_label(ctx.format, p.key)));
        }
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
        assert_eq!(percent(1, 3), 33);
    }
}
