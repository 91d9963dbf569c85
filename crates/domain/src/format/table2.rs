//! Table 二 (主动公开政府信息情况) of the 2021 and 2019 formats.

use super::types::{BlockDef, CarryOver, CellKind, ColumnDef, Layout, RowDef, TableDef};

macro_rules! col {
    ($key:expr, $label:expr, $kind:ident) => {
        ColumnDef {
            key: $key,
            label: $label,
            group: None,
            kind: CellKind::$kind,
            total: false,
        }
    };
}
macro_rules! row {
    ($key:expr, $label:expr) => {
        RowDef {
            key: $key,
            label: $label,
            groups: &[],
            sum_of: &[],
            super_group: None,
        }
    };
}

const CONTENT: Option<&str> = Some("信息内容");

/// Table 二 of the 2021 format.
pub static TABLE2_2021: TableDef = TableDef {
    key: "table2",
    section: "二",
    layout: Layout::Blocks,
    corner: None,
    column_super: None,
    balance: None,
    carried: &[
        CarryOver {
            from: "regulations",
            into: "regulations",
            column: Some("in_force"),
            always: false,
        },
        CarryOver {
            from: "normative_documents",
            into: "normative_documents",
            column: Some("in_force"),
            always: false,
        },
    ],
    label_omits: &[],
    merged: None,
    blocks: &[
        BlockDef {
            caption: Some("第二十条第（一）项"),
            label_header: CONTENT,
            columns: &[
                col!("issued", "本年制发件数", Count),
                col!("repealed", "本年废止件数", Count),
                col!("in_force", "现行有效件数", Count),
            ],
            rows: &[
                row!("regulations", "规章"),
                row!("normative_documents", "行政规范性文件"),
            ],
        },
        BlockDef {
            caption: Some("第二十条第（五）项"),
            label_header: CONTENT,
            columns: &[col!("decisions", "本年处理决定数量", Count)],
            rows: &[row!("licensing", "行政许可")],
        },
        BlockDef {
            caption: Some("第二十条第（六）项"),
            label_header: CONTENT,
            columns: &[col!("decisions", "本年处理决定数量", Count)],
            rows: &[row!("penalty", "行政处罚"), row!("coercion", "行政强制")],
        },
        BlockDef {
            caption: Some("第二十条第（八）项"),
            label_header: CONTENT,
            columns: &[col!("amount", "本年收费金额（单位：万元）", Amount)],
            rows: &[row!("fees", "行政事业性收费")],
        },
    ],
};

/// Table 二 of the 2019 (试行) format.
pub static TABLE2_2019: TableDef = TableDef {
    key: "table2",
    section: "二",
    layout: Layout::Blocks,
    corner: None,
    column_super: None,
    balance: None,
    carried: &[],
    label_omits: &[],
    merged: None,
    blocks: &[
        BlockDef {
            caption: Some("第二十条第（一）项"),
            label_header: CONTENT,
            columns: &[
                col!("made", "本年新制作数量", Count),
                col!("published", "本年新公开数量", Count),
                col!("total_published", "对外公开总数量", Count),
            ],
            rows: &[
                row!("regulations", "规章"),
                row!("normative_documents", "规范性文件"),
            ],
        },
        BlockDef {
            caption: Some("第二十条第（五）项"),
            label_header: CONTENT,
            columns: &[
                col!("prev_count", "上一年项目数量", Count),
                col!("change", "本年增/减", SignedCount),
                col!("decisions", "处理决定数量", Count),
            ],
            rows: &[
                row!("licensing", "行政许可"),
                row!("other_services", "其他对外管理服务事项"),
            ],
        },
        BlockDef {
            caption: Some("第二十条第（六）项"),
            label_header: CONTENT,
            columns: &[
                col!("prev_count", "上一年项目数量", Count),
                col!("change", "本年增/减", SignedCount),
                col!("decisions", "处理决定数量", Count),
            ],
            rows: &[row!("penalty", "行政处罚"), row!("coercion", "行政强制")],
        },
        BlockDef {
            caption: Some("第二十条第（八）项"),
            label_header: CONTENT,
            columns: &[
                col!("prev_count", "上一年项目数量", Count),
                col!("change", "本年增/减", SignedCount),
            ],
            rows: &[row!("fees", "行政事业性收费")],
        },
        BlockDef {
            caption: Some("第二十条第（九）项"),
            label_header: CONTENT,
            columns: &[
                col!("projects", "采购项目数量", Count),
                col!("amount", "采购总金额", Amount),
            ],
            rows: &[row!("procurement", "政府集中采购")],
        },
    ],
};
