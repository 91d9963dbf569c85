//! Table 三 (收到和处理政府信息公开申请情况) and table 四 (行政复议、行政诉讼), shared by both formats
//! except for table 三's （六）其他处理 rows.

use super::types::{
    Balance, BlockDef, CarryOver, CellKind, ColumnDef, Layout, MergedRows, RowDef, TableDef,
};

const RESULTS: &str = "三、本年度办理结果";

/// The seven applicant columns of table 三.
pub static TABLE3_COLUMNS: &[ColumnDef] = &[
    ColumnDef {
        key: "natural",
        label: "自然人",
        group: None,
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "business",
        label: "商业企业",
        group: Some("法人或其他组织"),
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "research",
        label: "科研机构",
        group: Some("法人或其他组织"),
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "public_interest",
        label: "社会公益组织",
        group: Some("法人或其他组织"),
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "legal_services",
        label: "法律服务机构",
        group: Some("法人或其他组织"),
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "other",
        label: "其他",
        group: Some("法人或其他组织"),
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "total",
        label: "总计",
        group: None,
        kind: CellKind::Count,
        total: true,
    },
];

/// The merged top-left header cell of table 三.
pub const TABLE3_CORNER: &str =
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

/// Table 三's printed 勾稽关系: in every column, 一 + 二 = （七）总计 + 四.
const TABLE3_BALANCE: Balance = Balance {
    left: &["new", "carry"],
    right: &["total", "forward"],
    label: "一＋二 ＝ （七）总计＋四",
};

/// Table 三's 四、结转下年度继续办理 is next year's 二、上年结转, column by column.
const TABLE3_CARRIED: &[CarryOver] = &[CarryOver {
    from: "forward",
    into: "carry",
    column: None,
    always: true,
}];

macro_rules! row {
    ($key:expr, $label:expr) => {
        RowDef { key: $key, label: $label, groups: &[], sum_of: &[], super_group: None }
    };
    ($key:expr, $label:expr, [$($g:expr),*]) => {
        RowDef { key: $key, label: $label, groups: &[$($g),*], sum_of: &[], super_group: None }
    };
}

const WITHHELD: &str = "（三）不予公开";
const UNAVAILABLE: &str = "（四）无法提供";
const NOT_PROCESSED: &str = "（五）不予处理";
const OTHER: &str = "（六）其他处理";

/// Table 三 rows of the 2021 format (25 data rows).
pub static TABLE3_ROWS_2021: &[RowDef] = &[
    row!("new", "一、本年新收政府信息公开申请数量"),
    row!("carry", "二、上年结转政府信息公开申请数量"),
    row!("granted", "（一）予以公开", [RESULTS]),
    row!(
        "partial",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        [RESULTS]
    ),
    row!("withheld_1", "1.属于国家秘密", [RESULTS, WITHHELD]),
    row!(
        "withheld_2",
        "2.其他法律行政法规禁止公开",
        [RESULTS, WITHHELD]
    ),
    row!("withheld_3", "3.危及“三安全一稳定”", [RESULTS, WITHHELD]),
    row!("withheld_4", "4.保护第三方合法权益", [RESULTS, WITHHELD]),
    row!("withheld_5", "5.属于三类内部事务信息", [RESULTS, WITHHELD]),
    row!("withheld_6", "6.属于四类过程性信息", [RESULTS, WITHHELD]),
    row!("withheld_7", "7.属于行政执法案卷", [RESULTS, WITHHELD]),
    row!("withheld_8", "8.属于行政查询事项", [RESULTS, WITHHELD]),
    row!(
        "unavailable_1",
        "1.本机关不掌握相关政府信息",
        [RESULTS, UNAVAILABLE]
    ),
    row!(
        "unavailable_2",
        "2.没有现成信息需要另行制作",
        [RESULTS, UNAVAILABLE]
    ),
    row!(
        "unavailable_3",
        "3.补正后申请内容仍不明确",
        [RESULTS, UNAVAILABLE]
    ),
    row!(
        "not_processed_1",
        "1.信访举报投诉类申请",
        [RESULTS, NOT_PROCESSED]
    ),
    row!("not_processed_2", "2.重复申请", [RESULTS, NOT_PROCESSED]),
    row!(
        "not_processed_3",
        "3.要求提供公开出版物",
        [RESULTS, NOT_PROCESSED]
    ),
    row!(
        "not_processed_4",
        "4.无正当理由大量反复申请",
        [RESULTS, NOT_PROCESSED]
    ),
    row!(
        "not_processed_5",
        "5.要求行政机关确认或重新出具已获取信息",
        [RESULTS, NOT_PROCESSED]
    ),
    row!(
        "other_1",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        [RESULTS, OTHER]
    ),
    row!(
        "other_2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        [RESULTS, OTHER]
    ),
    row!("other_3", "3.其他", [RESULTS, OTHER]),
    RowDef {
        key: "total",
        label: "（七）总计",
        groups: &[RESULTS],
        sum_of: &[
            "granted",
            "partial",
            "withheld_1",
            "withheld_2",
            "withheld_3",
            "withheld_4",
            "withheld_5",
            "withheld_6",
            "withheld_7",
            "withheld_8",
            "unavailable_1",
            "unavailable_2",
            "unavailable_3",
            "not_processed_1",
            "not_processed_2",
            "not_processed_3",
            "not_processed_4",
            "not_processed_5",
            "other_1",
            "other_2",
            "other_3",
        ],
        super_group: None,
    },
    row!("forward", "四、结转下年度继续办理"),
];

/// Table 三 rows of the 2019 format (23 data rows: （六）其他处理 is a single row).
pub static TABLE3_ROWS_2019: &[RowDef] = &[
    row!("new", "一、本年新收政府信息公开申请数量"),
    row!("carry", "二、上年结转政府信息公开申请数量"),
    row!("granted", "（一）予以公开", [RESULTS]),
    row!(
        "partial",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        [RESULTS]
    ),
    row!("withheld_1", "1.属于国家秘密", [RESULTS, WITHHELD]),
    row!(
        "withheld_2",
        "2.其他法律行政法规禁止公开",
        [RESULTS, WITHHELD]
    ),
    row!("withheld_3", "3.危及“三安全一稳定”", [RESULTS, WITHHELD]),
    row!("withheld_4", "4.保护第三方合法权益", [RESULTS, WITHHELD]),
    row!("withheld_5", "5.属于三类内部事务信息", [RESULTS, WITHHELD]),
    row!("withheld_6", "6.属于四类过程性信息", [RESULTS, WITHHELD]),
    row!("withheld_7", "7.属于行政执法案卷", [RESULTS, WITHHELD]),
    row!("withheld_8", "8.属于行政查询事项", [RESULTS, WITHHELD]),
    row!(
        "unavailable_1",
        "1.本机关不掌握相关政府信息",
        [RESULTS, UNAVAILABLE]
    ),
    row!(
        "unavailable_2",
        "2.没有现成信息需要另行制作",
        [RESULTS, UNAVAILABLE]
    ),
    row!(
        "unavailable_3",
        "3.补正后申请内容仍不明确",
        [RESULTS, UNAVAILABLE]
    ),
    row!(
        "not_processed_1",
        "1.信访举报投诉类申请",
        [RESULTS, NOT_PROCESSED]
    ),
    row!("not_processed_2", "2.重复申请", [RESULTS, NOT_PROCESSED]),
    row!(
        "not_processed_3",
        "3.要求提供公开出版物",
        [RESULTS, NOT_PROCESSED]
    ),
    row!(
        "not_processed_4",
        "4.无正当理由大量反复申请",
        [RESULTS, NOT_PROCESSED]
    ),
    row!(
        "not_processed_5",
        "5.要求行政机关确认或重新出具已获取信息",
        [RESULTS, NOT_PROCESSED]
    ),
    row!("other", "（六）其他处理", [RESULTS]),
    RowDef {
        key: "total",
        label: "（七）总计",
        groups: &[RESULTS],
        sum_of: &[
            "granted",
            "partial",
            "withheld_1",
            "withheld_2",
            "withheld_3",
            "withheld_4",
            "withheld_5",
            "withheld_6",
            "withheld_7",
            "withheld_8",
            "unavailable_1",
            "unavailable_2",
            "unavailable_3",
            "not_processed_1",
            "not_processed_2",
            "not_processed_3",
            "not_processed_4",
            "not_processed_5",
            "other",
        ],
        super_group: None,
    },
    row!("forward", "四、结转下年度继续办理"),
];

/// Table 三 of the 2021 format.
pub static TABLE3_2021: TableDef = TableDef {
    key: "table3",
    section: "三",
    layout: Layout::Grid,
    corner: Some(TABLE3_CORNER),
    column_super: Some("申请人情况"),
    balance: Some(TABLE3_BALANCE),
    carried: TABLE3_CARRIED,
    label_omits: &[RESULTS],
    merged: Some(MergedRows {
        rows: &["other_1", "other_2", "other_3"],
        into: "other_3",
    }),
    blocks: &[BlockDef {
        caption: None,
        label_header: None,
        columns: TABLE3_COLUMNS,
        rows: TABLE3_ROWS_2021,
    }],
};

/// Table 三 of the 2019 format.
pub static TABLE3_2019: TableDef = TableDef {
    key: "table3",
    section: "三",
    layout: Layout::Grid,
    corner: Some(TABLE3_CORNER),
    column_super: Some("申请人情况"),
    balance: Some(TABLE3_BALANCE),
    carried: TABLE3_CARRIED,
    label_omits: &[RESULTS],
    merged: None,
    blocks: &[BlockDef {
        caption: None,
        label_header: None,
        columns: TABLE3_COLUMNS,
        rows: TABLE3_ROWS_2019,
    }],
};

/// The five columns of each table-四 group.
pub static TABLE4_COLUMNS: &[ColumnDef] = &[
    ColumnDef {
        key: "upheld",
        label: "结果维持",
        group: None,
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "corrected",
        label: "结果纠正",
        group: None,
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "other",
        label: "其他结果",
        group: None,
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "pending",
        label: "尚未审结",
        group: None,
        kind: CellKind::Count,
        total: false,
    },
    ColumnDef {
        key: "total",
        label: "总计",
        group: None,
        kind: CellKind::Count,
        total: true,
    },
];

/// Table 四, identical in both formats. Its data rows print as column groups of one line.
pub static TABLE4: TableDef = TableDef {
    key: "table4",
    section: "四",
    layout: Layout::Transposed,
    corner: None,
    column_super: None,
    balance: None,
    carried: &[],
    label_omits: &[],
    merged: None,
    blocks: &[BlockDef {
        caption: None,
        label_header: None,
        columns: TABLE4_COLUMNS,
        rows: &[
            RowDef {
                key: "review",
                label: "行政复议",
                groups: &[],
                sum_of: &[],
                super_group: None,
            },
            RowDef {
                key: "litigation_direct",
                label: "未经复议直接起诉",
                groups: &[],
                sum_of: &[],
                super_group: Some("行政诉讼"),
            },
            RowDef {
                key: "litigation_after_review",
                label: "复议后起诉",
                groups: &[],
                sum_of: &[],
                super_group: Some("行政诉讼"),
            },
        ],
    }],
};
