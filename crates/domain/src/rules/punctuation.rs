//! S-8: half-width punctuation in the narrative. Text pasted from other documents, web pages or
//! spreadsheets brings half-width ",;:()" into a Chinese paragraph, and the printout shows them
//! (evaluators mark it). A mark is counted, and offered for conversion, only where the text
//! around it is Chinese, and never inside a number ("1,234", "10:30"), a URL, or a document
//! number ("国办发〔2021〕30号", "国办发(2021)30号": a year in brackets is a document number's,
//! whose right form is 〔〕, not （）).

use super::context::Context;
use super::fixes::full_width_fix;
use super::narrative::{part_label, place};
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::text::is_cjk;

/// S-8: half-width punctuation between Chinese words.
pub const S_8: RuleDef = RuleDef {
    code: "S-8",
    severity: Severity::Warning,
    title: "正文中夹用半角标点",
    help: "中文正文应使用全角标点（，；：（））。从其他文档或网页粘贴的文字常带有半角标点，印发稿中显得不规范。点击该部分下方的“转换为全角标点”可一次改正；数字、日期、网址和文号中的标点不会改动。",
    check,
};

/// The half-width marks converted, each with its full-width form. The data of the rule: a mark
/// added here is found, counted and converted with no other change.
pub const MARKS: &[(char, char)] = &[
    (',', '，'),
    (';', '；'),
    (':', '：'),
    ('(', '（'),
    (')', '）'),
];

/// Where URLs start: text from one of these to the next space or Chinese character is left as
/// it is.
const URL_STARTS: &[&str] = &["https://", "http://", "ftp://", "www."];

/// Brackets of a document number (发文字号): nothing between them is touched.
const DOC_NUMBER_BRACKETS: (char, char) = ('〔', '〕');

/// One half-width mark to convert: its byte range in the text (with the spaces that go with it)
/// and what replaces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HalfWidthMark {
    /// Byte offset of the first byte replaced.
    pub start: usize,
    /// Byte offset just after the last byte replaced.
    pub end: usize,
    /// The half-width mark found.
    pub mark: char,
    /// Its full-width form.
    pub full: char,
}

fn full_form(c: char) -> Option<char> {
    MARKS.iter().find(|(h, _)| *h == c).map(|(_, f)| *f)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Byte ranges left alone: URLs and the insides of 〔…〕.
fn protected(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for start in URL_STARTS {
        let mut from = 0;
        while let Some(i) = text.get(from..).and_then(|t| t.find(start)) {
            let s = from + i;
            let end = text[s..]
                .char_indices()
                .find(|&(_, c)| c.is_whitespace() || (is_cjk(c) && !MARKS.iter().any(|m| m.0 == c)))
                .map_or(text.len(), |(j, _)| s + j);
            out.push((s, end));
            from = end.max(s + start.len());
        }
    }
    let (open, close) = DOC_NUMBER_BRACKETS;
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(open)) {
        let s = from + i;
        let end = text[s..]
            .find(close)
            .map_or(text.len(), |j| s + j + close.len_utf8());
        out.push((s, end));
        from = end;
    }
    out
}

/// The nearest character before byte `i` that is not a space (a line break stops the search).
fn before(chars: &[(usize, char)], k: usize) -> Option<char> {
    chars[..k]
        .iter()
        .rev()
        .map(|&(_, c)| c)
        .take_while(|&c| c != '\n')
        .find(|&c| c != ' ' && c != '\t')
}

/// The nearest character after index `k` that is not a space (a line break stops the search).
fn after(chars: &[(usize, char)], k: usize) -> Option<char> {
    chars[k + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|&c| c != '\n')
        .find(|&c| c != ' ' && c != '\t')
}

/// The index of the `)` closing the `(` at `k` on the same line, if any.
fn closing(chars: &[(usize, char)], k: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, &(_, c)) in chars.iter().enumerate().skip(k) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

/// Every half-width mark of `text` that stands between Chinese words, in text order: what S-8
/// counts and [`to_full_width`] converts.
pub fn half_width_marks(text: &str) -> Vec<HalfWidthMark> {
    // Most parts have none: decide without building anything.
    if !text.contains(|c| full_form(c).is_some()) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let skip = protected(text);
    let inside = |b: usize| skip.iter().any(|&(s, e)| s <= b && b < e);
    // Brackets decided with their partner: index → convert or not.
    let mut paired: Vec<(usize, bool)> = Vec::new();
    let mut out = Vec::new();
    for (k, &(b, c)) in chars.iter().enumerate() {
        let Some(full) = full_form(c) else { continue };
        if inside(b) {
            continue;
        }
        let convert = if let Some(&(_, decided)) = paired.iter().find(|p| p.0 == k) {
            decided
        } else if c == '(' {
            match closing(&chars, k) {
                Some(j) => {
                    // A pair converts when what it holds is Chinese: "(一)", "(以下简称《条例》)";
                    // "(2021)" (a document number's year), "(1)", "(PDF)" stay.
                    let holds_chinese = chars[k + 1..j].iter().any(|&(_, c)| is_cjk(c));
                    paired.push((j, holds_chinese));
                    holds_chinese
                }
                None => after(&chars, k).is_some_and(is_cjk),
            }
        } else if c == ')' {
            before(&chars, k).is_some_and(is_cjk)
        } else {
            let (p, n) = (before(&chars, k), after(&chars, k));
            let number = p.is_some_and(is_digit) && n.is_some_and(is_digit);
            !number && (p.is_some_and(is_cjk) || n.is_some_and(is_cjk))
        };
        if !convert {
            continue;
        }
        let mut start = b;
        let mut end = b + c.len_utf8();
        // The spaces typed after a half-width comma (or before an opening bracket) go with it:
        // full-width marks carry their own spacing.
        if c == '(' {
            while start > 0 && text.as_bytes()[start - 1] == b' ' {
                start -= 1;
            }
        } else {
            while text.as_bytes().get(end) == Some(&b' ') {
                end += 1;
            }
        }
        out.push(HalfWidthMark {
            start,
            end,
            mark: c,
            full,
        });
    }
    out
}

/// `text` with every mark [`half_width_marks`] finds replaced by its full-width form.
pub fn to_full_width(text: &str) -> String {
    let marks = half_width_marks(text);
    if marks.is_empty() {
        return text.to_string();
    }
    full_forms_in(text, &marks, 0..text.len())
}

/// The bytes `range` of `text` with `marks` (in text order, inside the range) replaced by their
/// full-width forms: the one replacement [`to_full_width`] and S-8's fix both make.
pub(crate) fn full_forms_in(
    text: &str,
    marks: &[HalfWidthMark],
    range: std::ops::Range<usize>,
) -> String {
    let mut out = String::with_capacity(range.len() + marks.len() * 2);
    let mut at = range.start;
    for m in marks {
        // Two marks never overlap: spaces are taken after a mark and before "(" only, and a
        // space between ")" and "(" goes to the first.
        let start = m.start.max(at);
        out.push_str(text.get(at..start).unwrap_or(""));
        out.push(m.full);
        at = m.end.max(start);
    }
    out.push_str(text.get(at..range.end).unwrap_or(""));
    out
}

fn check(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    for (p, text) in ctx.part_texts() {
        let marks = half_width_marks(text);
        if marks.is_empty() {
            continue;
        }
        let mut kinds: Vec<char> = marks.iter().map(|m| m.mark).collect();
        crate::order::sort(&mut kinds);
        kinds.dedup();
        let shown: Vec<String> = kinds.iter().map(|c| format!("“{c}”")).collect();
        out.push(
            rule.diag(
                vec![place(p.key)],
                format!(
                    "{}：{} 处半角标点（{}）夹在中文之间，应为全角",
                    part_label(ctx.format, p.key),
                    marks.len(),
                    shown.join("")
                ),
            )
            .with_fixes([full_width_fix(p.key, text, &marks)]),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_semicolons_colons_between_chinese_words_convert() {
        assert_eq!(
            to_full_width("我局共收到申请12件,其中;予以公开:5件"),
            "我局共收到申请12件，其中；予以公开：5件"
        );
        // The space typed after a half-width comma goes with it.
        assert_eq!(to_full_width("全年, 共办结"), "全年，共办结");
    }

    #[test]
    fn brackets_holding_chinese_convert_as_a_pair() {
        assert_eq!(
            to_full_width("(一)主动公开 依据《条例》(以下简称条例)"),
            "（一）主动公开 依据《条例》（以下简称条例）"
        );
    }

    #[test]
    fn numbers_stay() {
        assert_eq!(to_full_width("金额1,234.5万元"), "金额1,234.5万元");
        assert_eq!(to_full_width("共１,２件"), "共１,２件");
        assert!(half_width_marks("收到5,000件申请").is_empty());
    }

    #[test]
    fn times_and_dates_stay() {
        assert_eq!(
            to_full_width("发布时间:2022年1月28日 16:34"),
            "发布时间：2022年1月28日 16:34"
        );
        assert!(half_width_marks("于Jan 31, 2022公布").is_empty());
    }

    #[test]
    fn urls_stay() {
        let t = "网址:http://www.gov.cn/a,b;c:(1)和www.example.cn/x,y。";
        assert_eq!(
            to_full_width(t),
            "网址：http://www.gov.cn/a,b;c:(1)和www.example.cn/x,y。"
        );
    }

    #[test]
    fn document_numbers_stay() {
        assert_eq!(
            to_full_width("按照国办发〔2021〕30号,国办公开办函(2021)30号要求"),
            "按照国办发〔2021〕30号，国办公开办函(2021)30号要求"
        );
        assert!(half_width_marks("〔2021,第3号:附(一)〕").is_empty());
    }

    #[test]
    fn english_and_ascii_stay() {
        assert!(half_width_marks("see a, b; c: (PDF)").is_empty());
        assert!(half_width_marks("附件(1)").is_empty());
    }

    #[test]
    fn the_rule_names_each_part_with_its_count() {
        let mut r = crate::model::Report::new(crate::format::FormatId::F2021);
        r.set_text("problems", "一是人员不足,二是培训不够;");
        r.set_text("other_matters", "本机关未收取信息处理费。");
        let d: Vec<_> = crate::rules::validate(&r, None)
            .into_iter()
            .filter(|d| d.code == "S-8")
            .collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].cells, vec!["narrative.problems".to_string()]);
        assert!(
            d[0].message.contains("2 处半角标点（“,”“;”）"),
            "{}",
            d[0].message
        );
    }
}
