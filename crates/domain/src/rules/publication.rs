//! The publication deadline (P-1): 条例 art. 49 — a department publishes by 31 January, a whole
//! government by 31 March of the year after the report year.

use super::context::Context;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Meta;

/// P-1: publication date later than the deadline.
pub const P_1: RuleDef = RuleDef {
    code: "P-1",
    severity: Severity::Warning,
    title: "公布时限",
    help: "《中华人民共和国政府信息公开条例》第四十九条规定：县级以上人民政府部门应于每年1月31日前、县级以上地方人民政府应于每年3月31日前公布本机关上一年度政府信息公开工作年度报告。请核对发布日期（格式 YYYY-MM-DD）、报告年度和报告类型。",
    check: check_p_1,
};

/// A calendar date.
/// A calendar date: (year, month, day).
pub type Date = (i64, u32, u32);

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses "2022-01-20", "2022/1/20", "2022.01.20" or "2022年1月20日" (half- or full-width
/// digits); `None` for anything else, including impossible dates.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let s = s.strip_suffix('日').unwrap_or(s);
    // Year, month, day: the value and the number of digits read so far.
    let mut parts = [(0u32, 0usize); 3];
    let mut i = 0;
    for c in s.chars() {
        let digit = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            '-' | '/' | '.' | '年' | '月' | '－' | '／' | '．' => {
                i += 1;
                continue;
            }
            _ => return None,
        };
        let (value, len) = parts.get_mut(i)?;
        if *len == if i == 0 { 4 } else { 2 } {
            return None;
        }
        *value = *value * 10 + digit;
        *len += 1;
    }
    let [(y, yl), (m, ml), (d, dl)] = parts;
    if i != 2 || yl == 0 || ml == 0 || dl == 0 || y < 1900 || !(1..=12).contains(&m) {
        return None;
    }
    let y = i64::from(y);
    (1..=days_in_month(y, m)).contains(&d).then_some((y, m, d))
}

/// Days since 1970-01-01 (proleptic Gregorian), for counting days late.
pub fn day_number((y, m, d): Date) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn show((y, m, d): Date) -> String {
    format!("{y}-{m:02}-{d:02}")
}

/// The publication deadline of a report (条例 art. 49: the year after the report year, on the
/// day its kind fixes), when its year is known.
pub fn deadline_of(meta: &Meta) -> Option<Date> {
    let (m, d) = meta.kind.deadline();
    Some((i64::from(meta.year?) + 1, m, d))
}

/// Whether the report's publication date is a date after its deadline (P-1's lateness; a date
/// that cannot be read is not late).
pub fn published_late(meta: &Meta) -> bool {
    match (parse_date(&meta.published), deadline_of(meta)) {
        (Some(date), Some(deadline)) => date > deadline,
        _ => false,
    }
}

fn check_p_1(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let meta = &ctx.report.meta;
    let published = meta.published.trim();
    if published.is_empty() {
        return;
    }
    let place = || vec!["meta.published".to_string()];
    let Some(date) = parse_date(published) else {
        out.push(rule.diag(
            place(),
            format!("发布日期“{published}”无法识别，请按 YYYY-MM-DD 填写（如 2022-01-20）"),
        ));
        return;
    };
    let (Some(year), Some(deadline)) = (meta.year.map(i64::from), deadline_of(meta)) else {
        return;
    };
    if date > deadline {
        out.push(rule.diag(
            place(),
            format!(
                "发布日期 {} 晚于公布期限 {}（{}），逾期 {} 天",
                show(date),
                show(deadline),
                meta.kind.label(),
                day_number(date) - day_number(deadline)
            ),
        ));
    } else if date < (year + 1, 1, 1) {
        out.push(rule.diag(
            place(),
            format!(
                "发布日期 {} 早于{year}年度结束，请核对发布日期或报告年度",
                show(date)
            ),
        ));
    }
}
