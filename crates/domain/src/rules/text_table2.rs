//! T2-3: the table 二 figures the text quotes (规章/规范性文件 制发·废止·现行有效, 行政许可,
//! 行政处罚, 行政强制 decisions, 行政事业性收费) against table 二.

use super::claims::{reading_label, readings, verdict, Verdict};
use super::context::Context;
use super::fixes::rewrite_fix;
use super::narrative::{place, statements};
use super::registry::RuleDef;
use crate::compose::Topic;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Cell;
use crate::text::{Fixed, Quantity, Value};

/// T2-3: numbers in the text about table 二 items match the table.
pub const T2_3: RuleDef = RuleDef {
    code: "T2-3",
    severity: Severity::Warning,
    title: "正文与表二数字不一致",
    help: "第一部分“主动公开”正文中引用的规章、行政规范性文件件数，行政许可、行政处罚、行政强制决定数量和行政事业性收费金额应与表二一致。请核对正文或表格。",
    check,
};

/// The 主动公开 part, and the untitled overview.
const PARTS: &[&str] = &["overview_proactive", "overview"];

fn check(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    for (part, text, mentions) in statements(ctx, PARTS) {
        for m in mentions {
            if let (Value::Count(n), Quantity::Documents(..) | Quantity::Decisions(_)) =
                (m.value, m.quantity)
            {
                // Every reading (制发 or 现行有效 when the text names neither; 2019's 制作 or
                // 公开): consistent when one equals the figure; a blank one neither agrees
                // nor silences the others.
                let readings = readings(ctx.format, m.quantity);
                if let Verdict::Mismatch(vals) = verdict(ctx, &readings, n) {
                    let said: Vec<String> = readings
                        .iter()
                        .zip(&vals)
                        .map(|(r, v)| {
                            let v = v.map_or_else(|| "空白".to_string(), |v| v.to_string());
                            let label = reading_label(ctx, r);
                            let label = label.strip_prefix("表二 ").unwrap_or(&label);
                            format!("“{label}”为 {v}")
                        })
                        .collect();
                    let mut places = vec![place(part)];
                    places.extend(readings.into_iter().flatten());
                    out.push(
                        rule.diag(
                            places,
                            format!(
                                "正文称“{}”（{n} 件），表二{}",
                                m.quote(text),
                                said.join("、")
                            ),
                        )
                        .with_fixes([rewrite_fix(
                            ctx,
                            part,
                            text,
                            m,
                            Topic::Proactive,
                        )]),
                    );
                }
                continue;
            }
            let Some((cells, table)) = compared(ctx, m.quantity) else {
                continue;
            };
            let quote = m.quote(text);
            let finding = match (m.value, &table) {
                (Value::Count(n), Table::Counts(vals)) => (!vals.contains(&n)).then(|| {
                    format!(
                        "正文称“{quote}”（{n} 件），表二{}",
                        describe(ctx, &cells, vals)
                    )
                }),
                (Value::Amount { figure, yuan }, Table::Amount(a)) => {
                    (!amount_matches(a.as_str(), figure, yuan)).then(|| {
                        format!(
                            "正文称“{quote}”，表二“行政事业性收费”本年收费金额为 {} 万元",
                            a.as_str()
                        )
                    })
                }
                _ => None,
            };
            if let Some(msg) = finding {
                let mut places = vec![place(part)];
                places.extend(cells);
                out.push(rule.diag(places, msg));
            }
        }
    }
}

enum Table {
    /// Accepted counts (the 2019 format's 制作 and 公开 columns are both read as "issued").
    Counts(Vec<i64>),
    Amount(crate::model::Decimal),
}

/// The cells a quantity is compared with and their values; `None` when the format has no such
/// cell or the cells are blank (a table not yet filled).
fn compared(ctx: &Context, q: Quantity) -> Option<(Vec<String>, Table)> {
    // Counts of documents and decisions are compared above, through the format's readings. A
    // fee is compared with the format's amount cell, when it has one (2019's has none).
    let addresses: Vec<String> = match q {
        Quantity::Fees => vec!["table2.fees.amount".to_string()],
        _ => return None,
    };
    if q == Quantity::Fees {
        let Some(Cell::Amount(a)) = ctx.report.get(&addresses[0]) else {
            return None;
        };
        return Some((addresses, Table::Amount(a.clone())));
    }
    let vals: Vec<i64> = addresses.iter().filter_map(|a| ctx.int(a)).collect();
    (!vals.is_empty()).then_some((addresses, Table::Counts(vals)))
}

fn describe(ctx: &Context, cells: &[String], vals: &[i64]) -> String {
    cells
        .iter()
        .zip(vals)
        .map(|(a, v)| {
            let label = ctx
                .id(a)
                .map(|id| ctx.format.cell_label(id))
                .unwrap_or_default();
            format!("“{label}”为 {v}")
        })
        .collect::<Vec<_>>()
        .join("、")
}

/// Whether a stated fee (in 万元, or 元) agrees with table 二's amount; `None` when the format
/// has no amount cell (2019's) or it is blank. The claims list marks the figure by it.
pub fn fee_agrees(ctx: &Context, figure: Fixed, yuan: bool) -> Option<bool> {
    let Some((_, Table::Amount(a))) = compared(ctx, Quantity::Fees) else {
        return None;
    };
    Some(amount_matches(a.as_str(), figure, yuan))
}

/// Whether a figure quoted in 万元 (or 元) is the table's amount, rounded or truncated to the
/// figure's precision. Exact: both are compared as integers of 10⁻¹² 万元.
fn amount_matches(table: &str, figure: Fixed, yuan: bool) -> bool {
    const SCALE: u32 = 12;
    let Some(t) = fixed_text(table, SCALE) else {
        return true;
    };
    let shift = if yuan { 4 } else { 0 };
    let Some(digits) = SCALE.checked_sub(u32::from(figure.decimals) + shift) else {
        return true;
    };
    let unit = 10i128.pow(digits);
    let f = i128::from(figure.scaled) * unit;
    2 * f - unit <= 2 * t && t < f + unit
}

/// A decimal text as an integer of 10^-scale units (extra decimals truncated).
fn fixed_text(s: &str, scale: u32) -> Option<i128> {
    let (i, f) = s.split_once('.').unwrap_or((s, ""));
    let mut v: i128 = 0;
    for b in i.bytes() {
        v = v
            .checked_mul(10)?
            .checked_add(i128::from(b.checked_sub(b'0')?))?;
    }
    let mut frac = f.bytes().take(scale as usize);
    for _ in 0..scale {
        let d = frac.next().map_or(Some(0), |b| b.checked_sub(b'0'))?;
        v = v.checked_mul(10)?.checked_add(i128::from(d))?;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_round_or_truncate() {
        let f = |scaled, decimals| Fixed { scaled, decimals };
        assert!(amount_matches("24252.311082", f(2425231, 2), false));
        assert!(amount_matches("24252.316", f(2425232, 2), false));
        assert!(!amount_matches("24252.311082", f(2425230, 2), false));
        assert!(amount_matches("0.3940", f(3940, 0), true));
        assert!(!amount_matches("0.3940", f(3941, 0), true));
        assert!(amount_matches("0", f(0, 0), false));
        assert!(amount_matches("12", f(12, 0), false));
    }
}
