//! T3-6: the numbers section 一 quotes about applications (收到/受理/新收, 办结/答复, 结转,
//! per-outcome counts and shares) against table 三.

use super::block::Block;
use super::claims::{reading_label, readings, verdict, Verdict};
use super::context::Context;
use super::fixes::{figure_fix, rewrite_fix};
use super::narrative::{place, row_total, row_total_address, statements, table_filled};
use super::registry::RuleDef;
use crate::compose::Topic;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Decimal;
use crate::text::{Fixed, Mention, Quantity, Value};

/// T3-6: numbers in the 依申请公开 text match table 三.
pub const T3_6: RuleDef = RuleDef {
    code: "T3-6",
    severity: Severity::Warning,
    title: "正文与表三数字不一致",
    help: "第一部分“依申请公开”正文中引用的申请件数（收到/受理、办结/答复、结转、各项办理结果及其占比）应与表三一致。“收到 N 件”既可理解为本年新收，也可理解为新收加上年结转，两者之一相符即可。请核对正文或表格。",
    check,
};

/// The parts that speak of applications: the 依申请公开 part, and the untitled overview (which
/// holds all of section 一 in reports written without sub-headings).
const PARTS: &[&str] = &["overview_on_request", "overview"];

fn check(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = Block::of(ctx.report, "table3", 0) else {
        return;
    };
    if !table_filled(ctx, "table3") {
        return;
    }
    for (part, text, mentions) in statements(ctx, PARTS) {
        let mut flagged: Vec<Quantity> = Vec::new();
        for m in mentions {
            match m.value {
                Value::Count(n) => {
                    if let Some((cells, msg, v)) = compare_count(ctx, &b, m, n, text) {
                        flagged.push(m.quantity);
                        out.push(rule.diag(with_part(part, cells), msg).with_fixes([
                            v.and_then(|v| figure_fix(part, text, m, v)),
                            rewrite_fix(ctx, part, text, m, Topic::Requests),
                        ]));
                    }
                }
                Value::Percent(p) if !flagged.contains(&m.quantity) => {
                    if let Some((cells, msg)) = compare_share(ctx, &b, m, p, text) {
                        out.push(
                            rule.diag(with_part(part, cells), msg)
                                .with_fixes([rewrite_fix(ctx, part, text, m, Topic::Requests)]),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

fn with_part(part: &str, cells: Vec<String>) -> Vec<String> {
    let mut v = vec![place(part)];
    v.extend(cells);
    v
}

/// The table 三 rows a quantity is compared with, as the format declares them and its index
/// resolves them (once per format: the rule runs on every keystroke).
fn rows_of(ctx: &Context, q: Quantity) -> Option<&'static [usize]> {
    let rows = q.table3_rows(ctx.format.readings)?;
    Some(ctx.format.index().reading_rows(rows)).filter(|r| !r.is_empty())
}

/// A label for rows, built only for a finding: an outcome's name is its group heading
/// ("（三）不予公开"), else the row's own.
fn label_of(b: &Block, rows: &[usize]) -> String {
    let mut labels: Vec<&str> = Vec::new();
    for r in rows.iter().filter_map(|&i| b.def.rows.get(i)) {
        let label = b.table.shown_groups(r).last().unwrap_or(r.label);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join("＋")
}

/// Whether a row has no figure at all. A sum over such a row is not what the table states (an
/// import that left the row blank, a form not finished), so it is not compared: a check that is
/// not sure says nothing (the same rule as [`super::claims::reading_value`]).
fn row_blank(b: &Block, r: usize) -> bool {
    (0..b.cols()).all(|c| b.cell(r, c).is_blank())
}

fn sum_rows(b: &Block, rows: &[usize]) -> i64 {
    rows.iter()
        .map(|&r| row_total(b, r))
        .fold(0i64, i64::saturating_add)
}

/// The 总计 cells of rows, to name in a finding.
fn addresses(b: &Block, rows: &[usize]) -> Vec<String> {
    rows.iter().map(|&r| row_total_address(b, r)).collect()
}

fn compare_count(
    ctx: &Context,
    b: &Block,
    m: &Mention,
    n: i64,
    text: &str,
) -> Option<(Vec<String>, String, Option<i64>)> {
    if m.quantity == Quantity::Received {
        // Read from the block directly (no allocation unless a finding is made): this runs
        // on every keystroke. The readings are 本年新收 and 新收 + 上年结转.
        let index = ctx.format.index();
        let [new, both] = ctx.format.readings.received else {
            return None;
        };
        let (new, both) = (index.reading_rows(new), index.reading_rows(both));
        if new.is_empty() || both.is_empty() {
            return None;
        }
        if both.iter().any(|&r| row_blank(b, r)) {
            return None;
        }
        let (nv, bv) = (sum_rows(b, new), sum_rows(b, both));
        if n == nv || n == bv {
            return None;
        }
        return Some((
            addresses(b, both),
            received_mismatch(&m.quote(text), n, &b.row_label(new[0]), nv, bv),
            Some(nv),
        ));
    }
    if matches!(m.quantity, Quantity::Applicant(_)) {
        let readings = readings(ctx.format, m.quantity);
        let Verdict::Mismatch(vals) = verdict(ctx, &readings, n) else {
            return None;
        };
        let quote = m.quote(text);
        let cells: Vec<String> = readings.last().cloned().unwrap_or_default();
        let said: Vec<String> = readings
            .iter()
            .zip(&vals)
            .map(|(r, v)| {
                let v = v.map_or_else(|| "空白".to_string(), |v| v.to_string());
                format!("按“{}”为 {v}", reading_label(ctx, r))
            })
            .collect();
        return Some((
            cells,
            format!("正文称“{quote}”（{n} 件），{}，均不相符", said.join("；")),
            vals.iter().find_map(|v| *v),
        ));
    }
    let rows = rows_of(ctx, m.quantity)?;
    if rows.iter().any(|&r| row_blank(b, r)) {
        return None;
    }
    let v = sum_rows(b, rows);
    if v == n {
        return None;
    }
    let label = label_of(b, rows);
    let cells = addresses(b, rows);
    let quote = m.quote(text);
    let what = if rows.len() > 1 { "合计" } else { "总计" };
    Some((
        cells,
        format!("正文称“{quote}”（{n} 件），表三“{label}”{what}为 {v}"),
        Some(v),
    ))
}

/// The finding for "收到 N 件" that matches neither 本年新收 (`nv`) nor 新收 + 上年结转 (`both`).
fn received_mismatch(quote: &str, n: i64, new_label: &str, nv: i64, both: i64) -> String {
    let also = if nv == both { "也为" } else { "为" };
    format!(
        "正文称“{quote}”，即收到申请 {n} 件；表三“{new_label}”总计为 {nv}（新收+上年结转{also} {both}），按“本年新收”或“新收+上年结转”理解均不相符"
    )
}

fn compare_share(
    ctx: &Context,
    b: &Block,
    m: &Mention,
    p: Fixed,
    text: &str,
) -> Option<(Vec<String>, String)> {
    if !matches!(m.quantity, Quantity::Outcome(_)) {
        return None;
    }
    let rows = rows_of(ctx, m.quantity)?;
    if rows.iter().any(|&r| row_blank(b, r)) {
        return None;
    }
    let v = sum_rows(b, rows);
    let total = rows_of(ctx, Quantity::Concluded)?;
    let t = sum_rows(b, total);
    if t <= 0 {
        return None;
    }
    // Stated s/10^d percent, actual 100·v/t: accept rounding (±half a unit) or truncation.
    let scale = 10i128.checked_pow(u32::from(p.decimals))?;
    let s = i128::from(p.scaled);
    let (t128, actual) = (i128::from(t), 200 * i128::from(v) * scale);
    if 2 * s * t128 - t128 <= actual && actual < 2 * s * t128 + 2 * t128 {
        return None;
    }
    let label = label_of(b, rows);
    let cells = addresses(b, &[rows, total].concat());
    // v·100/t as `{:.2}` of the float would print it, without float formatting in the wasm.
    let pct = Decimal::ratio(i128::from(v) * 100, t.unsigned_abs().into(), 2)?;
    Some((
        cells,
        format!(
            "正文称“{label}”占 {p}%（“{}”），按表三计算为 {v} 件占（七）总计 {t} 件的 {pct}%",
            m.quote(text)
        ),
    ))
}
