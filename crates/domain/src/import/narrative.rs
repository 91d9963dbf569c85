//! The narrative parts: section 一 split by its themed sub-headings （一）…（五） when they are
//! printed, sections 五 and 六 whole, site chrome after the report dropped.

use super::fuzzy::lcs_end;
use super::normalize::{half_width, key, narrative};
use crate::format::SectionDef;

/// Words a portal prints after the report ("附件下载", "打印本页"), never part of it.
const TRAILING_CHROME: &[&str] = &[
    "附件下载",
    "相关附件",
    "打印本页",
    "【打印本页】",
    "关闭窗口",
    "【关闭窗口】",
    "扫一扫在手机打开当前页",
    "分享到",
];

/// Lines that only a portal's footer prints ("版权所有", "ICP备"): the report ends before them.
const FOOTER_MARKS: &[&str] = &[
    "版权所有",
    "主办单位",
    "承办单位",
    "ICP备",
    "网站标识码",
    "公网安备",
    "网站地图",
    "【打印本页】",
    "【关闭窗口】",
];

/// Removes portal chrome from the end of the last section: footer lines and trailing buttons.
pub fn strip_trailing_chrome(text: &str) -> &str {
    let mut t = text;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset > 0 && FOOTER_MARKS.iter().any(|m| line.contains(m)) {
            t = text.get(..offset).unwrap_or(text);
            break;
        }
        offset += line.len();
    }
    let mut t = t.trim_end();
    loop {
        let before = t;
        for c in TRAILING_CHROME {
            if let Some(s) = t.strip_suffix(c) {
                t = s.trim_end();
            }
        }
        if t.len() == before.len() {
            return t;
        }
    }
}

/// How a 引言 begins: the opening words of the paragraph real reports print between the title
/// and 一、 ("本报告根据《中华人民共和国政府信息公开条例》……", "根据《条例》规定……"). Lines
/// before it are the title and the portal's chrome (breadcrumbs, 发布时间, 字号), never the 引言.
const INTRO_OPENERS: &[&str] = &[
    "本报告",
    "根据《",
    "依据《",
    "依照《",
    "按照《",
    "根据中华人民共和国政府信息公开条例",
    "现将",
    "现公布",
    "为贯彻",
];

/// The 引言 in the text before section 一's heading: from the first line that opens as a 引言
/// does ([`INTRO_OPENERS`]) to the heading, or `None` when no line does.
pub fn intro_of(preamble: &str) -> Option<&str> {
    let mut offset = 0;
    for line in preamble.split_inclusive('\n') {
        let t = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if INTRO_OPENERS.iter().any(|o| t.starts_with(o)) {
            let intro = preamble.get(offset..)?.trim();
            return (!intro.is_empty()).then_some(intro);
        }
        offset += line.len();
    }
    None
}

/// Splits section 一's text into its parts (`overview` first, then the themed parts). Returns
/// (part key, text) pairs and how many themed sub-headings were found.
pub fn split_overview(
    text: &str,
    s: &SectionDef,
    layout: bool,
) -> (Vec<(&'static str, String)>, usize) {
    let mut marks: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut from = 0;
    for p in s.parts {
        let Some(h) = p.heading else { continue };
        if let Some((start, end)) = find_sub_heading(text, from, h) {
            marks.push((start, end, p.key));
            from = end;
        }
    }
    let mut out = Vec::new();
    let head_end = marks.first().map_or(text.len(), |m| m.0);
    let untitled = s.parts.iter().find(|p| p.heading.is_none()).map(|p| p.key);
    if let Some(k) = untitled {
        out.push((k, narrative(text.get(..head_end).unwrap_or(""), layout)));
    }
    for (i, &(_, end, k)) in marks.iter().enumerate() {
        let next = marks.get(i + 1).map_or(text.len(), |m| m.0);
        out.push((
            k,
            narrative(text.get(end..next.max(end)).unwrap_or(""), layout),
        ));
    }
    (out, marks.len())
}

/// A sub-heading "（一）主动公开…" from byte `from`: its ordinal in brackets followed by words
/// resembling the official title; ends at the line end or at "。"/"：" right after the title.
fn find_sub_heading(text: &str, from: usize, official: &str) -> Option<(usize, usize)> {
    let ordinal: String = official
        .chars()
        .skip(1)
        .take_while(|&c| c != '）')
        .collect();
    let title = key(official.split('）').nth(1).unwrap_or(""));
    let mut pos = from;
    while let Some(off) = text.get(pos..).and_then(|t| t.find(ordinal.as_str())) {
        let at = pos + off;
        pos = at + ordinal.len();
        let open = text.get(..at).and_then(|t| t.chars().next_back());
        let close = text.get(pos..).and_then(|t| t.chars().next());
        if open.map(half_width) != Some('(') || close.map(half_width) != Some(')') {
            continue;
        }
        let start = at - open.map_or(0, char::len_utf8);
        let body = pos + close.map_or(0, char::len_utf8);
        // The title words, within a short stretch after the ordinal.
        let stretch: String = text
            .get(body..)
            .unwrap_or("")
            .chars()
            .take(title.len() + 12)
            .collect();
        let line = stretch.split('\n').next().unwrap_or("");
        let (common, _) = lcs_end(&title, &key(line));
        // The bracketed ordinal is strong evidence; publishers reword the title freely
        // ("（四）平台载体建设方面" for "（四）政府信息公开平台建设").
        if common < 2 || common * 3 < title.len() {
            continue;
        }
        let line_end = body
            + text
                .get(body..)
                .unwrap_or("")
                .find('\n')
                .unwrap_or(text.len() - body);
        let line = text.get(body..line_end).unwrap_or("");
        // Run-in heading: up to the first "。" / "：" / "." after the title; else the whole
        // (short) line.
        let stop = line
            .char_indices()
            .take(title.len() + 12)
            .find(|(_, c)| matches!(half_width(*c), '。' | ':' | '.'))
            .map(|(i, c)| body + i + c.len_utf8());
        let end = match stop {
            Some(e) => e,
            None if line.chars().count() <= title.len() + 12 => line_end,
            None => continue,
        };
        return Some((start, end));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::SECTIONS;

    #[test]
    fn parts_by_sub_heading() {
        let t = "引言。\n(一) 主动公开情况\n甲。\n（二）依申请公开方面。乙。（三）政府信息管理\n丙\n（四）平台载体建设方面。丁。（五）监督保障方面。戊。";
        let (parts, n) = split_overview(t, &SECTIONS[0], false);
        assert_eq!(n, 5);
        let texts: Vec<&str> = parts.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(texts, ["引言。", "甲。", "乙。", "丙", "丁。", "戊。"]);
        let (parts, n) = split_overview("只有一段。", &SECTIONS[0], false);
        assert_eq!((n, parts.len()), (0, 1));
        assert_eq!(strip_trailing_chrome("无。 附件下载 "), "无。");
        assert_eq!(
            strip_trailing_chrome("无。\n相关链接\n版权所有：某县\n"),
            "无。\n相关链接"
        );
    }
}
