//! Totals: every total cell computed from the entries, as the format declares them.

use crate::format::FormatDef;
use crate::model::{Cell, Report};

/// Sum of integer cells; `None` when every addend is blank (a blank total stays blank).
fn sum(values: impl Iterator<Item = Option<i64>>) -> Option<i64> {
    let mut any = false;
    let mut total: i64 = 0;
    for v in values.flatten() {
        any = true;
        total = total.saturating_add(v);
    }
    any.then_some(total)
}

/// The computed value of every total cell, as (cell id, value) pairs, without touching the report.
/// Row totals are computed from entered rows first, then column totals across each row, so the
/// corner cell is the sum of both ways when the entries are consistent.
pub fn computed_totals(report: &Report) -> Vec<(usize, Option<i64>)> {
    let f: &'static FormatDef = report.def();
    let index = f.index();
    let mut out = Vec::new();
    let mut scratch = report.cells.clone();
    for (ti, t) in f.tables.iter().enumerate() {
        for (bi, b) in t.blocks.iter().enumerate() {
            for (ri, r) in b.rows.iter().enumerate().filter(|(_, r)| r.is_total()) {
                for ci in 0..b.columns.len() {
                    let addends = r
                        .sum_of
                        .iter()
                        .filter_map(|k| b.rows.iter().position(|x| x.key == *k));
                    let v = sum(addends.map(|ai| scratch[index.id_at(f, ti, bi, ai, ci)].int()));
                    let id = index.id_at(f, ti, bi, ri, ci);
                    scratch[id] = v.map_or(Cell::Blank, Cell::Int);
                    out.push((id, v));
                }
            }
            for (ci, _) in b.columns.iter().enumerate().filter(|(_, c)| c.total) {
                for ri in 0..b.rows.len() {
                    let addends = b
                        .columns
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| !c.total)
                        .map(|(i, _)| i);
                    let v = sum(addends.map(|ai| scratch[index.id_at(f, ti, bi, ri, ai)].int()));
                    let id = index.id_at(f, ti, bi, ri, ci);
                    scratch[id] = v.map_or(Cell::Blank, Cell::Int);
                    match out.iter_mut().find(|(i, _)| *i == id) {
                        Some(slot) => slot.1 = v,
                        None => out.push((id, v)),
                    }
                }
            }
        }
    }
    out
}

/// The report with every total cell filled from the entries.
pub fn compute(report: &Report) -> Report {
    let mut r = report.clone();
    for (id, v) in computed_totals(report) {
        if let Some(c) = r.cells.get_mut(id) {
            *c = v.map_or(Cell::Blank, Cell::Int);
        }
    }
    r
}
