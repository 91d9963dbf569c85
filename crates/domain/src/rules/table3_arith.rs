//! Table 三 arithmetic: the printed 勾稽关系 (T3-1), the （七）总计 row (T3-2), the 总计 column (T3-3).

use super::block::Block;
use super::context::Context;
use super::fixes::recompute_fix;
use super::registry::RuleDef;
use super::sum::{blank_total_column, row_total_mismatches, stated, TABLE3_TOTALS};
use crate::diagnostics::{Diagnostic, Severity};
use crate::totals::Sum;

/// T3-1: per column, 一 + 二 = （七）总计 + 四.
pub const T3_1: RuleDef = RuleDef {
    code: "T3-1",
    severity: Severity::Error,
    title: "申请数量勾稽关系",
    help: "表三每一列都必须满足：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理。请核对新收、结转和各项办理结果的件数。",
    check: check_t3_1,
};

/// T3-2: per column, （七）总计 = the sum of all outcome rows.
pub const T3_2: RuleDef = RuleDef {
    code: "T3-2",
    severity: Severity::Error,
    title: "办理结果总计",
    help: "（七）总计应等于（一）至（六）各项办理结果之和。每件申请只计入一种办理结果（部分公开的只计入（二））。",
    check: check_t3_2,
};

/// T3-3: per row, 总计 = 自然人 + the five 法人或其他组织 columns.
pub const T3_3: RuleDef = RuleDef {
    code: "T3-3",
    severity: Severity::Error,
    title: "申请人总计",
    help: "每一行的“总计”应等于自然人与法人或其他组织五类（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。",
    check: check_t3_3,
};

fn check_t3_1(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = ctx.block("table3", 0) else {
        return;
    };
    let Some((left_rows, right_rows)) = b.info.balance.as_ref() else {
        return;
    };
    for c in 0..b.cols() {
        let left = Sum::of(left_rows.iter().map(|&r| b.int(r, c)));
        let right = Sum::of(right_rows.iter().map(|&r| b.int(r, c)));
        if (!left.any && !right.any) || left.value == right.value {
            continue;
        }
        out.push(
            rule.diag(
                left_rows
                    .iter()
                    .chain(right_rows)
                    .map(|&r| b.address(r, c))
                    .collect(),
                format!(
                    "{}列：{}＝{}，{}＝{}，相差 {}",
                    b.col_label(c),
                    side_label(&b, left_rows),
                    left.value,
                    side_label(&b, right_rows),
                    right.value,
                    (left.value - right.value).abs()
                ),
            ),
        );
    }
}

/// One side of the balance as a finding names it, by the rows' numbering: "一+二",
/// "（七）总计+四".
fn side_label(b: &Block, rows: &[usize]) -> String {
    rows.iter()
        .filter_map(|&r| b.def.rows.get(r))
        .map(|r| numbering(r.label))
        .collect::<Vec<_>>()
        .join("+")
}

/// A row label's numbering: "一" of "一、本年新收…"; a label without one ("（七）总计") whole.
fn numbering(label: &str) -> &str {
    label.split_once('、').map_or(label, |(n, _)| n)
}

fn check_t3_2(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = ctx.block("table3", 0) else {
        return;
    };
    // Table 三's total row: （七）总计, the sum of the outcome rows.
    let Some((total, parts)) = b.info.row_sums.first() else {
        return;
    };
    let total = *total;
    // Summed row by row, over each row's cells in memory order, per column.
    let mut sums = vec![Sum::default(); b.cols()];
    for &r in parts {
        for (acc, cell) in sums.iter_mut().zip(b.row_cells(r)) {
            *acc = acc.plus(cell.int());
        }
    }
    // An outcome row's 总计 left blank while the row holds figures is T3-3's omission: the
    // column's （七）总计 is not compared with a sum missing it as well.
    let totals_left_blank = |c: usize| {
        Some(c) == b.total_col()
            && parts.iter().any(|&r| {
                let cells = b.row_cells(r);
                cells.get(c).is_some_and(|t| t.is_blank())
                    && cells
                        .iter()
                        .enumerate()
                        .any(|(i, x)| i != c && !x.is_blank())
            })
    };
    for (c, s) in sums.iter().enumerate() {
        let printed = b.int(total, c);
        if (!s.any && printed.is_none()) || i128::from(printed.unwrap_or(0)) == s.value {
            continue;
        }
        if totals_left_blank(c) {
            continue;
        }
        let mut cells = vec![b.address(total, c)];
        cells.extend(parts.iter().map(|&r| b.address(r, c)));
        out.push(
            rule.diag(
                cells,
                format!(
                    "{}列：{}{}，各项办理结果之和为 {}，相差 {}",
                    b.col_label(c),
                    b.def.rows.get(total).map_or("", |r| r.label),
                    stated(printed),
                    s.value,
                    (i128::from(printed.unwrap_or(0)) - s.value).abs()
                ),
            )
            .with_fixes([recompute_fix(ctx)]),
        );
    }
}

fn check_t3_3(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = ctx.block("table3", 0) else {
        return;
    };
    let mismatches: Vec<_> = row_total_mismatches(&b).collect();
    for m in blank_total_column(ctx, &b, mismatches, TABLE3_TOTALS, rule, out) {
        let label = b.def.rows.get(m.row).map_or("", |r| r.label);
        out.push(
            rule.diag(
                m.cells(&b),
                format!(
                    "“{label}”行：总计{}，各类申请人之和为 {}，相差 {}",
                    stated(m.printed),
                    m.sum,
                    m.gap()
                ),
            )
            .with_fixes([recompute_fix(ctx)]),
        );
    }
}
