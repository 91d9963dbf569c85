//! Table 三 arithmetic: the printed 勾稽关系 (T3-1), the （七）总计 row (T3-2), the 总计 column (T3-3).

use super::context::Context;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};

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

fn v(x: Option<i64>) -> i64 {
    x.unwrap_or(0)
}

fn check_t3_1(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some((_, t)) = ctx.format.table("table3") else {
        return;
    };
    for c in t.blocks[0].columns {
        let a = |row: &str| format!("table3.{row}.{}", c.key);
        let cells = [a("new"), a("carry"), a("total"), a("forward")];
        let vals: Vec<Option<i64>> = cells.iter().map(|x| ctx.int(x)).collect();
        if vals.iter().all(Option::is_none) {
            continue;
        }
        let left = v(vals[0]) + v(vals[1]);
        let right = v(vals[2]) + v(vals[3]);
        if left != right {
            out.push(rule.diag(
                cells.to_vec(),
                format!(
                    "{}列：一+二＝{left}，（七）总计+四＝{right}，相差 {}",
                    c.label,
                    (left - right).abs()
                ),
            ));
        }
    }
}

fn check_t3_2(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some((_, t)) = ctx.format.table("table3") else {
        return;
    };
    let b = &t.blocks[0];
    let Some(total_row) = b.rows.iter().find(|r| r.key == "total") else {
        return;
    };
    for c in b.columns {
        let printed = ctx.int(&format!("table3.total.{}", c.key));
        let parts: Vec<Option<i64>> = total_row
            .sum_of
            .iter()
            .map(|k| ctx.int(&format!("table3.{k}.{}", c.key)))
            .collect();
        if printed.is_none() && parts.iter().all(Option::is_none) {
            continue;
        }
        let sum: i64 = parts.iter().map(|x| v(*x)).sum();
        if v(printed) != sum {
            let mut cells = vec![format!("table3.total.{}", c.key)];
            cells.extend(
                total_row
                    .sum_of
                    .iter()
                    .map(|k| format!("table3.{k}.{}", c.key)),
            );
            out.push(rule.diag(
                cells,
                format!(
                    "{}列：（七）总计填写为 {}，各项办理结果之和为 {sum}，相差 {}",
                    c.label,
                    v(printed),
                    (v(printed) - sum).abs()
                ),
            ));
        }
    }
}

fn check_t3_3(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some((_, t)) = ctx.format.table("table3") else {
        return;
    };
    let b = &t.blocks[0];
    for r in b.rows {
        let total = ctx.int(&format!("table3.{}.total", r.key));
        let parts: Vec<Option<i64>> = b
            .columns
            .iter()
            .filter(|c| !c.total)
            .map(|c| ctx.int(&format!("table3.{}.{}", r.key, c.key)))
            .collect();
        if total.is_none() && parts.iter().all(Option::is_none) {
            continue;
        }
        let sum: i64 = parts.iter().map(|x| v(*x)).sum();
        if v(total) != sum {
            let mut cells = vec![format!("table3.{}.total", r.key)];
            cells.extend(
                b.columns
                    .iter()
                    .filter(|c| !c.total)
                    .map(|c| format!("table3.{}.{}", r.key, c.key)),
            );
            out.push(rule.diag(
                cells,
                format!(
                    "“{}”行：总计填写为 {}，各类申请人之和为 {sum}，相差 {}",
                    r.label,
                    v(total),
                    (v(total) - sum).abs()
                ),
            ));
        }
    }
}
