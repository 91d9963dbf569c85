//! Table 三 arithmetic: the printed 勾稽关系 (T3-1), the （七）总计 row (T3-2), the 总计 column (T3-3).

use std::sync::OnceLock;

use super::block::Block;
use super::context::Context;
use super::registry::RuleDef;
use super::sum::{row_positions, row_total_mismatches, stated, sum};
use crate::diagnostics::{Diagnostic, Severity};
use crate::format::{FormatId, PerFormat};

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
    let (Some(new), Some(carry), Some(total), Some(forward)) = (
        b.row("new"),
        b.row("carry"),
        b.row("total"),
        b.row("forward"),
    ) else {
        return;
    };
    for c in 0..b.cols() {
        let (left, any_left) = sum([b.int(new, c), b.int(carry, c)]);
        let (right, any_right) = sum([b.int(total, c), b.int(forward, c)]);
        if (!any_left && !any_right) || left == right {
            continue;
        }
        out.push(
            rule.diag(
                [new, carry, total, forward]
                    .iter()
                    .map(|&r| b.address(r, c))
                    .collect(),
                format!(
                    "{}列：一+二＝{left}，（七）总计+四＝{right}，相差 {}",
                    b.col_label(c),
                    (left - right).abs()
                ),
            ),
        );
    }
}

fn check_t3_2(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = ctx.block("table3", 0) else {
        return;
    };
    let Some(total) = b.row("total") else {
        return;
    };
    let parts = outcome_rows(ctx.format.id, &b, total);
    // Summed row by row, over each row's cells in memory order: (sum, any filled) per column.
    let mut sums = vec![(0i128, false); b.cols()];
    for &r in parts {
        for (acc, cell) in sums.iter_mut().zip(b.row_cells(r)) {
            if let Some(v) = cell.int() {
                *acc = (acc.0 + i128::from(v), true);
            }
        }
    }
    for (c, &(s, any)) in sums.iter().enumerate() {
        let printed = b.int(total, c);
        if (!any && printed.is_none()) || i128::from(printed.unwrap_or(0)) == s {
            continue;
        }
        let mut cells = vec![b.address(total, c)];
        cells.extend(parts.iter().map(|&r| b.address(r, c)));
        out.push(rule.diag(
            cells,
            format!(
                "{}列：（七）总计{}，各项办理结果之和为 {s}，相差 {}",
                b.col_label(c),
                stated(printed),
                (i128::from(printed.unwrap_or(0)) - s).abs()
            ),
        ));
    }
}

/// Positions of the rows （七）总计 sums, looked up once per format rather than on every check.
fn outcome_rows(id: FormatId, b: &Block, total: usize) -> &'static [usize] {
    static CACHE: PerFormat<Vec<usize>> = [OnceLock::new(), OnceLock::new()];
    id.derived(&CACHE, || {
        let keys = b.def.rows.get(total).map_or(&[][..], |r| r.sum_of);
        row_positions(b.def.rows, keys).collect()
    })
    .as_slice()
}

fn check_t3_3(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = ctx.block("table3", 0) else {
        return;
    };
    for m in row_total_mismatches(&b) {
        let label = b.def.rows.get(m.row).map_or("", |r| r.label);
        out.push(rule.diag(
            m.cells(&b),
            format!(
                "“{label}”行：总计{}，各类申请人之和为 {}，相差 {}",
                stated(m.printed),
                m.sum,
                m.gap()
            ),
        ));
    }
}
