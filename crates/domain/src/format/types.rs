//! The types an official report format is declared with. A format is pure data: the form,
//! the checks, the printout and the importer all read these declarations.

use std::sync::OnceLock;

use serde::Serialize;

use super::readings::Readings;

/// Which official format a report uses.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
pub enum FormatId {
    /// 国办公开办函〔2019〕60号, report years 2019–2020.
    #[serde(rename = "2019")]
    F2019,
    /// 国办公开办函〔2021〕30号, report years 2021 onward.
    #[serde(rename = "2021")]
    F2021,
    /// A made-up format that exists only in a test build (feature `test-format`): the 2021
    /// format with a row renamed and a column added, which shows that every consumer follows
    /// the declarations (`tests/third_format.rs`). No production build has it.
    #[cfg(feature = "test-format")]
    #[serde(rename = "test")]
    Test,
}

/// One slot per format for data derived from it once and kept for the life of the program
/// (an index, the rows a rule reads), filled by [`FormatId::derived`]; built by [`per_format`].
pub type PerFormat<T> = [OnceLock<T>; FormatId::ALL.len()];

// `FormatId::derived` takes a format's slot from its discriminant: `ALL` lists the variants in
// declaration order (checked when compiling).
const _: () = {
    let mut i = 0;
    while i < FormatId::ALL.len() {
        assert!(FormatId::ALL[i] as usize == i);
        i += 1;
    }
};

/// An empty [`PerFormat`], for a `static`.
pub const fn per_format<T>() -> PerFormat<T> {
    [const { OnceLock::new() }; FormatId::ALL.len()]
}

impl FormatId {
    /// Every format, in declaration order: the slot order of a [`PerFormat`].
    pub const ALL: &'static [FormatId] = &[
        FormatId::F2019,
        FormatId::F2021,
        #[cfg(feature = "test-format")]
        FormatId::Test,
    ];

    /// The data `cache` holds for this format, derived by `init` on first use.
    pub fn derived<T>(self, cache: &'static PerFormat<T>, init: impl FnOnce() -> T) -> &'static T {
        // The variants are declared in `ALL`'s order, so the discriminant is the slot.
        cache[self as usize].get_or_init(init)
    }

    /// The format the rules require for a report year: the one with the latest
    /// [`FormatDef::first_year`] not after it (≤ 2020 → 2019, otherwise 2021); the oldest for
    /// a year before them all.
    pub fn for_year(year: i32) -> FormatId {
        let formats = super::FORMATS.iter();
        formats
            .clone()
            .filter(|f| f.first_year <= year)
            .max_by_key(|f| f.first_year)
            .or_else(|| formats.min_by_key(|f| f.first_year))
            .map_or(FormatId::F2021, |f| f.id)
    }

    /// The stable key used in JSON ("2019" / "2021"; the serde names above).
    pub fn key(self) -> &'static str {
        match self {
            FormatId::F2019 => "2019",
            FormatId::F2021 => "2021",
            #[cfg(feature = "test-format")]
            FormatId::Test => "test",
        }
    }

    /// Parses the stable key.
    pub fn from_key(key: &str) -> Option<FormatId> {
        Self::ALL.iter().copied().find(|id| id.key() == key)
    }
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellKind {
    /// A non-negative integer count.
    Count,
    /// An integer that may be negative (2019 format 本年增/减).
    SignedCount,
    /// A non-negative decimal amount kept exactly as entered (万元).
    Amount,
}

impl CellKind {
    /// Whether a cell of this kind may hold a value below zero (only 本年增/减 may).
    pub fn may_be_negative(self) -> bool {
        self == CellKind::SignedCount
    }
}

/// One official report format.
#[derive(Debug, Serialize)]
pub struct FormatDef {
    /// Which format this is.
    pub id: FormatId,
    /// Human name, e.g. "2021年版".
    pub name: &'static str,
    /// The notice that issued it.
    pub notice: &'static str,
    /// The first report year it is required for (until the next format's first year).
    #[serde(skip)]
    pub first_year: i32,
    /// The 引言 before section 一 (the same part in every format).
    pub intro: &'static PartDef,
    /// The six sections in order.
    pub sections: &'static [SectionDef],
    /// The statistical tables in order (table2, table3, table4).
    pub tables: &'static [&'static TableDef],
    /// The rows and columns each figure the narrative states is compared with.
    pub readings: &'static Readings,
    /// Words printed in this format's tables that tell it from the other formats: an imported
    /// text holding more of one format's markers than of any other's is read in that format.
    /// Not part of the published declaration (`formats()`): it serves the importer only.
    #[serde(skip)]
    pub markers: &'static [&'static str],
}

impl FormatDef {
    /// Every narrative part in document order: the 引言, then every section's parts.
    pub fn parts(&self) -> impl Iterator<Item = &'static PartDef> + Clone {
        std::iter::once(self.intro).chain(self.section_parts())
    }

    /// The parts the six sections require, in order (the 引言 is not required: the format does
    /// not name it, and a report may open directly with 一).
    pub fn section_parts(&self) -> impl Iterator<Item = &'static PartDef> + Clone {
        self.sections.iter().flat_map(|s| s.parts)
    }
}

/// One of the six sections.
#[derive(Debug, Serialize)]
pub struct SectionDef {
    /// Stable key ("overview", "proactive", ...).
    pub key: &'static str,
    /// Chinese ordinal, e.g. "一".
    pub number: &'static str,
    /// The official heading, character-exact, e.g. "一、总体情况".
    pub heading: &'static str,
    /// Narrative parts (text fields) of this section, in order.
    pub parts: &'static [PartDef],
    /// The key of the table this section holds, if any.
    pub table: Option<&'static str>,
}

/// A narrative text field of a section.
#[derive(Debug, Serialize)]
pub struct PartDef {
    /// Stable key of the text field in the report's `narrative` object.
    pub key: &'static str,
    /// The sub-heading printed above it, e.g. "（一）主动公开"; `None` for untitled text.
    pub heading: Option<&'static str>,
}

/// How a table is drawn in the official template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// Sub-tables each with a "信息内容" header row (table 二).
    Blocks,
    /// Rows down, columns across, with a merged header (table 三).
    Grid,
    /// Data rows are drawn as column groups of one printed line (table 四).
    Transposed,
}

/// One statistical table.
#[derive(Debug, Serialize)]
pub struct TableDef {
    /// Stable key: "table2", "table3", "table4".
    pub key: &'static str,
    /// The section number it belongs to, e.g. "三".
    pub section: &'static str,
    /// How the official template draws it.
    pub layout: Layout,
    /// The merged top-left header cell text (table 三's 勾稽关系 note).
    pub corner: Option<&'static str>,
    /// A header spanning every data column (table 三: "申请人情况").
    pub column_super: Option<&'static str>,
    /// The blocks (sub-tables); tables 三 and 四 have one.
    pub blocks: &'static [BlockDef],
    /// The identity the table's rows satisfy in every column besides its totals (table 三's
    /// printed 勾稽关系); its rows are in the table's first block.
    pub balance: Option<Balance>,
    /// What a report for the next year starts from this table of last year's (table 三's
    /// 结转, table 二's 现行有效件数).
    pub carried: &'static [CarryOver],
    /// Group headings a row's label leaves out: table 三's "三、本年度办理结果" heads every
    /// outcome row, whose own label already says what it is ("（一）予以公开").
    pub label_omits: &'static [&'static str],
    /// Rows an older layout printed as one, which an import of such a table accepts.
    pub merged: Option<MergedRows>,
}

/// Rows of a table an older layout printed as one row: the 2021 format splits table 三's
/// （六）其他处理 into three rows the 2019 layout printed as one (seen in real 2021 reports).
/// An import of such a table reads the one row's figures into `into` and leaves the others
/// blank.
#[derive(Debug, Serialize)]
pub struct MergedRows {
    /// The rows the one printed row stands for, in order.
    pub rows: &'static [&'static str],
    /// The row that takes its figures (the one whose label the printed row's includes).
    pub into: &'static str,
}

/// An identity that holds in every column of a block: the rows in `left` add up to the rows
/// in `right` (blank counts as 0).
#[derive(Debug, Serialize)]
pub struct Balance {
    /// Row keys summed on the left, e.g. 一 and 二.
    pub left: &'static [&'static str],
    /// Row keys summed on the right, e.g. （七）总计 and 四.
    pub right: &'static [&'static str],
    /// The identity in the official numbering, e.g. "一＋二 ＝ （七）总计＋四".
    pub label: &'static str,
}

/// A figure a new year's report takes from last year's: `from` of year N is `into` of N + 1.
#[derive(Debug, Serialize)]
pub struct CarryOver {
    /// The row of last year's report read (table 三: 四、结转下年度继续办理).
    pub from: &'static str,
    /// The row of the new report written (table 三: 二、上年结转).
    pub into: &'static str,
    /// The column carried; `None` for every column of the block.
    pub column: Option<&'static str>,
    /// Whether the figure is carried always (结转: the same applications), or only offered as a
    /// starting value the user revises (现行有效件数).
    pub always: bool,
}

/// A sub-table: one set of columns shared by its rows.
#[derive(Debug, Serialize)]
pub struct BlockDef {
    /// Caption line above the block, e.g. "第二十条第（一）项".
    pub caption: Option<&'static str>,
    /// Header of the label column, e.g. "信息内容".
    pub label_header: Option<&'static str>,
    /// Data columns.
    pub columns: &'static [ColumnDef],
    /// Data rows.
    pub rows: &'static [RowDef],
}

/// A data column.
#[derive(Debug, Serialize)]
pub struct ColumnDef {
    /// Stable key, e.g. "natural".
    pub key: &'static str,
    /// Official label, e.g. "自然人".
    pub label: &'static str,
    /// Merged header above this column, e.g. "法人或其他组织".
    pub group: Option<&'static str>,
    /// What the column's cells hold.
    pub kind: CellKind,
    /// Whether this column is the sum of the block's other non-total columns.
    pub total: bool,
}

/// A data row.
#[derive(Debug, Serialize)]
pub struct RowDef {
    /// Stable key, e.g. "withheld_1".
    pub key: &'static str,
    /// Official label of the row itself, e.g. "1.属于国家秘密".
    pub label: &'static str,
    /// Group headings this row sits under, outermost first,
    /// e.g. ["三、本年度办理结果", "（三）不予公开"].
    pub groups: &'static [&'static str],
    /// For a total row: the keys of the rows it sums.
    pub sum_of: &'static [&'static str],
    /// Merged header above a row-group in a transposed table (table 四: "行政诉讼").
    pub super_group: Option<&'static str>,
}

impl RowDef {
    /// Whether the row is computed from other rows.
    pub fn is_total(&self) -> bool {
        !self.sum_of.is_empty()
    }
}

impl TableDef {
    /// The group headings of a row a label names, outermost first (without those the table's
    /// `label_omits` leaves out).
    pub fn shown_groups<'r>(&self, row: &'r RowDef) -> impl Iterator<Item = &'static str> + 'r {
        let omits = self.label_omits;
        row.groups
            .iter()
            .copied()
            .filter(move |g| !omits.contains(g))
    }

    /// The official label of a row as findings, notes and lists name it: with its groups
    /// ("（三）不予公开 1.属于国家秘密"), or in a transposed table with its merged header
    /// ("行政诉讼 · 复议后起诉").
    pub fn row_label(&self, row: &RowDef) -> String {
        let mut s = String::new();
        match row.super_group {
            Some(g) => {
                s.push_str(g);
                s.push_str(" · ");
            }
            None => {
                for g in self.shown_groups(row) {
                    s.push_str(g);
                    s.push(' ');
                }
            }
        }
        s.push_str(row.label);
        s
    }

    /// The table's block a row key is in, with the row's position.
    pub fn find_row(&self, key: &str) -> Option<(usize, usize)> {
        self.blocks
            .iter()
            .enumerate()
            .find_map(|(bi, b)| b.rows.iter().position(|r| r.key == key).map(|ri| (bi, ri)))
    }
}
