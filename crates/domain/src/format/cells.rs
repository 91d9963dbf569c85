//! The flat cell index of a format: every data cell gets a dense number, so a report stores its
//! cells in a `Vec` and rules address them without string lookups.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::types::{BlockDef, CellKind, ColumnDef, FormatDef, PerFormat, RowDef, TableDef};

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

/// The derived index of one format.
#[derive(Debug)]
pub struct CellIndex {
    /// All cells, in table → block → row → column order.
    pub cells: Vec<CellInfo>,
    by_address: HashMap<String, CellId>,
    /// First cell id of each (table, block).
    block_start: Vec<Vec<CellId>>,
}

impl CellIndex {
    fn build(f: &FormatDef) -> CellIndex {
        let mut cells = Vec::new();
        let mut block_start = Vec::new();
        for (ti, t) in f.tables.iter().enumerate() {
            let mut starts = Vec::new();
            for (bi, b) in t.blocks.iter().enumerate() {
                starts.push(cells.len());
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
            block_start.push(starts);
        }
        let by_address = cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.address.clone(), i))
            .collect();
        CellIndex {
            cells,
            by_address,
            block_start,
        }
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
        self.block_start[table][block] + row * f.tables[table].blocks[block].columns.len() + col
    }
}

impl FormatDef {
    /// The format's derived cell index (built once).
    pub fn index(&'static self) -> &'static CellIndex {
        static INDEX: PerFormat<CellIndex> = [OnceLock::new(), OnceLock::new()];
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
            Some((t, _, r, c)) => match t.layout {
                super::types::Layout::Transposed => match r.super_group {
                    Some(g) => format!("{g} · {} / {}", r.label, c.label),
                    None => format!("{} / {}", r.label, c.label),
                },
                _ => format!("{} / {}", r.full_label(), c.label),
            },
            None => String::new(),
        }
    }
}
