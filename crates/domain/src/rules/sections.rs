//! The narrative sections: section 一 covers the five themes (S-3), section 五 says something
//! (S-4), section 六 states the 信息处理费 situation (S-5), and the text names the report's own
//! year (S-6).
//!
//! S-6 heuristic. Naming other years is normal (citing documents, "2022年1月" of the publishing
//! year, plans for next year), so only three shapes are flagged, all with a year *before* the
//! report year unless stated otherwise:
//! 1. a statement that opens with the year: "2020年，我局…" / "2020年度," at the start of a part,
//!    of a line, or after 。；！？ (a statement about "the year" that names the wrong one);
//! 2. the statistics period: in a sentence containing "统计", "X年1月1日" or "X年12月31日" with
//!    X ≠ the report year;
//! 3. the report naming itself: "X年政府信息公开工作年度报告" / "X年度政府信息公开…年度报告"
//!    with X ≠ the report year.

use std::sync::OnceLock;

use super::context::{Context, Stage};
use super::narrative::{part_label, place};
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::text::{read_number, Filtered};

/// S-3: section 一 covers the five themes.
pub const S_3: RuleDef = RuleDef {
    code: "S-3",
    severity: Severity::Warning,
    title: "总体情况缺少要点",
    help: "按国办公开办函〔2021〕30号，“一、总体情况”应分别写明（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）政府信息公开平台建设、（五）监督保障五个方面的情况。",
    check: check_s3,
};

/// S-4: section 五 is not empty or just "无".
pub const S_4: RuleDef = RuleDef {
    code: "S-4",
    severity: Severity::Warning,
    title: "未写存在的问题及改进情况",
    help: "“五、存在的主要问题及改进情况”应写明存在的主要问题、上一年度问题的整改情况和下一步改进措施，不宜空白或只写“无”。",
    check: check_s4,
};

/// S-5: section 六 states the 信息处理费 situation.
pub const S_5: RuleDef = RuleDef {
    code: "S-5",
    severity: Severity::Warning,
    title: "未说明信息处理费",
    help: "按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），“六、其他需要报告的事项”应说明本年度是否收取信息处理费及金额（未收取的也应写明）。信息处理费不是表二中的行政事业性收费。",
    check: check_s5,
};

/// S-6: the text names the wrong report year.
pub const S_6: RuleDef = RuleDef {
    code: "S-6",
    severity: Severity::Warning,
    title: "正文年份与报告年度不符",
    help: "正文在叙述本年度情况时写成了其他年份，常见于沿用上一年度报告的文字。请核对年份；引用往年文件或写明下一年度计划属正常情况，可忽略本提醒。",
    check: check_s6,
};

/// Per theme part: words that show the theme is covered when section 一 is written as one text.
const THEMES: &[(&str, &[&str])] = &[
    ("overview_proactive", &["主动公开"]),
    ("overview_on_request", &["依申请公开", "政府信息公开申请"]),
    ("overview_management", &["政府信息管理", "信息管理"]),
    ("overview_platform", &["平台建设", "平台载体", "政府网站"]),
    ("overview_oversight", &["监督保障", "监督", "考核"]),
];

/// Text that says nothing ("无", "暂无。", "/"), without allocating: real text is long.
fn is_nothing(text: &str) -> bool {
    let mut meaningful = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '。' | '.' | '，' | ','));
    let mut buf = ['\0'; 3];
    let mut len = 0;
    for c in meaningful.by_ref() {
        if len == buf.len() {
            return false;
        }
        buf[len] = c;
        len += 1;
    }
    matches!(
        &buf[..len],
        [] | ['无'] | ['暂', '无'] | ['没', '有'] | ['/'] | ['／'] | ['—'] | ['—', '—'] | ['-']
    )
}

/// Whether the report was imported and its section `key`'s heading was not found. Its text is
/// then whatever the importer could place, not what the report says there: S-1 names the
/// missing heading, and the checks of that section's content say nothing.
fn heading_not_found(ctx: &Context, key: &str) -> bool {
    ctx.report
        .origin
        .as_ref()
        .is_some_and(|o| !o.headings.iter().any(|h| h.section == key))
}

/// Whether a part is still empty while the report is being filled in: not written yet is not
/// yet a finding (发布前检查 names it, [`Stage::Publication`]).
fn not_started(ctx: &Context, part: &str) -> bool {
    ctx.stage == Stage::Draft && ctx.text(part).trim().is_empty()
}

fn check_s3(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    if heading_not_found(ctx, "overview") {
        return;
    }
    let overview = ctx.text("overview");
    for (part, words) in THEMES {
        if !is_nothing(ctx.text(part)) || words.iter().any(|w| overview.contains(w)) {
            continue;
        }
        if not_started(ctx, part) {
            continue;
        }
        out.push(rule.diag(
            vec![place(part)],
            format!("“{}”未填写", part_label(ctx.format, part)),
        ));
    }
}

fn check_s4(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    if heading_not_found(ctx, "problems") {
        return;
    }
    let text = ctx.text("problems");
    if is_nothing(text) && !not_started(ctx, "problems") {
        let what = if text.trim().is_empty() {
            "为空".to_string()
        } else {
            format!("只写了“{}”", text.trim())
        };
        out.push(rule.diag(
            vec![place("problems")],
            format!("“{}”{what}", part_label(ctx.format, "problems")),
        ));
    }
}

fn check_s5(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    // 信息处理费 exist since 2021-01-01 (国办函〔2020〕109号): earlier reports cannot state them.
    if ctx.report.meta.year.is_some_and(|y| y < 2021) {
        return;
    }
    let text = ctx.text("other_matters");
    if ["处理费", "收费", "费用"].iter().any(|w| text.contains(w))
        || not_started(ctx, "other_matters")
    {
        return;
    }
    out.push(rule.diag(
        vec![place("other_matters")],
        format!(
            "“{}”未说明是否收取信息处理费",
            part_label(ctx.format, "other_matters")
        ),
    ));
}

fn check_s6(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(year) = ctx.report.meta.year else {
        return;
    };
    for (p, text) in ctx.part_texts() {
        if let Some((found, quote, why)) = wrong_year(text, year) {
            out.push(rule.diag(
                vec![place(p.key), "meta.year".to_string()],
                format!(
                    "“{}”中“{quote}”{why}写的是 {found} 年，而本报告是 {year} 年度的报告",
                    part_label(ctx.format, p.key)
                ),
            ));
        }
    }
}

/// Which flagged shape a year is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// "2020年，…" opening a statement.
    Opening,
    /// "2020年1月1日" in the statistics period.
    Period,
    /// "2020年政府信息公开工作年度报告".
    Title,
}

impl Shape {
    fn words(self) -> &'static str {
        match self {
            Shape::Opening => "开头",
            Shape::Period => "所述统计期限",
            Shape::Title => "所述报告名称",
        }
    }
}

/// A character of a year written in digits: "2020", "２０２０", "二〇二〇".
fn year_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(
            c,
            '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
        )
}

fn ends_statement(c: char) -> bool {
    matches!(c, '\n' | '。' | '；' | ';' | '！' | '？')
}

/// The first clear wrong-year statement of a text: (year named, the words, where). Only the
/// "年" characters are visited (a SIMD substring search: "年" is rare enough that a search for
/// its three bytes passes over most of a text in a few instructions per 32 bytes), then the four
/// digits before each.
fn wrong_year(text: &str, year: i32) -> Option<(i64, String, &'static str)> {
    static YEAR: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    YEAR.get_or_init(|| memchr::memmem::Finder::new("年"))
        .find_iter(text.as_bytes())
        .find_map(|pos| wrong_year_at(text, pos, year))
}

/// The wrong-year statement whose "年" is at byte `pos`, if it is one.
fn wrong_year_at(text: &str, pos: usize, year: i32) -> Option<(i64, String, &'static str)> {
    let before = text.get(..pos).unwrap_or("");
    let digits_end = before.trim_end().len();
    let head = before.get(..digits_end).unwrap_or("");
    let mut start = digits_end;
    let mut count = 0;
    for (i, c) in head.char_indices().rev() {
        if !year_digit(c) || count == 4 {
            break;
        }
        start = i;
        count += 1;
    }
    if count != 4
        || head
            .get(..start)
            .and_then(|h| h.chars().next_back())
            .is_some_and(year_digit)
    {
        return None;
    }
    // The report's own year is never wrong, whatever the shape: most "年" of a report are that,
    // mostly in ASCII digits, settled here without reading the number.
    if let Some(d) = head
        .as_bytes()
        .get(start..)
        .filter(|d| d.iter().all(u8::is_ascii_digit))
    {
        let y = d.iter().fold(0i32, |y, b| y * 10 + i32::from(b - b'0'));
        if y == year {
            return None;
        }
    }
    let mut probe = Filtered::at(text, start);
    let y = read_number(&mut probe)
        .filter(|n| n.unit.is_none() && !n.approx)
        .and_then(|n| n.value.as_int())
        .filter(|y| (1990..=2100).contains(y))?;
    if y == i64::from(year) || !probe.eat("年") {
        return None;
    }
    let lead = text.get(..start).unwrap_or("");
    let statement_start = lead
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
        .chars()
        .next_back()
        .is_none_or(ends_statement);
    let shape = shape(text, &probe, statement_start, start)?;
    let wrong = match shape {
        Shape::Opening => y < i64::from(year),
        Shape::Period | Shape::Title => y != i64::from(year),
    };
    if wrong {
        let quote: String = text
            .get(start..)
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_whitespace())
            .take_while(|c| !matches!(c, '。' | '；'))
            .take(24)
            .collect();
        return Some((y, quote, shape.words()));
    }
    None
}

/// Which flagged shape a year at byte `at` is in (`after` is the stream past its "年").
fn shape(text: &str, after: &Filtered, statement_start: bool, at: usize) -> Option<Shape> {
    let mut p = after.clone();
    p.eat("度");
    if statement_start && matches!(p.peek(), Some('，' | ',')) {
        return Some(Shape::Opening);
    }
    if p.eat("政府信息公开") {
        let head: String = text
            .get(p.offset()..)
            .unwrap_or("")
            .chars()
            .take(8)
            .collect();
        if head.contains("年度报告") || head.contains("年报") {
            return Some(Shape::Title);
        }
    }
    let mut d = after.clone();
    if d.eat("1月1日") || d.eat("12月31日") {
        let sentence_start = text
            .get(..at)
            .unwrap_or("")
            .char_indices()
            .rev()
            .find(|(_, c)| ends_statement(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let sentence_end = text
            .get(at..)
            .and_then(|r| r.find('。').map(|i| at + i))
            .unwrap_or(text.len());
        if text
            .get(sentence_start..sentence_end)
            .is_some_and(|s| s.contains("统计"))
        {
            return Some(Shape::Period);
        }
    }
    None
}
