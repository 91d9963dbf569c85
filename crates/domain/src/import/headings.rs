//! Finding the six section headings ("一、总体情况" …) in document order. Headings arrive on
//! their own line, run into the text of a flattened page, or padded with extra words, so a
//! heading is its Chinese ordinal and separator followed by words that resemble the official
//! title.

use super::fuzzy::lcs_end;
use super::normalize::{half_width, key};
use crate::format::SectionDef;

/// A section heading located in the text.
#[derive(Debug, Clone)]
pub struct Located {
    /// Index of the section in `FormatDef::sections`.
    pub section: usize,
    /// Byte offset where the heading starts.
    pub start: usize,
    /// Byte offset just after the heading (where the section's content starts).
    pub end: usize,
    /// The heading as printed.
    pub text: String,
}

/// Extra words a publisher may add to a heading before it stops looking like the official one.
const PADDING: usize = 12;

/// Finds the headings of `sections` in order; a heading that cannot be found is skipped.
pub fn locate(text: &str, sections: &[SectionDef]) -> Vec<Located> {
    let mut found = Vec::new();
    let mut from = 0;
    for (si, s) in sections.iter().enumerate() {
        if let Some(l) = find_one(text, from, si, s) {
            from = l.end;
            found.push(l);
        }
    }
    found
}

fn find_one(text: &str, from: usize, si: usize, s: &SectionDef) -> Option<Located> {
    let title = key(s.heading.split_once('、').map_or(s.heading, |(_, t)| t));
    let numeral = s.number.chars().next()?;
    let mut pos = from;
    while let Some(off) = text.get(pos..).and_then(|t| t.find(numeral)) {
        let at = pos + off;
        pos = at + numeral.len_utf8();
        let rest = text.get(pos..).unwrap_or("");
        let sep_len = match rest.chars().next() {
            Some(c) if matches!(half_width(c), '、' | '.' | ',') => c.len_utf8(),
            _ => continue,
        };
        // A numeral inside a word ("第三项") is not a heading.
        let prev = text.get(..at).and_then(|t| t.chars().next_back());
        if prev.is_some_and(|c| matches!(c, '第' | '十' | '(' | '（')) {
            continue;
        }
        let body_start = pos + sep_len;
        let (window, offsets) = key_window(text, body_start, title.len() + PADDING);
        let (common, end) = lcs_end(&title, &window);
        // Most of the title's words, starting right after the ordinal.
        if common * 4 < title.len() * 3 || window.first() != title.first() && common < title.len() {
            continue;
        }
        let end_byte = match end.checked_sub(1).and_then(|i| offsets.get(i)) {
            Some(&(b, c)) => b + c.len_utf8(),
            None => continue,
        };
        let end_byte = extend_to_line_end(text, end_byte);
        return Some(Located {
            section: si,
            start: at,
            end: end_byte,
            text: text.get(at..end_byte).unwrap_or("").trim().to_string(),
        });
    }
    None
}

/// Official header words of each table (by section number), unmistakable whatever a site's
/// own headings look like.
const TABLE_MARKERS: &[(&str, &[&str])] = &[
    ("二", &["信息内容"]),
    ("三", &["本列数据的勾稽关系", "申请人情况"]),
    ("四", &["未经复议直接起诉", "复议后起诉"]),
];

/// Sections whose "X、" heading was not found, located by content instead: a line that reads
/// like the official title under another numbering ("（二）主动公开政府信息情况", "第三章
/// 收到和处理…"), or, for a table's section, the line of its official header words. Each is
/// searched only between the neighbouring sections found. Returns them all, in order.
pub fn locate_by_content(text: &str, sections: &[SectionDef], found: &[Located]) -> Vec<Located> {
    let mut all: Vec<Located> = found.to_vec();
    for (si, s) in sections.iter().enumerate() {
        if all.iter().any(|l| l.section == si) {
            continue;
        }
        let from = all
            .iter()
            .filter(|l| l.section < si)
            .map(|l| l.end)
            .max()
            .unwrap_or(0);
        let to = all
            .iter()
            .filter(|l| l.section > si)
            .map(|l| l.start)
            .min()
            .unwrap_or(text.len())
            .max(from);
        let hit = title_line(text, from, to, s).or_else(|| marker_line(text, from, to, s));
        if let Some((start, end)) = hit {
            all.push(Located {
                section: si,
                start,
                end,
                text: text.get(start..end).unwrap_or("").trim().to_string(),
            });
            all.sort_by_key(|l| l.start);
        }
    }
    all
}

/// The first line in `from..to` that is mostly the section's title words (few other words).
fn title_line(text: &str, from: usize, to: usize, s: &SectionDef) -> Option<(usize, usize)> {
    let title = key(s.heading.split_once('、').map_or(s.heading, |(_, t)| t));
    let mut at = from;
    for line in text.get(from..to)?.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let k = key(line);
        if k.is_empty() || k.len() > title.len() + PADDING / 2 {
            continue;
        }
        let (common, _) = lcs_end(&title, &k);
        if common * 5 >= title.len() * 4 {
            return Some((start, start + line.trim_end().len()));
        }
    }
    None
}

/// The start of the line holding a table's official header words (the section's content then
/// starts at that line).
fn marker_line(text: &str, from: usize, to: usize, s: &SectionDef) -> Option<(usize, usize)> {
    s.table?;
    let (_, words) = TABLE_MARKERS.iter().find(|(n, _)| *n == s.number)?;
    let region = text.get(from..to)?;
    let keyed = super::normalize::Keyed::of(region);
    let hit = words.iter().find_map(|w| {
        let pat = key(w);
        keyed
            .chars
            .windows(pat.len())
            .position(|win| win == pat.as_slice())
    })?;
    let byte = from + keyed.byte(hit, region.len());
    let line_start = text.get(..byte)?.rfind('\n').map_or(0, |i| i + 1);
    Some((line_start, line_start))
}

/// The next `n` key characters from byte `from`, with their byte offsets. The window stops at a
/// line end or at the next "X、" ordinal, so a heading is never assembled from two lines.
fn key_window(text: &str, from: usize, n: usize) -> (Vec<char>, Vec<(usize, char)>) {
    let mut chars = Vec::with_capacity(n);
    let mut offsets = Vec::with_capacity(n);
    let mut prev = ' ';
    for (i, c) in text.get(from..).unwrap_or("").char_indices() {
        if chars.len() >= n || c == '\n' {
            break;
        }
        if c == '、' && "一二三四五六七八九十".contains(prev) {
            chars.pop();
            offsets.pop();
            break;
        }
        prev = c;
        if let Some(k) = super::normalize::key_char(c) {
            chars.push(k);
            offsets.push((from + i, c));
        }
    }
    (chars, offsets)
}

/// A heading on its own line ends at the line end; trailing punctuation such as "：" is part of
/// the heading, body text run into it is not.
fn extend_to_line_end(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    if line.trim().chars().all(|c| !c.is_alphanumeric()) {
        end + line.len()
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::SECTIONS;

    #[test]
    fn finds_padded_and_run_in_headings() {
        let t = "intro 收到和处理政府信息公开申请情况。一、总体情况2021年……二、主动公开政府信息情况\n\
                 第二十条第（一）项\n三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量\n\
                 四、结转下年度继续办理\n四、政府信息公开行政复议、行政诉讼情况\n\
                 五、政府信息公开工作存在的主要问题及改进情况\n问题\n六、其他需要报告的事项：\n无。";
        let found = locate(t, SECTIONS);
        let texts: Vec<_> = found.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "一、总体情况",
                "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况",
                "五、政府信息公开工作存在的主要问题及改进情况",
                "六、其他需要报告的事项：",
            ]
        );
        assert!(t[found[0].end..].starts_with("2021年"));
    }

    #[test]
    fn a_site_s_own_numbering_is_found_by_content() {
        let t = "一、总体情况\n概述。\n（二）主动公开政府信息情况\n信息内容\t本年制发件数\n\
                 第三部分\n申请人情况\n自然人\n行政复议\t行政诉讼\n未经复议直接起诉\n\
                 五、政府信息公开工作存在的主要问题及改进情况\n问题\n六、其他需要报告的事项\n无。";
        let found = locate(t, SECTIONS);
        assert_eq!(found.len(), 3);
        let all = locate_by_content(t, SECTIONS, &found);
        let texts: Vec<_> = all.iter().map(|l| (l.section, l.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (0, "一、总体情况"),
                (1, "（二）主动公开政府信息情况"),
                (2, ""),
                (3, ""),
                (4, "五、政府信息公开工作存在的主要问题及改进情况"),
                (5, "六、其他需要报告的事项"),
            ]
        );
        assert!(t[all[2].start..].starts_with("申请人情况"));
        assert!(t[all[3].start..].starts_with("未经复议直接起诉"));
    }
}
