//! A table's grid (`report_domain::export::Grid`, the model the HTML printout draws) as a Word
//! table: merged cells as gridSpan (across) and vMerge (down), the header rows marked to repeat
//! on every page, no row split across pages, table 二's sub-tables kept on one page, numbers
//! right-aligned as the print does, blank cells blank.

use docx_rs::{
    AlignmentType, Paragraph, Run, RunFonts, Table, TableCell, TableCellMargins, TableLayoutType,
    TableRow, VAlignType, VMergeType, WidthType,
};
use report_domain::export::{ColKind, Grid, GridCell, Role};

use crate::page::{face, mm, size, style_id, TEXT_WIDTH};

/// The height given to a header row, only to mark it: [`crate::docx`] turns its
/// `<w:trHeight w:val="1" …/>` into `<w:tblHeader/>` (docx-rs writes no tblHeader). One twip,
/// "at least", would change nothing even if it stayed.
pub const HEADER_MARK_HEIGHT: f32 = 1.0;

/// Column widths in twips, as the print CSS sets them (`col.lab-1` … in print.css): table 二's
/// label column a third of the width, table 三's group columns 8 and 17 mm and its figures
/// 11.5 mm with the row labels taking the rest, table 四's fifteen figures alike.
fn widths(g: &Grid) -> Vec<usize> {
    let total = TEXT_WIDTH as usize;
    let n = g.cols.len().max(1);
    let fixed = |c: &ColKind| -> Option<usize> {
        match (g.table.key, c) {
            ("table2", ColKind::Label(1)) => Some(total * 34 / 100),
            ("table3", ColKind::Label(1)) => Some(mm(8) as usize),
            ("table3", ColKind::Label(2)) => Some(mm(17) as usize),
            ("table3", ColKind::Value) => Some((mm(115) / 10) as usize),
            _ => None,
        }
    };
    let taken: usize = g.cols.iter().filter_map(fixed).sum();
    let free = g.cols.iter().filter(|c| fixed(c).is_none()).count();
    let share = total.saturating_sub(taken).checked_div(free).unwrap_or(0);
    let mut out: Vec<usize> = g.cols.iter().map(|c| fixed(c).unwrap_or(share)).collect();
    if out.is_empty() {
        out = vec![total / n];
    }
    out
}

/// The type size of a table's text: table 四's fifteen columns take 小5号.
fn text_size(g: &Grid) -> usize {
    if g.table.key == "table4" {
        size::XIAO_WU
    } else {
        size::WU
    }
}

/// A cell's one paragraph, aligned and faced by its role.
fn paragraph(c: &GridCell, text_size: usize, keep_next: bool) -> Paragraph {
    let (align, face, sz) = match c.role {
        Role::Corner => (AlignmentType::Left, face::FANGSONG, size::XIAO_WU),
        Role::Header | Role::Group => (AlignmentType::Center, face::FANGSONG, text_size),
        Role::Caption => (AlignmentType::Left, face::HEITI, text_size),
        Role::Label => (AlignmentType::Left, face::FANGSONG, text_size),
        Role::Value { .. } => (AlignmentType::Right, face::FANGSONG, text_size),
    };
    let mut p = Paragraph::new()
        .style(style_id::TABLE)
        .align(align)
        .keep_next(keep_next);
    if !c.text.is_empty() {
        p = p.add_run(
            Run::new()
                .fonts(RunFonts::new().east_asia(face).ascii(face).hi_ansi(face))
                .size(sz)
                .add_text(&c.text),
        );
    }
    p
}

/// One grid row as Word cells: each grid cell with its gridSpan (and vMerge restart when it
/// spans rows), and a vMerge continuation wherever a cell from a row above still covers.
fn row(
    cells: &[GridCell],
    covered: &mut [(usize, usize)],
    text_size: usize,
    keep_next: bool,
) -> Vec<TableCell> {
    let width = covered.len();
    let mut out = Vec::new();
    let mut col = 0;
    let mut next = cells.iter();
    loop {
        while col < width && covered[col].0 > 0 {
            let span = covered[col].1.max(1);
            covered[col].0 -= 1;
            out.push(
                TableCell::new()
                    .vertical_merge(VMergeType::Continue)
                    .grid_span(span)
                    .vertical_align(VAlignType::Center)
                    .add_paragraph(Paragraph::new().style(style_id::TABLE).keep_next(keep_next)),
            );
            col += span;
        }
        let Some(c) = next.next() else { break };
        if col >= width {
            break;
        }
        let span = c.colspan.clamp(1, width - col);
        let mut tc = TableCell::new()
            .grid_span(span)
            .vertical_align(VAlignType::Center)
            .add_paragraph(paragraph(c, text_size, keep_next));
        if c.rowspan > 1 {
            tc = tc.vertical_merge(VMergeType::Restart);
            covered[col] = (c.rowspan - 1, span);
        }
        out.push(tc);
        col += span;
    }
    out
}

/// The grid as a Word table, 156 mm wide with fixed column widths.
pub fn table(g: &Grid) -> Table {
    let widths = widths(g);
    let mut covered = vec![(0usize, 0usize); widths.len()];
    let size = text_size(g);
    let mut rows = Vec::new();
    for r in &g.head {
        // Header rows repeat on each page, and stay with the first body row.
        rows.push(
            TableRow::new(row(r, &mut covered, size, true))
                .cant_split()
                .row_height(HEADER_MARK_HEIGHT),
        );
    }
    for body in &g.bodies {
        // Table 二's sub-tables (one body each) are kept on one page, as the print keeps each
        // <tbody>: every row but the last keeps with the next.
        let keep_together = g.bodies.len() > 1;
        for (i, r) in body.iter().enumerate() {
            let keep = keep_together && i + 1 < body.len();
            rows.push(TableRow::new(row(r, &mut covered, size, keep)).cant_split());
        }
    }
    Table::new(rows)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        // Half a millimetre each side (the print's 2.5 pt padding): four-digit figures fit
        // the 11.5 mm columns on one line.
        .margins(TableCellMargins::new().margin(30, 28, 30, 28))
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::export::grids;
    use report_domain::Report;

    #[test]
    fn widths_fill_the_text_block() {
        for year in [2021, 2020] {
            let r = Report::for_year(year);
            for g in grids(&r) {
                let w = widths(&g);
                assert_eq!(w.len(), g.cols.len());
                let sum: usize = w.iter().sum();
                assert!(
                    sum <= TEXT_WIDTH as usize && sum + w.len() >= TEXT_WIDTH as usize,
                    "{}: {sum}",
                    g.table.key
                );
            }
        }
    }
}
