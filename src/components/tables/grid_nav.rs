//! Keyboard navigation in a table, as plain functions over the table's visual grid: which cell
//! an arrow key, Tab or Enter moves to. Computed (total) cells take part in the layout — a paste
//! of seven columns lines up with table 三's seven columns — but are never a target.

use report_domain::format::{CellId, FormatDef, Layout};

/// One position of the visual grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The cell there.
    pub id: CellId,
    /// Whether the user types into it (false for totals).
    pub editable: bool,
}

/// A table as drawn: rows of slots (rows may differ in length, e.g. table 二's sub-tables).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    /// Rows top to bottom, slots left to right.
    pub rows: Vec<Vec<Slot>>,
}

/// A (row, column) position in a [`Grid`].
pub type Pos = (usize, usize);

/// A navigation key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// ArrowUp, Shift+Enter.
    Up,
    /// ArrowDown, Enter.
    Down,
    /// ArrowLeft.
    Left,
    /// ArrowRight.
    Right,
    /// Tab: the next editable cell in reading order.
    Next,
    /// Shift+Tab.
    Prev,
    /// Home: first editable cell of the row.
    RowStart,
    /// End: last editable cell of the row.
    RowEnd,
}

impl Grid {
    /// The grid of table `table` (index into `format.tables`) as the form draws it: tables 二
    /// and 三 row by row (table 二's sub-tables stacked), table 四 (transposed) as one line of
    /// its three groups side by side.
    pub fn of_table(format: &'static FormatDef, table: usize) -> Grid {
        let Some(t) = format.tables.get(table) else {
            return Grid::default();
        };
        let index = format.index();
        let slot = |b: usize, r: usize, c: usize| {
            let id = index.id_at(format, table, b, r, c);
            Slot {
                id,
                editable: index.cells.get(id).is_some_and(|i| !i.computed),
            }
        };
        let mut rows = Vec::new();
        match t.layout {
            Layout::Transposed => {
                let mut line = Vec::new();
                for (bi, b) in t.blocks.iter().enumerate() {
                    for ri in 0..b.rows.len() {
                        for ci in 0..b.columns.len() {
                            line.push(slot(bi, ri, ci));
                        }
                    }
                }
                rows.push(line);
            }
            Layout::Blocks | Layout::Grid => {
                for (bi, b) in t.blocks.iter().enumerate() {
                    for ri in 0..b.rows.len() {
                        rows.push((0..b.columns.len()).map(|ci| slot(bi, ri, ci)).collect());
                    }
                }
            }
        }
        Grid { rows }
    }

    /// The position of a cell.
    pub fn find(&self, id: CellId) -> Option<Pos> {
        self.rows
            .iter()
            .enumerate()
            .find_map(|(r, row)| row.iter().position(|s| s.id == id).map(|c| (r, c)))
    }

    /// The slot at a position.
    pub fn get(&self, (r, c): Pos) -> Option<Slot> {
        self.rows.get(r).and_then(|row| row.get(c)).copied()
    }

    fn editable(&self, pos: Pos) -> bool {
        self.get(pos).is_some_and(|s| s.editable)
    }

    /// Where a key moves from `from`; `None` when there is no editable cell that way (the
    /// caller then lets the browser do its default, e.g. Tab leaves the table).
    pub fn target(&self, from: Pos, mv: Move) -> Option<Pos> {
        let (r, c) = from;
        match mv {
            Move::Left => (0..c).rev().map(|k| (r, k)).find(|&p| self.editable(p)),
            Move::Right => {
                let len = self.rows.get(r)?.len();
                (c + 1..len).map(|k| (r, k)).find(|&p| self.editable(p))
            }
            Move::RowStart => {
                let len = self.rows.get(r)?.len();
                (0..len).map(|k| (r, k)).find(|&p| self.editable(p))
            }
            Move::RowEnd => {
                let len = self.rows.get(r)?.len();
                (0..len).rev().map(|k| (r, k)).find(|&p| self.editable(p))
            }
            Move::Up => (0..r).rev().find_map(|k| self.column_in_row(k, c)),
            Move::Down => (r + 1..self.rows.len()).find_map(|k| self.column_in_row(k, c)),
            Move::Next => self.reading_order().skip_while(|&p| p != from).nth(1),
            Move::Prev => {
                let before: Vec<Pos> = self.reading_order().take_while(|&p| p != from).collect();
                before.last().copied()
            }
        }
    }

    /// The editable slot of row `r` in column `c` (the last column when the row is shorter).
    fn column_in_row(&self, r: usize, c: usize) -> Option<Pos> {
        let len = self.rows.get(r)?.len();
        let p = (r, c.min(len.checked_sub(1)?));
        self.editable(p).then_some(p)
    }

    /// Editable positions row by row.
    fn reading_order(&self) -> impl Iterator<Item = Pos> + '_ {
        self.rows
            .iter()
            .enumerate()
            .flat_map(|(r, row)| (0..row.len()).map(move |c| (r, c)))
            .filter(|&p| self.editable(p))
    }

    /// The first editable position.
    pub fn first(&self) -> Option<Pos> {
        self.reading_order().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::format::FORMAT_2021;

    fn t(key: &str) -> Grid {
        let (i, _) = FORMAT_2021.table(key).unwrap();
        Grid::of_table(&FORMAT_2021, i)
    }

    fn pos(g: &Grid, address: &str) -> Pos {
        g.find(FORMAT_2021.cell(address).unwrap()).unwrap()
    }

    fn at(g: &Grid, p: Option<Pos>) -> String {
        let id = g.get(p.unwrap()).unwrap().id;
        FORMAT_2021.index().cells[id].address.clone()
    }

    #[test]
    fn table3_shape() {
        let g = t("table3");
        assert_eq!(g.rows.len(), 25);
        assert!(g.rows.iter().all(|r| r.len() == 7));
        assert!(!g.get(pos(&g, "table3.new.total")).unwrap().editable);
        assert_eq!(at(&g, g.first()), "table3.new.natural");
    }

    #[test]
    fn arrows_skip_totals_and_stop_at_edges() {
        let g = t("table3");
        let p = pos(&g, "table3.new.other");
        assert_eq!(g.target(p, Move::Right), None, "总计 is not a target");
        assert_eq!(at(&g, g.target(p, Move::Left)), "table3.new.legal_services");
        assert_eq!(at(&g, g.target(p, Move::Down)), "table3.carry.other");
        assert_eq!(g.target(pos(&g, "table3.new.natural"), Move::Up), None);
        // Down from the last outcome row jumps over （七）总计 to 四、结转下年度.
        let p = pos(&g, "table3.other_3.natural");
        assert_eq!(at(&g, g.target(p, Move::Down)), "table3.forward.natural");
        assert_eq!(
            at(&g, g.target(pos(&g, "table3.forward.natural"), Move::Up)),
            "table3.other_3.natural"
        );
        assert_eq!(
            g.target(pos(&g, "table3.forward.natural"), Move::Down),
            None
        );
        assert_eq!(
            at(&g, g.target(pos(&g, "table3.carry.research"), Move::RowEnd)),
            "table3.carry.other"
        );
        assert_eq!(
            at(
                &g,
                g.target(pos(&g, "table3.carry.research"), Move::RowStart)
            ),
            "table3.carry.natural"
        );
    }

    #[test]
    fn tab_in_reading_order() {
        let g = t("table3");
        let p = pos(&g, "table3.new.other");
        assert_eq!(at(&g, g.target(p, Move::Next)), "table3.carry.natural");
        let p = pos(&g, "table3.carry.natural");
        assert_eq!(at(&g, g.target(p, Move::Prev)), "table3.new.other");
        assert_eq!(g.target(pos(&g, "table3.new.natural"), Move::Prev), None);
        assert_eq!(g.target(pos(&g, "table3.forward.other"), Move::Next), None);
    }

    #[test]
    fn table2_blocks_of_different_width() {
        let g = t("table2");
        let p = pos(&g, "table2.normative_documents.in_force");
        assert_eq!(
            at(&g, g.target(p, Move::Down)),
            "table2.licensing.decisions"
        );
        let p = pos(&g, "table2.licensing.decisions");
        assert_eq!(
            at(&g, g.target(p, Move::Up)),
            "table2.normative_documents.issued"
        );
        assert_eq!(
            at(
                &g,
                g.target(pos(&g, "table2.coercion.decisions"), Move::Down)
            ),
            "table2.fees.amount"
        );
    }

    #[test]
    fn table4_is_one_line() {
        let g = t("table4");
        assert_eq!(g.rows.len(), 1);
        assert_eq!(g.rows[0].len(), 15);
        let p = pos(&g, "table4.review.pending");
        assert_eq!(
            g.target(p, Move::Right).map(|p| at(&g, Some(p))).as_deref(),
            Some("table4.litigation_direct.upheld")
        );
        assert_eq!(g.target(p, Move::Down), None);
    }
}
