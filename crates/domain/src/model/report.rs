//! The report: metadata, narrative text, and the values of every table cell.

use std::collections::BTreeMap;

use super::cell::Cell;
use super::origin::ImportRecord;
use crate::format::{format, CellId, FormatDef, FormatId};

/// The most characters kept of what was typed into one cell and could not be read: more is
/// not a figure mistyped but text pasted into the wrong place, and the form shows the start.
pub const MAX_UNREAD_CHARS: usize = 200;

/// The most characters one narrative part holds. Whole reports have 5–30 KB of text (a few
/// thousand to some ten thousand characters, their longest part a few thousand); 50,000
/// characters (about 150 KB) is ten times any real part, and with every part at the limit
/// `validate` still takes under 5 ms (`cargo bench -p report-domain --bench validate`), where
/// an unbounded part (a 5 MB paste) made every keystroke cost ~100 ms.
pub const MAX_PART_CHARS: usize = 50_000;

/// Why a narrative part's text is refused for its length, or `None` when it fits
/// ([`MAX_PART_CHARS`]).
pub fn part_too_long(text: &str) -> Option<String> {
    // Bytes bound characters from above: most texts are decided without counting.
    if text.len() <= MAX_PART_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > MAX_PART_CHARS).then(|| {
        format!(
            "内容过长（{chars} 字）：每部分最多 {MAX_PART_CHARS} 字。年度报告每部分通常只有几百到几千字，请检查是否粘贴了其他内容"
        )
    })
}

/// Who publishes the report, which fixes its deadline (条例 art. 49).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportKind {
    /// 县级以上人民政府部门: published by 31 January.
    #[default]
    Department,
    /// 本级政府 (compiled by its 政务公开 office): published by 31 March.
    Government,
}

impl ReportKind {
    /// Stable JSON key.
    pub fn key(self) -> &'static str {
        match self {
            ReportKind::Department => "department",
            ReportKind::Government => "government",
        }
    }

    /// Parses the stable JSON key.
    pub fn from_key(s: &str) -> Option<ReportKind> {
        match s {
            "department" => Some(ReportKind::Department),
            "government" => Some(ReportKind::Government),
            _ => None,
        }
    }

    /// Chinese label for the form.
    pub fn label(self) -> &'static str {
        match self {
            ReportKind::Department => "政府部门（1月31日前公布）",
            ReportKind::Government => "人民政府（3月31日前公布）",
        }
    }

    /// (month, day) of the deadline in the year after the report year.
    pub fn deadline(self) -> (u32, u32) {
        match self {
            ReportKind::Department => (1, 31),
            ReportKind::Government => (3, 31),
        }
    }
}

/// Report metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    /// 机关名称, e.g. "某县商务局".
    pub agency: String,
    /// The year reported on (the report is published the year after).
    pub year: Option<i32>,
    /// Department or whole government.
    pub kind: ReportKind,
    /// Publication date, ISO "YYYY-MM-DD", or empty.
    pub published: String,
}

/// A complete report in one format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The official format its tables follow.
    pub format: FormatId,
    /// Agency, year, kind, publication date.
    pub meta: Meta,
    /// Narrative text by part key (see `SectionDef::parts`); missing = empty.
    pub narrative: BTreeMap<String, String>,
    /// Every data cell, indexed by `CellId` of the format.
    pub cells: Vec<Cell>,
    /// Acknowledged warnings: diagnostic key → the user's justification.
    pub acknowledgements: BTreeMap<String, String>,
    /// Present when the report was imported from a published copy.
    pub origin: Option<ImportRecord>,
    /// Text typed into an entry cell that could not be read as its value ("1O", "abc"), by
    /// cell address: the cell is blank and keeps what was typed here until it is changed, so
    /// nothing typed is lost, and rule T2-1 names it as an error. Only blank entry cells have
    /// one ([`Report::set`] clears it).
    pub unread: BTreeMap<String, String>,
}

impl Report {
    /// An empty report (every cell blank) in the given format.
    pub fn new(id: FormatId) -> Report {
        Report {
            format: id,
            meta: Meta::default(),
            narrative: BTreeMap::new(),
            cells: vec![Cell::Blank; format(id).cell_count()],
            acknowledgements: BTreeMap::new(),
            origin: None,
            unread: BTreeMap::new(),
        }
    }

    /// An empty report for a report year, in the format that year requires.
    pub fn for_year(year: i32) -> Report {
        let mut r = Report::new(FormatId::for_year(year));
        r.meta.year = Some(year);
        r
    }

    /// The format declaration.
    pub fn def(&self) -> &'static FormatDef {
        format(self.format)
    }

    /// The cell with a dense id (blank if out of range).
    pub fn cell(&self, id: CellId) -> &Cell {
        static BLANK: Cell = Cell::Blank;
        self.cells.get(id).unwrap_or(&BLANK)
    }

    /// Integer value of a cell by id.
    pub fn int(&self, id: CellId) -> Option<i64> {
        self.cell(id).int()
    }

    /// The cell at an address like "table3.new.natural".
    pub fn get(&self, address: &str) -> Option<&Cell> {
        self.def().cell(address).map(|id| self.cell(id))
    }

    /// Sets the cell at an address (dropping text it kept as unread); returns false when the
    /// address does not exist.
    pub fn set(&mut self, address: &str, value: Cell) -> bool {
        match self.def().cell(address) {
            Some(id) if id < self.cells.len() => {
                self.cells[id] = value;
                self.unread.remove(address);
                true
            }
            _ => false,
        }
    }

    /// Keeps text typed into an entry cell that could not be read as its value: the cell
    /// becomes blank and holds the text (at most [`MAX_UNREAD_CHARS`] characters) until it is
    /// set. Returns false when the address is not an entry cell.
    pub fn set_unread(&mut self, address: &str, typed: &str) -> bool {
        let def = self.def();
        let entry = def
            .cell(address)
            .and_then(|id| def.index().cells.get(id).map(|c| (id, c)))
            .filter(|(_, c)| !c.computed);
        let Some((id, _)) = entry else {
            return false;
        };
        if let Some(c) = self.cells.get_mut(id) {
            *c = Cell::Blank;
        }
        let kept: String = typed.chars().take(MAX_UNREAD_CHARS).collect();
        self.unread.insert(address.to_string(), kept);
        true
    }

    /// The text kept for a cell that could not be read, if any.
    pub fn unread(&self, address: &str) -> Option<&str> {
        self.unread.get(address).map(String::as_str)
    }

    /// Narrative text of a part ("" when absent).
    pub fn text(&self, part: &str) -> &str {
        self.narrative.get(part).map(String::as_str).unwrap_or("")
    }

    /// Sets narrative text of a part. Empty text removes the part, the one form the JSON
    /// export (which writes every part, empty or not) reads back as the same report.
    pub fn set_text(&mut self, part: &str, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            self.narrative.remove(part);
        } else {
            self.narrative.insert(part.to_string(), text);
        }
    }
}
