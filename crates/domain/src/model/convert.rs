//! A report moved into another format (a draft whose report year now requires the other
//! format). What moves is derived from the declarations, never listed by hand: a cell moves to
//! the cell with the same stable address (`table.row.column`, one key per official row and
//! column, so the same address is the same figure in every format), and a table's
//! [`MergedRows`] say which rows one format prints as one row of the other. Totals are
//! computed again; the narrative, the metadata and the acknowledgements are the same in every
//! format and move whole. What has no place in the other format is listed, not dropped
//! silently.

use super::{Cell, Report};
use crate::format::{format, FormatDef, FormatId, MergedRows};
use crate::totals::{self, Sum};

/// A figure (or text typed into a cell) that has no place in the other format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftBehind {
    /// Its address in the report's format, e.g. "table2.regulations.issued".
    pub address: String,
    /// Its official label: "表二 规章 / 本年制发件数".
    pub label: String,
    /// The value as shown ("3"), or the text typed that could not be read.
    pub value: String,
}

/// Rows one format prints as one row of the other, moved as their sum (or into one row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regrouped {
    /// The table, e.g. "表三".
    pub table: String,
    /// What happened, in the words the form shows.
    pub what: String,
}

/// The result of [`Report::convert`].
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The report in the other format, its totals computed.
    pub report: Report,
    /// How many filled entry cells moved to a cell of the same address.
    pub moved: usize,
    /// Rows regrouped through the format's [`MergedRows`].
    pub regrouped: Vec<Regrouped>,
    /// What cannot move, in the report's cell order.
    pub left_behind: Vec<LeftBehind>,
}

impl Report {
    /// Whether any entry cell of the tables holds a value or unread text: an empty draft can
    /// change format without asking, a filled one is offered [`Report::convert`].
    pub fn has_table_entries(&self) -> bool {
        let index = self.def().index();
        !self.unread.is_empty()
            || self
                .cells
                .iter()
                .zip(&index.cells)
                .any(|(c, info)| !info.computed && !c.is_blank())
    }

    /// This report in format `to`: every entry cell whose address `to` also has (as an entry
    /// cell that can hold the value) keeps its value, rows `to` prints merged or split are
    /// regrouped, totals are computed, and everything else filled in is listed as left behind.
    /// Converting to the report's own format returns it with its totals computed.
    pub fn convert(&self, to: FormatId) -> Conversion {
        let from = self.def();
        let target = format(to);
        let mut out = Report {
            format: to,
            meta: self.meta.clone(),
            narrative: self.narrative.clone(),
            cells: vec![Cell::Blank; target.cell_count()],
            acknowledgements: self.acknowledgements.clone(),
            origin: self.origin.clone(),
            unread: Default::default(),
        };
        let (mut moved, mut left_behind) = (0, Vec::new());
        let regroup = Regroup::between(from, target);
        for (id, info) in from.index().cells.iter().enumerate() {
            if info.computed {
                continue;
            }
            let value = self.cell(id);
            let typed = self.unread(&info.address);
            if value.is_blank() && typed.is_none() {
                continue;
            }
            // Figures of regrouped rows move below; text typed there is listed if it cannot move.
            if typed.is_none() && regroup.iter().any(|g| g.takes(&info.address)) {
                continue;
            }
            let fits = target
                .cell(&info.address)
                .and_then(|tid| target.index().cells.get(tid).map(|t| (tid, t)))
                .filter(|(_, t)| !t.computed && value.misfit(t.kind).is_none());
            match (fits, typed) {
                (Some(_), Some(text)) => {
                    out.set_unread(&info.address, text);
                }
                (Some((tid, _)), None) => {
                    out.cells[tid] = value.clone();
                    moved += 1;
                }
                (None, _) => left_behind.push(LeftBehind {
                    address: info.address.clone(),
                    label: format!(
                        "表{} {}",
                        from.tables[info.table].section,
                        from.cell_label(id)
                    ),
                    value: typed.map_or_else(|| value.display(), str::to_string),
                }),
            }
        }
        let mut regrouped = Vec::new();
        for g in &regroup {
            if let Some(done) = g.apply(self, &mut out) {
                regrouped.push(done);
            }
        }
        totals::fill(&mut out);
        Conversion {
            report: out,
            moved,
            regrouped,
            left_behind,
        }
    }
}

/// Rows of one table that one format declares merged ([`MergedRows`]) and the other prints as
/// one row: the row whose label is the merged rows' common group heading ("（六）其他处理").
struct Regroup {
    /// The table's key ("table3").
    table: &'static str,
    /// The merged rows, in the format that splits them.
    split: &'static MergedRows,
    /// The label of the row among them that takes the one row's figures ("3.其他").
    into_label: &'static str,
    /// The heading they share, which is the one row's label ("（六）其他处理").
    heading: &'static str,
    /// The key of the one row in the other format.
    one: &'static str,
    /// From the split rows to the one row (their sum), or back (into `split.into`).
    joining: bool,
}

impl Regroup {
    fn between(from: &'static FormatDef, to: &'static FormatDef) -> Vec<Regroup> {
        let mut out = Vec::new();
        for (split_f, one_f, joining) in [(from, to, true), (to, from, false)] {
            for t in split_f.tables {
                let (Some(split), Some((_, other))) = (&t.merged, one_f.table(t.key)) else {
                    continue;
                };
                let Some(into) = t
                    .find_row(split.into)
                    .map(|(bi, ri)| &t.blocks[bi].rows[ri])
                else {
                    continue;
                };
                // The heading the merged rows share, innermost: the one row is labelled so.
                let Some(&heading) = into.groups.last() else {
                    continue;
                };
                let one = other
                    .blocks
                    .iter()
                    .flat_map(|b| b.rows)
                    .find(|r| r.label == heading);
                if let Some(one) = one {
                    out.push(Regroup {
                        table: t.key,
                        split,
                        into_label: into.label,
                        heading,
                        one: one.key,
                        joining,
                    });
                }
            }
        }
        out
    }

    /// Whether a cell of the report being converted is moved by this regrouping.
    fn takes(&self, address: &str) -> bool {
        let mut parts = address.split('.');
        if parts.next() != Some(self.table) {
            return false;
        }
        let row = parts.next().unwrap_or("");
        if self.joining {
            self.split.rows.contains(&row)
        } else {
            row == self.one
        }
    }

    /// Moves the rows' figures, column by column; what it did, when anything was filled in.
    fn apply(&self, from: &Report, to: &mut Report) -> Option<Regrouped> {
        let (_, t) = to.def().table(self.table)?;
        let into = if self.joining {
            self.one
        } else {
            self.split.into
        };
        let (bi, _) = t.find_row(into)?;
        let mut any = false;
        for c in t.blocks[bi].columns.iter().filter(|c| !c.total) {
            let cell = |row: &str| format!("{}.{row}.{}", t.key, c.key);
            let value = if self.joining {
                let rows = self.split.rows.iter();
                let sum = Sum::of(rows.map(|r| from.get(&cell(r)).and_then(Cell::int)));
                sum.cell_value().map_or(Cell::Blank, Cell::Int)
            } else {
                from.get(&cell(self.one)).cloned().unwrap_or(Cell::Blank)
            };
            if !value.is_blank() {
                any = true;
                to.set(&cell(into), value);
            }
        }
        let what = if self.joining {
            format!("“{}”的各分项合计为一行", self.heading)
        } else {
            format!(
                "“{}”一行的数值移入“{}”，其余分项留空，请核对",
                self.heading, self.into_label
            )
        };
        any.then(|| Regrouped {
            table: format!("表{}", t.section),
            what,
        })
    }
}
