//! Blank cells in tables 三 and 四 (T3-4): the official format wants 0 written as 0, and a blank
//! is never filled silently, so the blanks are pointed out — one finding per table, listing its
//! rows, naming only cells the user fills in (a total is computed, never asked for). While a
//! report is being filled in ([`Stage::Draft`]) a table nobody has started says nothing; the
//! check before publishing ([`Stage::Publication`]) names it too.

use super::block::Block;
use super::context::{Context, Stage};
use super::fixes::zero_fill_fix;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};

/// T3-4: no blank, "/" or "—" cell in tables 三 and 四.
pub const T3_4: RuleDef = RuleDef {
    code: "T3-4",
    severity: Severity::Warning,
    title: "空白单元格",
    help: "表三、表四的每个需填写的单元格都应填写数字：没有发生的情况请填写 0，不要留空或填写“/”“—”。空白不等于 0，系统不会自动替您补 0。合计由系统计算，无需填写。填写中，尚未开始填写的表格不提示；“发布前检查”时全部列出。",
    check: check_t3_4,
};

/// How many rows a finding names (the first, in table order; every blank cell is marked): the
/// message is read at each blank cell and in the panel, where twenty rows are a wall of text.
const ROWS_NAMED: usize = 6;

/// The tables whose every cell must hold a number (the spec's T3-4).
const TABLES: [&str; 2] = ["table3", "table4"];

fn check_t3_4(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    for key in TABLES {
        let Some(b) = ctx.block(key, 0) else {
            continue;
        };
        table_blanks(ctx, &b, rule, out);
    }
}

/// The block's blank entry cells, row by row (rows without one left out).
fn blank_rows(ctx: &Context, b: &Block) -> Vec<(usize, Vec<usize>)> {
    let cells = &ctx.format.index().cells;
    let entry = |r: usize, c: usize| {
        cells
            .get(b.info.start + r * b.cols() + c)
            .is_some_and(|i| !i.computed)
    };
    (0..b.rows())
        .map(|r| {
            let cols = (0..b.cols())
                .filter(|&c| entry(r, c) && b.cell(r, c).is_blank())
                .collect::<Vec<_>>();
            (r, cols)
        })
        .filter(|(_, cols)| !cols.is_empty())
        .collect()
}

fn table_blanks(ctx: &Context, b: &Block, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let rows = blank_rows(ctx, b);
    let blanks: usize = rows.iter().map(|(_, c)| c.len()).sum();
    if blanks == 0 {
        return;
    }
    let entries = ctx
        .format
        .index()
        .cells
        .get(b.info.start..)
        .unwrap_or(&[])
        .iter()
        .take(b.rows() * b.cols())
        .filter(|i| !i.computed)
        .count();
    // Text typed into a cell that could not be read is a start too (the cell is blank).
    let typed = ctx
        .report
        .unread
        .keys()
        .any(|a| a.split('.').next() == Some(b.table.key));
    let started = blanks < entries || typed;
    if !started && ctx.stage == Stage::Draft {
        return;
    }
    let cells = rows
        .iter()
        .flat_map(|(r, cols)| cols.iter().map(move |&c| b.address(*r, c)))
        .collect();
    // 空白填 0 for the rows the user picks: the finding says blank is not 0, so the fix fills
    // only what the user confirms (every row offered, all chosen by default).
    let fill = zero_fill_fix(
        rows.iter()
            .map(|(r, cols)| {
                let cells = cols.iter().map(|&c| b.address(*r, c)).collect();
                (b.row_label(*r), cells)
            })
            .collect(),
    );
    let message = if started {
        let entry_cols = b.def.columns.iter().filter(|c| !c.total).count();
        let all_entry_cols = |cols: &[usize]| cols.len() == entry_cols;
        let listed: Vec<String> = rows
            .iter()
            .take(ROWS_NAMED)
            .map(|(r, cols)| {
                let which = if all_entry_cols(cols) {
                    "整行空白".to_string()
                } else {
                    cols.iter()
                        .map(|&c| b.col_label(c))
                        .collect::<Vec<_>>()
                        .join("、")
                };
                format!("“{}”（{which}）", b.row_label(*r))
            })
            .collect();
        let more = if rows.len() > ROWS_NAMED { "等" } else { "" };
        format!(
            "表{}有 {blanks} 个空白单元格，在 {} 行：{}{more}。没有数据请填写 0",
            b.table.section,
            rows.len(),
            listed.join("；")
        )
    } else {
        format!(
            "表{}尚未填写：{blanks} 个需填写的单元格均为空白，没有数据的请填写 0",
            b.table.section
        )
    };
    out.push(rule.diag(cells, message).with_fixes([fill]));
}
