//! Blank cells in tables 三 and 四 (T3-4): the official format wants 0 written as 0, and a blank
//! is never filled silently, so each one is pointed out.

use super::block::Block;
use super::context::Context;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};

/// T3-4: no blank, "/" or "—" cell in tables 三 and 四.
pub const T3_4: RuleDef = RuleDef {
    code: "T3-4",
    severity: Severity::Warning,
    title: "空白单元格",
    help: "表三、表四的每个单元格都应填写数字：没有发生的情况请填写 0，不要留空或填写“/”“—”。空白不等于 0，系统不会自动替您补 0。",
    check: check_t3_4,
};

/// The tables whose every cell must hold a number.
const TABLES: [&str; 2] = ["table3", "table4"];

fn check_t3_4(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    for key in TABLES {
        let Some(b) = ctx.block(key, 0) else {
            continue;
        };
        let blanks = b.all_cells().iter().filter(|c| c.is_blank()).count();
        if blanks == 0 {
            continue;
        }
        let cells = || (0..b.rows()).flat_map(|r| (0..b.cols()).map(move |c| (r, c)));
        if blanks == b.rows() * b.cols() {
            out.push(rule.diag(
                cells().map(|(r, c)| b.address(r, c)).collect(),
                format!(
                    "表{}尚未填写：{blanks} 个单元格均为空白，没有数据的请填写 0",
                    b.table.section
                ),
            ));
            continue;
        }
        for r in 0..b.rows() {
            row_blanks(&b, r, rule, out);
        }
    }
}

fn row_blanks(b: &Block, r: usize, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let cols: Vec<usize> = (0..b.cols()).filter(|&c| b.cell(r, c).is_blank()).collect();
    if cols.is_empty() {
        return;
    }
    let labels: Vec<&str> = cols.iter().map(|&c| b.col_label(c)).collect();
    out.push(rule.diag(
        cols.iter().map(|&c| b.address(r, c)).collect(),
        format!(
            "表{}“{}”行有 {} 个空白单元格（{}）：没有数据请填写 0",
            b.table.section,
            b.row_label(r),
            cols.len(),
            labels.join("、")
        ),
    ));
}
