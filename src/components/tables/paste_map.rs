//! Where a pasted block lands: the block's top-left value goes into the focused cell and the
//! rest follows the table as drawn. Values that fall on a total are not typed into it (totals
//! are computed); values beyond the table's edge are counted so the user can be told.

use report_domain::paste::PasteBlock;
use report_domain::FormatDef;

use super::grid_nav::{Grid, Pos};

/// The edits a paste makes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PastePlan {
    /// (cell address, raw text) for every editable cell the block covers.
    pub cells: Vec<(String, String)>,
    /// Values that fell on computed totals (ignored: totals are recomputed).
    pub on_totals: usize,
    /// Non-empty values beyond the right or bottom edge of the table.
    pub outside: usize,
}

/// Maps a block onto the grid from `start`.
pub fn plan(format: &'static FormatDef, grid: &Grid, start: Pos, block: &PasteBlock) -> PastePlan {
    let mut out = PastePlan::default();
    let index = format.index();
    for (i, row) in block.rows.iter().enumerate() {
        for (j, raw) in row.iter().enumerate() {
            match grid.get((start.0 + i, start.1 + j)) {
                Some(slot) if slot.editable => {
                    if let Some(info) = index.cells.get(slot.id) {
                        out.cells.push((info.address.clone(), raw.clone()));
                    }
                }
                Some(_) => out.on_totals += 1,
                None if !raw.is_empty() => out.outside += 1,
                None => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::format::FORMAT_2021;
    use report_domain::paste::parse_block;

    #[test]
    fn seven_columns_line_up_with_table3() {
        let (ti, _) = FORMAT_2021.table("table3").unwrap();
        let g = Grid::of_table(&FORMAT_2021, ti);
        let start = g
            .find(FORMAT_2021.cell("table3.new.natural").unwrap())
            .unwrap();
        let b = parse_block("2\t0\t0\t0\t0\t1\t3\r\n1\t0\t0\t0\t0\t0\t1\r\n");
        let p = plan(&FORMAT_2021, &g, start, &b);
        assert_eq!(p.cells.len(), 12);
        assert_eq!(p.cells[0], ("table3.new.natural".into(), "2".into()));
        assert_eq!(p.cells[5], ("table3.new.other".into(), "1".into()));
        assert_eq!(p.cells[6], ("table3.carry.natural".into(), "1".into()));
        assert_eq!(p.on_totals, 2);
        assert_eq!(p.outside, 0);
    }

    #[test]
    fn counts_values_beyond_the_edge() {
        let (ti, _) = FORMAT_2021.table("table3").unwrap();
        let g = Grid::of_table(&FORMAT_2021, ti);
        let start = g
            .find(FORMAT_2021.cell("table3.forward.other").unwrap())
            .unwrap();
        let b = parse_block("1\t2\t3\n4\t\t\n");
        let p = plan(&FORMAT_2021, &g, start, &b);
        assert_eq!(
            p.cells,
            [("table3.forward.other".to_string(), "1".to_string())]
        );
        assert_eq!(p.on_totals, 1);
        assert_eq!(p.outside, 2);
    }
}
