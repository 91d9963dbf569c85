//! The 汇总表 of a collection: a line per report with every cell of its tables, and after each
//! year's reports the line of their sum, as a supervising office hands its figures on in a
//! spreadsheet.

use super::sum::sums_by_year;
use super::whose::{lead, LEAD_COLUMNS};
use crate::export::rows_csv;
use crate::format::{FormatId, FORMATS};
use crate::model::Report;

/// The leading column headings of [`figures_csv`]; a column per table cell follows.
pub const FIGURES_LEAD: [&str; 3] = LEAD_COLUMNS;

/// The sheet's columns: for each format among `reports` (newest format first, whatever the
/// order of the list, so that sheets made from the same reports line up), a column per cell,
/// headed by its label ("一、本年新收政府信息公开申请数量 / 自然人"). A label both formats use is
/// one column: the two formats' 总计 of table 三 line up.
struct Columns {
    labels: Vec<String>,
    /// For each format present, the column of each of its cells.
    of_format: Vec<(FormatId, Vec<usize>)>,
}

impl Columns {
    fn of(reports: &[&Report]) -> Columns {
        let mut labels: Vec<String> = Vec::new();
        let mut of_format: Vec<(FormatId, Vec<usize>)> = Vec::new();
        for f in FORMATS
            .iter()
            .filter(|f| reports.iter().any(|r| r.format == f.id))
        {
            let columns = (0..f.cell_count())
                .map(|id| {
                    let label = f.cell_label(id);
                    match labels.iter().position(|l| *l == label) {
                        Some(i) => i,
                        None => {
                            labels.push(label);
                            labels.len() - 1
                        }
                    }
                })
                .collect();
            of_format.push((f.id, columns));
        }
        Columns { labels, of_format }
    }

    /// A line: the leading fields, then the report's cells in their columns (blank elsewhere,
    /// and all blank without a report).
    fn line(&self, lead: [String; 3], r: Option<&Report>) -> Vec<String> {
        let mut row: Vec<String> = lead.into();
        let width = row.len() + self.labels.len();
        row.resize(width, String::new());
        let Some(r) = r else { return row };
        if let Some((_, columns)) = self.of_format.iter().find(|(f, _)| *f == r.format) {
            for (id, &col) in columns.iter().enumerate() {
                if let Some(field) = row.get_mut(FIGURES_LEAD.len() + col) {
                    *field = r.cell(id).display();
                }
            }
        }
        row
    }
}

/// The 汇总表 as CSV (the same form as the tables export: byte-order mark, CRLF, formula
/// guard). Years come newest first, each year's reports in the given order followed by the
/// line "合计" of their sum (naming any report given twice; where they cannot be summed, the
/// reason in place of the figures); the reports without a year come last, in no sum.
pub fn figures_csv(named: &[(&str, &Report)]) -> String {
    let reports: Vec<&Report> = named.iter().map(|(_, r)| *r).collect();
    let columns = Columns::of(&reports);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut head: Vec<String> = FIGURES_LEAD.iter().map(|s| s.to_string()).collect();
    head.extend(columns.labels.iter().cloned());
    rows.push(head);
    let report_line = |file: &str, r: &Report| columns.line(lead(file, r), Some(r));
    let (sums, no_year) = sums_by_year(named);
    let lines = |members: &[usize]| {
        members
            .iter()
            .filter_map(|&i| named.get(i))
            .map(|(file, r)| report_line(file, r))
            .collect::<Vec<_>>()
    };
    for s in &sums {
        rows.extend(lines(&s.members));
        // The dialog's heading, and what the dialog warns of with it.
        let mut what = s.heading();
        for r in &s.repeats {
            what.push_str(&format!("；提醒：{}", r.message()));
        }
        let year = s.year.to_string();
        rows.push(match &s.sum {
            Ok(sum) => columns.line(["合计".into(), what, year], Some(sum)),
            Err(e) => columns.line(["合计".into(), format!("{what}：{e}"), year], None),
        });
    }
    rows.extend(lines(&no_year));
    rows_csv(rows.iter().map(Vec::as_slice))
}
