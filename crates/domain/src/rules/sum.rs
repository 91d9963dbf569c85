//! What the arithmetic rules share: a row total against its columns, and how a value is stated.
//! Blank counts as 0 in a sum (T3-4 reports the blank itself); sums are [`Sum`]s, exact.

use super::block::Block;
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
