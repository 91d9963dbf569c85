//! What the arithmetic rules share: a row total against its columns, and how a value is stated.
//! Blank counts as 0 in a sum (T3-4 reports the blank itself); sums are [`Sum`]s, exact.

use super::block::Block;
use super::context::Context;
use super::fixes::recompute_fix;
use super::registry::RuleDef;
use crate::diagnostics::Diagnostic;
use crate::model::Cell;
use crate::totals::Sum;

/// A value as a message states it: the number, or 未填写 for a blank.
pub fn stated(v: Option<i64>) -> String {
    match v {
        Some(v) => format!("填写为 {v}"),
        None => "未填写".to_string(),
    }
}

/// A row whose total column differs from the sum of its other columns.
pub struct RowMismatch {
    /// Row position in the block.
    pub row: usize,
    /// Position of the total column.
    pub total_col: usize,
    /// The total as filled in.
    pub printed: Option<i64>,
    /// The sum of the other columns.
    pub sum: i128,
}

impl RowMismatch {
    /// The total cell first, then the addends: the places a finding names.
    pub fn cells(&self, b: &Block) -> Vec<String> {
        let mut cells = vec![b.address(self.row, self.total_col)];
        cells.extend(
            (0..b.cols())
                .filter(|&c| c != self.total_col)
                .map(|c| b.address(self.row, c)),
        );
        cells
    }

    /// How far apart the total and the sum are.
    pub fn gap(&self) -> i128 {
        (i128::from(self.printed.unwrap_or(0)) - self.sum).abs()
    }
}

/// Each row of a block whose total column differs from the sum of the other columns. Rows with
/// every cell blank are skipped (nothing entered yet).
pub fn row_total_mismatches<'b>(b: &'b Block) -> impl Iterator<Item = RowMismatch> + 'b {
    let total_col = b.total_col();
    let cols = b.cols().max(1);
    // Rows as consecutive slices of the block's cells: no bounds check per row or cell.
    let rows = total_col.map_or(&[][..], |_| b.all_cells());
    rows.chunks_exact(cols)
        .enumerate()
        .filter_map(move |(row, cells)| {
            let total_col = total_col?;
            let (mut s, mut printed) = (Sum::default(), None);
            for (c, cell) in cells.iter().enumerate() {
                if let Cell::Int(v) = *cell {
                    if c == total_col {
                        printed = Some(v);
                    } else {
                        s = s.plus(Some(v));
                    }
                }
            }
            if (!s.any && printed.is_none()) || i128::from(printed.unwrap_or(0)) == s.value {
                return None;
            }
            Some(RowMismatch {
                row,
                total_col,
                printed,
                sum: s.value,
            })
        })
}

/// How a blank-total finding names a table's addends and rows.
#[derive(Clone, Copy)]
pub struct TotalNames {
    /// What the total sums, as "按…之和" says it ("各类申请人").
    pub addends: &'static str,
    /// A row as the list of figures names it.
    pub row: fn(&Block, usize) -> String,
}

/// Table 三: its applicant columns, its rows by their numbering ([`row_name`]).
pub const TABLE3_TOTALS: TotalNames = TotalNames {
    addends: "各类申请人",
    row: row_name,
};

/// Table 四: its outcome columns, its groups with their heading ("行政诉讼 · 复议后起诉").
pub const TABLE4_TOTALS: TotalNames = TotalNames {
    addends: "各项结果",
    row: group_row_label,
};

/// A row's label with its group heading, as the block gives it.
fn group_row_label(b: &Block, row: usize) -> String {
    b.row_label(row)
}

/// Rows whose 总计 is left blank while their other columns hold figures (common in 2019-format
/// reports, whose 总计 column is often left blank; in table 四 too) are one omission, not an
/// arithmetic difference per row: one finding naming those totals, with the figures they should
/// hold (the sums of `addends`, "各类申请人") and the fix 按分项重算总计. The rows whose total is
/// filled in and wrong stay a finding each. Returns the latter.
pub fn blank_total_column(
    ctx: &Context,
    b: &Block,
    mismatches: Vec<RowMismatch>,
    names: TotalNames,
    rule: &RuleDef,
    out: &mut Vec<Diagnostic>,
) -> Vec<RowMismatch> {
    let (blank, wrong): (Vec<_>, Vec<_>) =
        mismatches.into_iter().partition(|m| m.printed.is_none());
    let Some(first) = blank.first() else {
        return wrong;
    };
    let figures: Vec<String> = blank
        .iter()
        .map(|m| format!("“{}”{}", (names.row)(b, m.row), m.sum))
        .collect();
    out.push(
        rule.diag(
            blank
                .iter()
                .map(|m| b.address(m.row, m.total_col))
                .collect(),
            format!(
                "{}列未填写（{} 行）：按{}之和，应为{}",
                b.col_label(first.total_col),
                blank.len(),
                names.addends,
                figures.join("，")
            ),
        )
        .with_fixes([recompute_fix(ctx)]),
    );
    wrong
}

/// A row as a list names it: its numbering and label without the group ("（一）予以公开",
/// "1.属于国家秘密" under its group's numbering: "（三）1.属于国家秘密").
fn row_name(b: &Block, row: usize) -> String {
    let Some(r) = b.def.rows.get(row) else {
        return String::new();
    };
    match r.groups.last().filter(|_| r.groups.len() > 1) {
        Some(g) => format!("{}{}", numbering_of_group(g), r.label),
        None => r.label.to_string(),
    }
}

/// "（三）" of "（三）不予公开".
fn numbering_of_group(group: &str) -> &str {
    group
        .find('）')
        .map_or(group, |i| &group[..i + '）'.len_utf8()])
}
