//! Rules that compare with last year's report, run only when it is loaded: the applications
//! carried over (T3-5) and the documents in force (T2-2).

use super::context::Context;
use super::fixes::previous_fix;
use super::registry::RuleDef;
use super::sum::stated;
use crate::diagnostics::{Diagnostic, Severity};

/// T3-5: this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column.
pub const T3_5: RuleDef = RuleDef {
    code: "T3-5",
    severity: Severity::Error,
    title: "上年结转与上年报告一致",
    help: "本年表三“二、上年结转政府信息公开申请数量”应与上年报告表三“四、结转下年度继续办理”逐列相等：上年年底未办结的申请，就是本年从上年结转的申请。请核对本年结转数，或确认载入的是上一年度的报告。",
    check: check_t3_5,
};

/// T2-2: 现行有效件数 = last year's 现行有效 + 本年制发 − 本年废止 (2021 format).
pub const T2_2: RuleDef = RuleDef {
    code: "T2-2",
    severity: Severity::Warning,
    title: "现行有效件数与上年衔接",
    help: "一般而言，本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。文件也可能因有效期届满而失效，差异有合理原因的，可以保留并说明理由；否则请核对制发、废止和现行有效件数。",
    check: check_t2_2,
};

/// Whether the loaded previous report is for the year before this one (unknown years pass).
fn years_mismatch(ctx: &Context) -> Option<(i32, i32)> {
    let prev = ctx.previous?;
    match (ctx.report.meta.year, prev.meta.year) {
        (Some(y), Some(p)) if y.checked_sub(1) != Some(p) => Some((y, p)),
        _ => None,
    }
}

fn check_t3_5(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    if let Some((y, p)) = years_mismatch(ctx) {
        out.push(Diagnostic {
            severity: Severity::Warning,
            ..rule.diag(
                vec!["meta.year".into()],
                format!(
                    "载入的上年报告是{p}年度的，不是{}年度的，未比对上年结转数",
                    i64::from(y) - 1
                ),
            )
        });
        return;
    }
    let (Some(b), Some(pb)) = (ctx.block("table3", 0), ctx.previous_block("table3", 0)) else {
        return;
    };
    // The rows the format carries from year to year (二、上年结转 from 四、结转下年度继续办理).
    let Some(carried) = b.table.carried.iter().find(|c| c.always) else {
        return;
    };
    let (Some(carry), Some(forward)) = (b.row(carried.into), pb.row(carried.from)) else {
        return;
    };
    let forward_label = pb.def.rows.get(forward).map_or("", |r| r.label);
    let carry_label = b.def.rows.get(carry).map_or("", |r| r.label);
    for c in 0..b.cols() {
        let Some(pc) = b.def.columns.get(c).and_then(|col| pb.col(col.key)) else {
            continue;
        };
        let (now, last) = (b.int(carry, c), pb.int(forward, pc));
        if (now.is_none() && last.is_none()) || now.unwrap_or(0) == last.unwrap_or(0) {
            continue;
        }
        let gap = (i128::from(now.unwrap_or(0)) - i128::from(last.unwrap_or(0))).abs();
        let address = b.address(carry, c);
        // Only an entry cell takes last year's figure (the 总计 column follows its row).
        let fix = (Some(c) != b.total_col())
            .then(|| previous_fix(address.clone(), last))
            .flatten();
        out.push(
            rule.diag(
                vec![address],
                format!(
                    "{}列：本年“{carry_label}”{}，上年报告“{forward_label}”{}，相差 {gap}",
                    b.col_label(c),
                    stated(now),
                    stated(last),
                ),
            )
            .with_fixes([fix]),
        );
    }
}

fn check_t2_2(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    if years_mismatch(ctx).is_some() {
        return;
    }
    // Only the 2021 format has these columns; a 2019-format report on either side has none, so
    // the key lookups below end the check.
    let (Some(b), Some(pb)) = (ctx.block("table2", 0), ctx.previous_block("table2", 0)) else {
        return;
    };
    let (Some(issued), Some(repealed), Some(in_force), Some(p_in_force)) = (
        b.col("issued"),
        b.col("repealed"),
        b.col("in_force"),
        pb.col("in_force"),
    ) else {
        return;
    };
    for (r, row) in b.def.rows.iter().enumerate() {
        let Some(pr) = pb.row(row.key) else {
            continue;
        };
        let (Some(now), Some(last)) = (b.int(r, in_force), pb.int(pr, p_in_force)) else {
            continue;
        };
        let (add, drop) = (b.int(r, issued), b.int(r, repealed));
        let expected =
            i128::from(last) + i128::from(add.unwrap_or(0)) - i128::from(drop.unwrap_or(0));
        if expected == i128::from(now) {
            continue;
        }
        out.push(rule.diag(
            vec![
                b.address(r, in_force),
                b.address(r, issued),
                b.address(r, repealed),
            ],
            format!(
                "{}：上年{} {last} + {} {} − {} {} ＝ {expected}，本年{}填写为 {now}，相差 {}",
                row.label,
                b.col_label(in_force),
                b.col_label(issued),
                add.unwrap_or(0),
                b.col_label(repealed),
                drop.unwrap_or(0),
                b.col_label(in_force),
                (expected - i128::from(now)).abs()
            ),
        ));
    }
}
