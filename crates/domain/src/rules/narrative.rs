//! Shared by the text rules: which narrative parts they read, how a part is named in a finding,
//! and the table values the narrative is compared with.

use super::block::Block;
use super::context::Context;
use crate::format::{FormatDef, INTRO_LABEL};
use crate::text::{scan, Mention};

/// The place of a narrative part in a finding: "narrative.overview_on_request".
pub fn place(part: &str) -> String {
    format!("narrative.{part}")
}

/// The human name of a part: "一、总体情况（二）依申请公开".
pub fn part_label(f: &FormatDef, part: &str) -> String {
    if part == f.intro.key {
        return INTRO_LABEL.to_string();
    }
    for s in f.sections {
        for p in s.parts {
            if p.key == part {
                return match p.heading {
                    Some(h) => format!("{}{h}", s.heading),
                    None => s.heading.to_string(),
                };
            }
        }
    }
    part.to_string()
}

/// How many narrative parts a format may have for their scans to be shared between rules.
pub const MAX_PARTS: usize = 9;

/// The statements of each part among `parts` that makes any, with the part's key and text.
/// Each part is scanned once per validation, however many rules read it.
pub fn statements<'a, 'c>(
    ctx: &'c Context<'a>,
    parts: &'static [&'static str],
) -> impl Iterator<Item = (&'static str, &'a str, &'c [Mention])> + 'c {
    parts.iter().filter_map(move |&p| {
        let (index, text) = ctx.part(p)?;
        if text.is_empty() {
            return None;
        }
        let m = ctx.scans.get(index)?.get_or_init(|| scan(text));
        (!m.is_empty()).then_some((p, text, m.as_slice()))
    })
}

/// Whether any cell of a table is filled in (a table not yet filled is not compared with).
pub fn table_filled(ctx: &Context, table: &str) -> bool {
    ctx.format.table(table).is_some_and(|(_, t)| {
        (0..t.blocks.len())
            .filter_map(|bi| Block::of(ctx.report, table, bi))
            .any(|b| (0..b.rows()).any(|r| (0..b.cols()).any(|c| !b.cell(r, c).is_blank())))
    })
}

/// The value of a row of a block with a total column: the 总计 cell, or the sum of the other
/// columns when 总计 is blank; blank counts 0.
pub fn row_total(b: &Block, row: usize) -> i64 {
    let Some(tc) = b.total_col() else {
        return 0;
    };
    match b.int(row, tc) {
        Some(v) => v,
        None => (0..b.cols())
            .filter(|&c| c != tc)
            .filter_map(|c| b.int(row, c))
            .fold(0i64, i64::saturating_add),
    }
}

/// The address of a row's 总计 cell, to name in a finding.
pub fn row_total_address(b: &Block, row: usize) -> String {
    b.total_col()
        .map_or_else(String::new, |tc| b.address(row, tc))
}
