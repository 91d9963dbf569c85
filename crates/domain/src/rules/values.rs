//! What a cell may hold (T2-1): counts are integers ≥ 0, amounts are decimals ≥ 0. Checked in
//! every table, since a report built in code or by a script can hold anything.

use super::block::Block;
use super::context::Context;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::input::{parse_cell, MAX_COUNT};
use crate::model::{Cell, Misfit};

/// T2-1: counts are integers ≥ 0 (the 2019 format's 本年增/减 may be negative); the fee is a
/// decimal ≥ 0.
pub const T2_1: RuleDef = RuleDef {
    code: "T2-1",
    severity: Severity::Error,
    title: "数值范围",
    help: "件数应为不小于 0 的整数；收费金额应为不小于 0 的数字（单位：万元）。只有2019年版表二的“本年增/减”可以为负数。",
    check: check_t2_1,
};

fn check_t2_1(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    // Every cell is looked at: in the format's index order, which is the report's, so no block
    // is built until a cell is wrong.
    let f = ctx.format;
    let infos = &f.index().cells;
    for (id, cell) in ctx.report.cells.iter().enumerate() {
        // Blank and a whole number from 0 to the maximum fit every kind of cell: only the rest
        // needs its kind.
        let in_range = |v: i64| (0..=MAX_COUNT).contains(&v);
        if matches!(cell, Cell::Blank) || matches!(cell, Cell::Int(v) if in_range(*v)) {
            continue;
        }
        let Some(info) = infos.get(id) else {
            break;
        };
        let too_large = format!("超出可填写的上限 {MAX_COUNT}");
        let why = match cell {
            // A total of entries at the maximum goes beyond it: the draft keeps it, and this
            // names it where it shows.
            Cell::Int(v) if v.unsigned_abs() > MAX_COUNT.unsigned_abs() => too_large.as_str(),
            _ => match cell.misfit(info.kind).map(Misfit::message) {
                Some(why) => why,
                None => continue,
            },
        };
        let block = f
            .tables
            .get(info.table)
            .and_then(|t| Block::of(ctx.report, t.key, info.block));
        if let Some(b) = block {
            out.push(finding(&b, info.row, info.col, cell, why, rule));
        }
    }
    // What was typed and could not be read: the cell is blank, and the text waits to be
    // corrected. It is an error, so the report cannot be published with it.
    for (address, typed) in &ctx.report.unread {
        let Some(info) = f.cell(address).and_then(|id| infos.get(id)) else {
            continue;
        };
        let block = f
            .tables
            .get(info.table)
            .and_then(|t| Block::of(ctx.report, t.key, info.block));
        let Some(b) = block else {
            continue;
        };
        let why = match parse_cell(info.kind, typed) {
            Err(e) => e.message,
            Ok(_) => "请重新填写".to_string(),
        };
        out.push(rule.diag(
            vec![b.address(info.row, info.col)],
            format!(
                "表{}“{} / {}”：“{typed}”无法识别，{why}",
                b.table.section,
                b.row_label(info.row),
                b.col_label(info.col),
            ),
        ));
    }
}

fn finding(b: &Block, r: usize, c: usize, cell: &Cell, why: &str, rule: &RuleDef) -> Diagnostic {
    rule.diag(
        vec![b.address(r, c)],
        format!(
            "表{}“{} / {}”填写为 {}：{why}",
            b.table.section,
            b.row_label(r),
            b.col_label(c),
            cell.display()
        ),
    )
}
