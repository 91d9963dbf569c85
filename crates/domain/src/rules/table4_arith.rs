//! Table 四 arithmetic: in each group, the four outcomes add up to 总计 (T4-1); a 总计 column
//! left blank is one finding with the computed figures as its fix.

use super::context::Context;
use super::fixes::recompute_fix;
use super::registry::RuleDef;
use super::sum::{blank_total_column, row_total_mismatches, stated, TABLE4_TOTALS};
use crate::diagnostics::{Diagnostic, Severity};

/// T4-1: for 行政复议, 未经复议直接起诉 and 复议后起诉: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
pub const T4_1: RuleDef = RuleDef {
    code: "T4-1",
    severity: Severity::Error,
    title: "复议诉讼总计",
    help: "表四中行政复议、未经复议直接起诉、复议后起诉三组，每组的“总计”应等于结果维持、结果纠正、其他结果、尚未审结四项之和。尚在进行中的案件计入“尚未审结”。",
    check: check_t4_1,
};

fn check_t4_1(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = ctx.block("table4", 0) else {
        return;
    };
    // A blank 总计 column is one finding with the computed figures (as T3-3 does).
    let mismatches: Vec<_> = row_total_mismatches(&b).collect();
    for m in blank_total_column(ctx, &b, mismatches, TABLE4_TOTALS, rule, out) {
        let parts: Vec<&str> = (0..b.cols())
            .filter(|&c| c != m.total_col)
            .map(|c| b.col_label(c))
            .collect();
        out.push(
            rule.diag(
                m.cells(&b),
                format!(
                    "{}：{}＝{}，总计{}，相差 {}",
                    b.row_label(m.row),
                    parts.join("+"),
                    m.sum,
                    stated(m.printed),
                    m.gap()
                ),
            )
            .with_fixes([recompute_fix(ctx)]),
        );
    }
}
