//! The derived index of a format, built once: every data cell gets a dense number (so a report
//! stores its cells in a `Vec` and rules address them without string lookups), and the
//! format's totals, identities and row labels are resolved to positions, so the totals, the
//! checks, the balance line, the importer and the batch sum read one declaration.

use super::readings::{row_in, Readings, Rows};
use super::types::{
    per_format, BlockDef, CellKind, ColumnDef, FormatDef, PerFormat, RowDef, TableDef,
};
use std::collections::HashMap;

/// A dense cell number within one format.
pub type CellId = usize;

/// Everything known about one data cell of a format.
#[derive(Debug, Clone)]
pub struct CellInfo {
    /// Index into `FormatDef::tables`.
    pub table: usize,
    /// Index into the table's blocks.
    pub block: usize,
    /// Index into the block's rows.
    pub row: usize,
    /// Index into the block's columns.
    pub col: usize,
    /// The stable address, e.g. "table3.new.natural".
    pub address: String,
    /// What the cell holds.
    pub kind: CellKind,
    /// Whether the cell is a total (computed in the form, checked when imported).
    pub computed: bool,
}

/// A total cell and the cells it sums.
#[derive(Debug, Clone)]
pub struct SumOf {
    /// The total cell.
    pub cell: CellId,
    /// The cells it adds up.
    pub addends: Vec<CellId>,
}

/// What the index knows of one block, by row and column position.
#[derive(Debug)]
pub struct BlockIndex {
    /// Id of the block's first cell.
    pub start: CellId,
    /// Each total row with the rows it sums, in declaration order (table 三: （七）总计 and the
    /// outcome rows).
    pub row_sums: Vec<(usize, Vec<usize>)>,
    /// The total column, whose addends are the block's other columns.
    pub total_col: Option<usize>,
    /// The table's [`Balance`](super::Balance) as row positions (left, right), when this block
    /// holds its rows.
    pub balance: Option<(Vec<usize>, Vec<usize>)>,
    /// Each row's label ([`TableDef::row_label`]), built once.
    pub row_labels: Vec<String>,
}

/// The derived index of one format: its cells, totals, identities and labels.
#[derive(Debug)]
pub struct CellIndex {
    /// All cells, in table → block → row → column order.
    pub cells: Vec<CellInfo>,
    by_address: HashMap<String, CellId>,
    /// Each (table, block).
    blocks: Vec<Vec<BlockIndex>>,
    /// Every total cell with its addends, in the order they are computed: row totals (a total
    /// row from entered rows) first, then each row's total column, so the corner cell adds up
    /// the row totals' entered columns.
    pub sums: Vec<SumOf>,
    /// Each table 三 row list the format's [`Readings`] declare, with the positions of the
    /// rows it names in the table's first block (the text checks compare with them on every
    /// keystroke).
    reading_rows: Vec<(Rows, Vec<usize>)>,
}

/// The positions of the rows named by `keys`; `None` if one is missing.
fn positions(b: &BlockDef, keys: &[&str]) -> Option<Vec<usize>> {
    keys.iter()
        .map(|k| b.rows.iter().position(|r| r.key == *k))
        .collect()
}

impl BlockIndex {
    fn build(t: &TableDef, b: &BlockDef, start: CellId) -> BlockIndex {
        let row_sums = b
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_total())
            .filter_map(|(i, r)| Some((i, positions(b, r.sum_of)?)))
            .collect();
        let balance = t
            .balance
            .as_ref()
            .and_then(|bal| Some((positions(b, bal.left)?, positions(b, bal.right)?)));
        BlockIndex {
            start,
            row_sums,
            total_col: b.columns.iter().position(|c| c.total),
            balance,
            row_labels: b.rows.iter().map(|r| t.row_label(r)).collect(),
        }
    }

    /// The sums this block's totals are, as cell ids: row totals, then the total column.
    fn sums(&self, b: &BlockDef, out: &mut Vec<SumOf>) {
        let cols = b.columns.len();
        let id = |r: usize, c: usize| self.start + r * cols + c;
        for (r, addends) in &self.row_sums {
            for c in 0..cols {
                out.push(SumOf {
                    cell: id(*r, c),
                    addends: addends.iter().map(|&a| id(a, c)).collect(),
                });
            }
        }
        if let Some(tc) = self.total_col {
            for r in 0..b.rows.len() {
                out.push(SumOf {
                    cell: id(r, tc),
                    addends: (0..cols).filter(|&c| c != tc).map(|c| id(r, c)).collect(),
                });
            }
        }
    }
}

impl CellIndex {
    fn build(f: &FormatDef) -> CellIndex {
        let mut cells = Vec::new();
        let mut blocks = Vec::new();
        let mut sums = Vec::new();
        for (ti, t) in f.tables.iter().enumerate() {
            let mut in_table = Vec::new();
            for (bi, b) in t.blocks.iter().enumerate() {
                let block = BlockIndex::build(t, b, cells.len());
                block.sums(b, &mut sums);
                in_table.push(block);
                for (ri, r) in b.rows.iter().enumerate() {
                    for (ci, c) in b.columns.iter().enumerate() {
                        cells.push(CellInfo {
                            table: ti,
                            block: bi,
                            row: ri,
                            col: ci,
                            address: format!("{}.{}.{}", t.key, r.key, c.key),
                            kind: c.kind,
                            computed: r.is_total() || c.total,
                        });
                    }
                }
            }
            blocks.push(in_table);
        }
        let by_address = cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.address.clone(), i))
            .collect();
        CellIndex {
            cells,
            by_address,
            blocks,
            sums,
            reading_rows: reading_rows(f),
        }
    }

    /// The positions in table 三's first block of the rows a declared row list names, in the
    /// list's order (empty when the format has none of them).
    pub fn reading_rows(&self, rows: Rows) -> &[usize] {
        // The lists come from the same static declaration, so the address finds them (T3-6
        // asks on every keystroke); an equal list declared elsewhere is found by its keys.
        let all = &self.reading_rows;
        all.iter()
            .find(|(r, _)| std::ptr::eq(*r, rows))
            .or_else(|| all.iter().find(|(r, _)| *r == rows))
            .map_or(&[], |(_, p)| p.as_slice())
    }

    /// What the index knows of block `block` of table `table` (indices into the format).
    pub fn block(&self, table: usize, block: usize) -> Option<&BlockIndex> {
        self.blocks.get(table)?.get(block)
    }

    /// The id of the cell at `table.row.column`.
    pub fn id(&self, address: &str) -> Option<CellId> {
        self.by_address.get(address).copied()
    }

    /// The id of the cell at (table, block, row, column) indices.
    pub fn id_at(
        &self,
        f: &FormatDef,
        table: usize,
        block: usize,
        row: usize,
        col: usize,
    ) -> CellId {
        self.blocks[table][block].start + row * f.tables[table].blocks[block].columns.len() + col
    }
}

/// Resolves every table 三 row list of the format's readings.
fn reading_rows(f: &FormatDef) -> Vec<(Rows, Vec<usize>)> {
    let Some(b) = f.table("table3").and_then(|(_, t)| t.blocks.first()) else {
        return Vec::new();
    };
    let readings: &Readings = f.readings;
    let mut out: Vec<(Rows, Vec<usize>)> = Vec::new();
    for rows in readings.table3_rows() {
        if out.iter().any(|(r, _)| std::ptr::eq(*r, rows)) {
            continue;
        }
        let positions = rows
            .iter()
            .flat_map(|p| {
                b.rows
                    .iter()
                    .enumerate()
                    .filter(move |(_, r)| row_in(r.key, p))
                    .map(|(i, _)| i)
            })
            .collect();
        out.push((rows, positions));
    }
    out
}

impl FormatDef {
    /// The format's derived cell index (built once).
    pub fn index(&'static self) -> &'static CellIndex {
        static INDEX: PerFormat<CellIndex> = per_format();
        self.id.derived(&INDEX, || CellIndex::build(self))
    }

    /// Number of data cells.
    pub fn cell_count(&'static self) -> usize {
        self.index().cells.len()
    }

    /// The table with a stable key.
    pub fn table(&self, key: &str) -> Option<(usize, &'static TableDef)> {
        self.tables
            .iter()
            .enumerate()
            .find(|(_, t)| t.key == key)
            .map(|(i, t)| (i, *t))
    }

    /// Id of the cell at `table.row.column`.
    pub fn cell(&'static self, address: &str) -> Option<CellId> {
        self.index().id(address)
    }

    /// The block, row and column declarations of a cell.
    pub fn cell_defs(
        &'static self,
        id: CellId,
    ) -> Option<(
        &'static TableDef,
        &'static BlockDef,
        &'static RowDef,
        &'static ColumnDef,
    )> {
        let c = self.index().cells.get(id)?;
        let t = self.tables[c.table];
        let b = &t.blocks[c.block];
        Some((t, b, &b.rows[c.row], &b.columns[c.col]))
    }

    /// A human label for a cell: "一、本年新收政府信息公开申请数量 / 自然人".
    pub fn cell_label(&'static self, id: CellId) -> String {
        match self.cell_defs(id) {
            Some((t, _, r, c)) => format!("{} / {}", t.row_label(r), c.label),
            None => String::new(),
        }
    }
}
