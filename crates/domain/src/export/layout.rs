//! The three tables as the official template draws them: a grid of cells with the template's
//! merges (rowspan/colspan), derived from the format declarations. The HTML printout draws the
//! merges, the CSV export unrolls them; both read this one model so they cannot drift apart.

use crate::format::{BlockDef, FormatDef, Layout, TableDef};
use crate::model::Report;

/// What a grid cell is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The merged top-left header cell (table 三's 勾稽关系 note).
    Corner,
    /// A column header.
    Header,
    /// A sub-table caption spanning the full width (table 二: "第二十条第（一）项").
    Caption,
    /// A row-group heading spanning several rows ("三、本年度办理结果", "（三）不予公开").
    Group,
    /// A row label.
    Label,
    /// A data cell at a stable address; `text` is the value as stored ("" when blank).
    Value {
        /// The cell's address, e.g. "table3.new.natural".
        address: String,
    },
}

/// One cell of the grid, placed at the top-left corner of its merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridCell {
    /// What the cell is.
    pub role: Role,
    /// Its text (an official label, or the stored value).
    pub text: String,
    /// Rows covered (≥ 1).
    pub rowspan: usize,
    /// Columns covered (≥ 1).
    pub colspan: usize,
}

/// What a column of the grid holds, for widths in print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColKind {
    /// A label column; 1 is the outermost.
    Label(usize),
    /// A data column.
    Value,
}

/// One table laid out as its template.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The table declaration.
    pub table: &'static TableDef,
    /// The columns, left to right.
    pub cols: Vec<ColKind>,
    /// Header rows (repeated on every printed page).
    pub head: Vec<Vec<GridCell>>,
    /// Body row groups; a group is kept on one page when it fits (table 二's sub-tables).
    pub bodies: Vec<Vec<Vec<GridCell>>>,
}

impl Grid {
    /// A table drawn as nothing: a declaration without the block its layout needs.
    fn empty(table: &'static TableDef) -> Grid {
        Grid {
            table,
            cols: Vec::new(),
            head: Vec::new(),
            bodies: Vec::new(),
        }
    }
}

fn cell(role: Role, text: &str, rowspan: usize, colspan: usize) -> GridCell {
    GridCell {
        role,
        text: text.to_string(),
        rowspan,
        colspan,
    }
}

fn value(report: &Report, table: &TableDef, row: &str, col: &str, colspan: usize) -> GridCell {
    let address = format!("{}.{row}.{col}", table.key);
    let text = report
        .get(&address)
        .map(|c| c.display())
        .unwrap_or_default();
    GridCell {
        role: Role::Value { address },
        text,
        rowspan: 1,
        colspan,
    }
}

/// Every table of the report's format, laid out as the template draws it.
pub fn grids(report: &Report) -> Vec<Grid> {
    let f: &'static FormatDef = report.def();
    f.tables.iter().map(|t| grid(report, t)).collect()
}

/// One table laid out as the template draws it.
pub fn grid(report: &Report, t: &'static TableDef) -> Grid {
    match t.layout {
        Layout::Blocks => blocks(report, t),
        Layout::Grid => rows_grid(report, t),
        Layout::Transposed => transposed(report, t),
    }
}

/// Column spans that stretch a block of `n` columns over `width` data columns: the last one
/// takes the rest, as the template merges the cells of its narrower sub-tables.
fn spans(n: usize, width: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |i| {
        if i + 1 == n {
            width.saturating_sub(n - 1).max(1)
        } else {
            1
        }
    })
}

/// Table 二: sub-tables stacked in one table, each with a caption row and a header row.
fn blocks(report: &Report, t: &'static TableDef) -> Grid {
    let width = t.blocks.iter().map(|b| b.columns.len()).max().unwrap_or(1);
    let mut cols = vec![ColKind::Label(1)];
    cols.extend(std::iter::repeat_n(ColKind::Value, width));
    let bodies = t
        .blocks
        .iter()
        .map(|b| {
            let mut rows = Vec::new();
            if let Some(c) = b.caption {
                rows.push(vec![cell(Role::Caption, c, 1, width + 1)]);
            }
            let mut head = vec![cell(Role::Header, b.label_header.unwrap_or(""), 1, 1)];
            head.extend(
                b.columns
                    .iter()
                    .zip(spans(b.columns.len(), width))
                    .map(|(c, s)| cell(Role::Header, c.label, 1, s)),
            );
            rows.push(head);
            for r in b.rows {
                let mut line = vec![cell(Role::Label, r.label, 1, 1)];
                line.extend(
                    b.columns
                        .iter()
                        .zip(spans(b.columns.len(), width))
                        .map(|(c, s)| value(report, t, r.key, c.key, s)),
                );
                rows.push(line);
            }
            rows
        })
        .collect();
    Grid {
        table: t,
        cols,
        head: Vec::new(),
        bodies,
    }
}

/// Runs of consecutive items with the same key: (key, start, length).
fn runs<T, K: PartialEq>(items: &[T], key: impl Fn(&T) -> K) -> Vec<(K, usize, usize)> {
    let mut out: Vec<(K, usize, usize)> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let k = key(it);
        match out.last_mut() {
            Some((last, _, len)) if *last == k => *len += 1,
            _ => out.push((k, i, 1)),
        }
    }
    out
}

/// The column header rows of a block whose columns may sit under merged group headers.
fn column_headers(b: &BlockDef, top: &mut Vec<GridCell>, under: &mut Vec<GridCell>) {
    let grouped = b.columns.iter().any(|c| c.group.is_some());
    for (g, start, len) in runs(b.columns, |c| c.group) {
        match g {
            Some(g) => {
                top.push(cell(Role::Header, g, 1, len));
                for c in &b.columns[start..start + len] {
                    under.push(cell(Role::Header, c.label, 1, 1));
                }
            }
            None => {
                for c in &b.columns[start..start + len] {
                    top.push(cell(Role::Header, c.label, 1 + grouped as usize, 1));
                }
            }
        }
    }
}

/// Table 三: label columns for the row groups, the corner note over them, grouped columns.
fn rows_grid(report: &Report, t: &'static TableDef) -> Grid {
    let Some(b) = t.blocks.first() else {
        return Grid::empty(t);
    };
    let depth = 1 + b.rows.iter().map(|r| r.groups.len()).max().unwrap_or(0);
    let mut cols: Vec<ColKind> = (1..=depth).map(ColKind::Label).collect();
    cols.extend(std::iter::repeat_n(ColKind::Value, b.columns.len()));

    let mut top = Vec::new();
    let mut under = Vec::new();
    column_headers(b, &mut top, &mut under);
    let mut head = Vec::new();
    let header_rows = t.column_super.is_some() as usize + 1 + !under.is_empty() as usize;
    let corner = cell(Role::Corner, t.corner.unwrap_or(""), header_rows, depth);
    match t.column_super {
        Some(s) => {
            head.push(vec![corner, cell(Role::Header, s, 1, b.columns.len())]);
            head.push(top);
        }
        None => {
            let mut first = vec![corner];
            first.extend(top);
            head.push(first);
        }
    }
    if !under.is_empty() {
        head.push(under);
    }

    let mut body = Vec::new();
    for (ri, r) in b.rows.iter().enumerate() {
        let mut line = Vec::new();
        for (level, g) in r.groups.iter().enumerate() {
            let same = |x: &crate::format::RowDef| x.groups.get(..=level) == r.groups.get(..=level);
            let starts = ri == 0 || !b.rows.get(ri - 1).is_some_and(same);
            if starts {
                let span = b.rows[ri..].iter().take_while(|x| same(x)).count();
                line.push(cell(Role::Group, g, span, 1));
            }
        }
        line.push(cell(Role::Label, r.label, 1, depth - r.groups.len()));
        line.extend(b.columns.iter().map(|c| value(report, t, r.key, c.key, 1)));
        body.push(line);
    }
    Grid {
        table: t,
        cols,
        head,
        bodies: vec![body],
    }
}

/// Table 四: each declared row is a group of columns on one printed line, under its label and,
/// where declared, a merged super-header ("行政诉讼").
fn transposed(report: &Report, t: &'static TableDef) -> Grid {
    let Some(b) = t.blocks.first() else {
        return Grid::empty(t);
    };
    let n = b.columns.len();
    let nested = b.rows.iter().any(|r| r.super_group.is_some());
    let mut level1 = Vec::new();
    let mut level2 = Vec::new();
    let mut level3 = Vec::new();
    for (g, start, len) in runs(b.rows, |r| r.super_group) {
        match g {
            Some(g) => {
                level1.push(cell(Role::Header, g, 1, n * len));
                for r in &b.rows[start..start + len] {
                    level2.push(cell(Role::Header, r.label, 1, n));
                    level3.extend(b.columns.iter().map(|c| cell(Role::Header, c.label, 1, 1)));
                }
            }
            None => {
                for r in &b.rows[start..start + len] {
                    level1.push(cell(Role::Header, r.label, 1, n));
                    let below = if nested { 2 } else { 1 };
                    level2.extend(
                        b.columns
                            .iter()
                            .map(|c| cell(Role::Header, c.label, below, 1)),
                    );
                }
            }
        }
    }
    let head: Vec<Vec<GridCell>> = [level1, level2, level3]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    let line: Vec<GridCell> = b
        .rows
        .iter()
        .flat_map(|r| b.columns.iter().map(move |c| (r, c)))
        .map(|(r, c)| value(report, t, r.key, c.key, 1))
        .collect();
    Grid {
        table: t,
        cols: vec![ColKind::Value; n * b.rows.len()],
        head,
        bodies: vec![vec![line]],
    }
}

/// The grid rows (head then bodies) unrolled into a rectangle of texts, one per grid column.
/// A merge keeps its text in its top-left position; with `repeat_row_groups`, a row group's
/// heading is repeated on every row it covers, so each row of a spreadsheet names its group.
pub fn unroll(rows: &[Vec<GridCell>], width: usize, repeat_row_groups: bool) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    // Columns still covered by a rowspan from above: (remaining rows, text to repeat).
    let mut carry: Vec<(usize, String)> = vec![(0, String::new()); width];
    for row in rows {
        let mut line = vec![String::new(); width];
        let mut col = 0;
        let mut cells = row.iter();
        loop {
            while col < width && carry[col].0 > 0 {
                line[col] = carry[col].1.clone();
                carry[col].0 -= 1;
                col += 1;
            }
            let Some(c) = cells.next() else { break };
            if col >= width {
                break;
            }
            line[col] = c.text.clone();
            let repeat = repeat_row_groups && c.role == Role::Group;
            let end = (col + c.colspan).min(width);
            for (k, slot) in carry.iter_mut().enumerate().take(end).skip(col) {
                let text = if repeat && k == col {
                    c.text.clone()
                } else {
                    String::new()
                };
                *slot = (c.rowspan.saturating_sub(1), text);
            }
            col += c.colspan;
        }
        out.push(line);
    }
    out
}
