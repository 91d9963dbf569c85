//! A made-up third format, compiled only with the feature `test-format`: the 2021 format with
//! table 三's row 二 renamed and an applicant column added. `tests/third_format.rs` shows that
//! the form data, totals, checks, print and import follow it with no edit of theirs. It is
//! derived from the 2021 declarations at compile time (not copied), so it changes with them.

use super::table3::{TABLE3_2021, TABLE3_COLUMNS, TABLE3_ROWS_2021};
use super::types::{
    Balance, BlockDef, CellKind, ColumnDef, FormatDef, FormatId, MergedRows, RowDef, TableDef,
};
use super::FORMAT_2021;

/// The row renamed: table 三's 二、上年结转…, which is in the balance and the carry-over.
pub const RENAMED_ROW: &str = "carry";

/// Its new label.
pub const RENAMED_LABEL: &str = "二、上一年度结转的政府信息公开申请数量";

/// The column added to table 三, among the 法人或其他组织 columns, before `ADDED_BEFORE`.
pub const ADDED_COLUMN: ColumnDef = ColumnDef {
    key: "overseas",
    label: "境外组织",
    group: Some("法人或其他组织"),
    kind: CellKind::Count,
    total: false,
};

/// The column the added one is printed before ("其他", the group's last).
const ADDED_BEFORE: &str = "other";

/// The report year the made-up format starts from: far enough out that no test of the real
/// formats reaches it.
pub const FIRST_YEAR: i32 = 2100;

/// The made-up format.
pub static FORMAT_TEST: FormatDef = FormatDef {
    id: FormatId::Test,
    name: "测试用虚构格式",
    notice: "（测试用，并非正式格式）",
    first_year: FIRST_YEAR,
    intro: FORMAT_2021.intro,
    sections: FORMAT_2021.sections,
    tables: &[FORMAT_2021.tables[0], &TABLE3_TEST, FORMAT_2021.tables[2]],
    readings: FORMAT_2021.readings,
    markers: &MARKERS,
};

/// The 2021 markers (this format prints all its words) and the two words only it prints.
static MARKERS: [&str; FORMAT_2021.markers.len() + 2] = {
    let base = FORMAT_2021.markers;
    let mut out = [""; FORMAT_2021.markers.len() + 2];
    let mut i = 0;
    while i < base.len() {
        out[i] = base[i];
        i += 1;
    }
    out[i] = RENAMED_LABEL;
    out[i + 1] = ADDED_COLUMN.label;
    out
};

static ROWS: [RowDef; TABLE3_ROWS_2021.len()] = {
    let mut out = [const { row_copy(&PLACEHOLDER_ROW) }; TABLE3_ROWS_2021.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = row_copy(&TABLE3_ROWS_2021[i]);
        if str_eq(out[i].key, RENAMED_ROW) {
            out[i].label = RENAMED_LABEL;
        }
        i += 1;
    }
    out
};

static COLUMNS: [ColumnDef; TABLE3_COLUMNS.len() + 1] = {
    let mut out = [const { column_copy(&ADDED_COLUMN) }; TABLE3_COLUMNS.len() + 1];
    let (mut from, mut to) = (0, 0);
    while from < TABLE3_COLUMNS.len() {
        if str_eq(TABLE3_COLUMNS[from].key, ADDED_BEFORE) {
            // The added column's slot keeps the initial value.
            to += 1;
        }
        out[to] = column_copy(&TABLE3_COLUMNS[from]);
        from += 1;
        to += 1;
    }
    out
};

static TABLE3_TEST: TableDef = {
    let t = &TABLE3_2021;
    TableDef {
        key: t.key,
        section: t.section,
        layout: t.layout,
        corner: t.corner,
        column_super: t.column_super,
        blocks: &[BlockDef {
            caption: None,
            label_header: None,
            columns: &COLUMNS,
            rows: &ROWS,
        }],
        balance: match &t.balance {
            Some(b) => Some(Balance {
                left: b.left,
                right: b.right,
                label: b.label,
            }),
            None => None,
        },
        carried: t.carried,
        label_omits: t.label_omits,
        merged: match &t.merged {
            Some(m) => Some(MergedRows {
                rows: m.rows,
                into: m.into,
            }),
            None => None,
        },
    }
};

const PLACEHOLDER_ROW: RowDef = RowDef {
    key: "",
    label: "",
    groups: &[],
    sum_of: &[],
    super_group: None,
};

const fn row_copy(r: &RowDef) -> RowDef {
    RowDef {
        key: r.key,
        label: r.label,
        groups: r.groups,
        sum_of: r.sum_of,
        super_group: r.super_group,
    }
}

const fn column_copy(c: &ColumnDef) -> ColumnDef {
    ColumnDef {
        key: c.key,
        label: c.label,
        group: c.group,
        kind: c.kind,
        total: c.total,
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
