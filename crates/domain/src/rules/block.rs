//! A view of one block (sub-table) of a report by row and column position, so that a check reads
//! values without building address strings or hashing; strings are built only for a finding.

use crate::format::{BlockDef, BlockIndex, CellId, CellIndex, TableDef};
use crate::model::{Cell, Report};

/// One block of a report: its declaration and its cells.
#[derive(Debug, Clone, Copy)]
pub struct Block<'a> {
    /// The table the block belongs to.
    pub table: &'static TableDef,
    /// The block's declaration (rows, columns).
    pub def: &'static BlockDef,
    /// What the format's index resolved of it: its totals and identities by position.
    pub info: &'static BlockIndex,
    start: CellId,
    cells: &'a [Cell],
    /// The format's cell index, which holds every cell's address string.
    index: &'static CellIndex,
}

static BLANK: Cell = Cell::Blank;

impl<'a> Block<'a> {
    /// Block `block` of the table with key `table` (`None` when the format has no such block).
    pub fn of(report: &'a Report, table: &str, block: usize) -> Option<Block<'a>> {
        let f = report.def();
        let (ti, t) = f.table(table)?;
        let def = t.blocks.get(block)?;
        let index = f.index();
        let info = index.block(ti, block)?;
        Some(Block {
            table: t,
            def,
            info,
            start: info.start,
            cells: &report.cells,
            index,
        })
    }

    /// Every block of every table of the report's format, in order.
    pub fn all(report: &'a Report) -> impl Iterator<Item = Block<'a>> + 'a {
        let f = report.def();
        f.tables.iter().flat_map(move |t| {
            (0..t.blocks.len()).filter_map(move |bi| Block::of(report, t.key, bi))
        })
    }

    /// Number of data rows.
    pub fn rows(&self) -> usize {
        self.def.rows.len()
    }

    /// Number of data columns.
    pub fn cols(&self) -> usize {
        self.def.columns.len()
    }

    /// Position of the row with a stable key.
    pub fn row(&self, key: &str) -> Option<usize> {
        self.def.rows.iter().position(|r| r.key == key)
    }

    /// Position of the column with a stable key.
    pub fn col(&self, key: &str) -> Option<usize> {
        self.def.columns.iter().position(|c| c.key == key)
    }

    /// Position of the block's total column, if it has one.
    pub fn total_col(&self) -> Option<usize> {
        self.info.total_col
    }

    /// The cell at (row, column); blank when out of range, so a short or malformed report can
    /// never make a check panic.
    pub fn cell(&self, row: usize, col: usize) -> &'a Cell {
        if row >= self.rows() || col >= self.cols() {
            return &BLANK;
        }
        self.cells
            .get(self.start + row * self.cols() + col)
            .unwrap_or(&BLANK)
    }

    /// The cells of a row, one per column; empty when out of range.
    pub fn row_cells(&self, row: usize) -> &'a [Cell] {
        let cols = self.cols();
        if row >= self.rows() {
            return &[];
        }
        let from = self.start + row * cols;
        self.cells.get(from..from + cols).unwrap_or(&[])
    }

    /// The cells of the block, row after row (as many as the report holds).
    pub fn all_cells(&self) -> &'a [Cell] {
        let rest = self.cells.get(self.start..).unwrap_or(&[]);
        rest.get(..self.rows() * self.cols()).unwrap_or(rest)
    }

    /// Integer value at (row, column); `None` for blank, an amount, or out of range.
    pub fn int(&self, row: usize, col: usize) -> Option<i64> {
        self.cell(row, col).int()
    }

    /// The stable address of (row, column), e.g. "table3.new.natural" (allocates: use it only
    /// to report a finding).
    pub fn address(&self, row: usize, col: usize) -> String {
        // Copied from the format's index (built once) rather than formatted: T3-4 names every
        // blank cell of a report being filled in, on every keystroke.
        if row >= self.rows() || col >= self.cols() {
            return String::new();
        }
        self.index
            .cells
            .get(self.start + row * self.cols() + col)
            .map_or_else(String::new, |c| c.address.clone())
    }

    /// The official label of a row (with its group, e.g. "（三）不予公开 1.属于国家秘密"; in
    /// table 四 with its merged header, e.g. "行政诉讼 · 复议后起诉").
    pub fn row_label(&self, row: usize) -> String {
        // Built once with the format's index ([`TableDef::row_label`]).
        self.info.row_labels.get(row).cloned().unwrap_or_default()
    }

    /// The official label of a column, e.g. "自然人".
    pub fn col_label(&self, col: usize) -> &'static str {
        self.def.columns.get(col).map_or("", |c| c.label)
    }
}
