//! What a figure the narrative states counts in a format's tables: for each quantity the text
//! checks read ("收到 N 件", "予以公开 N 件", "行政复议 N 件", "制发规章 N 件"), the rows and
//! columns it can be compared with. The text reader knows the words; the format knows the cells.

use serde::Serialize;

/// Row keys: in table 三 each is a key prefix (a row counts when its key equals the prefix or
/// starts with it followed by '_', so "withheld" names all eight reasons); in table 四 an exact
/// key.
pub type Rows = &'static [&'static str];

/// The rows and columns each quantity of the narrative is compared with.
#[derive(Debug, Serialize)]
pub struct Readings {
    /// 收到/受理 N 件: each acceptable reading, as table 三 rows summed (reports differ: 本年新收,
    /// or 新收 + 上年结转, in that order: T3-6's finding names the two so). "其中自然人 N 件"
    /// reads the same rows in the applicant's columns.
    pub received: &'static [Rows],
    /// 新收 N 件.
    pub new: Rows,
    /// 上年结转 N 件.
    pub carried: Rows,
    /// 办结/答复 N 件: （七）总计, also the whole a share is taken of.
    pub concluded: Rows,
    /// 结转下年度 N 件.
    pub forward: Rows,
    /// The outcome groups of table 三 （三、本年度办理结果）.
    pub outcomes: OutcomeRows,
    /// The groups of table 四.
    pub appeals: AppealRows,
    /// The columns of table 四 the text names ("维持 N 件", a group's N 件 is its 总计).
    pub appeal_columns: AppealColumns,
    /// The table 三 columns of each applicant type the text names ("其中自然人 N 件").
    pub applicants: ApplicantColumns,
    /// Table 二 （一）: for each verb the text reads ("issued", "repealed", "in_force", or
    /// "unstated" for a count with none), the acceptable readings as columns of the row.
    pub documents: &'static [(&'static str, &'static [Rows])],
}

/// The table 三 rows of each outcome group.
#[derive(Debug, Serialize)]
pub struct OutcomeRows {
    /// （一）予以公开.
    pub granted: Rows,
    /// （二）部分公开.
    pub partial: Rows,
    /// （一）＋（二）: "予以公开及部分公开 N 件".
    pub granted_or_partial: Rows,
    /// （三）不予公开 (all eight reasons).
    pub withheld: Rows,
    /// （四）无法提供.
    pub unavailable: Rows,
    /// （五）不予处理.
    pub not_processed: Rows,
    /// （六）其他处理.
    pub other_processing: Rows,
}

/// The table 四 rows of each group the text names.
#[derive(Debug, Serialize)]
pub struct AppealRows {
    /// 行政复议.
    pub review: Rows,
    /// 行政诉讼 in general.
    pub litigation: Rows,
    /// 未经复议直接起诉.
    pub litigation_direct: Rows,
    /// 复议后起诉.
    pub litigation_after_review: Rows,
}

/// Table 四's column keys, by what the text names.
#[derive(Debug, Serialize)]
pub struct AppealColumns {
    /// A group's count ("行政复议 N 件"): 总计.
    pub total: &'static str,
    /// 结果维持.
    pub upheld: &'static str,
    /// 结果纠正.
    pub corrected: &'static str,
    /// 其他结果.
    pub other: &'static str,
    /// 尚未审结.
    pub pending: &'static str,
}

/// Table 三's applicant columns, by the words the text uses for them.
#[derive(Debug, Serialize)]
pub struct ApplicantColumns {
    /// 自然人, 公民个人.
    pub natural: Rows,
    /// 法人或其他组织: every column of the group.
    pub legal: Rows,
    /// 商业企业, 企业.
    pub business: Rows,
    /// 科研机构.
    pub research: Rows,
    /// 社会公益组织.
    pub public_interest: Rows,
    /// 法律服务机构.
    pub legal_services: Rows,
}

impl Readings {
    /// Every table 三 row list declared, so the format's index resolves each once.
    pub fn table3_rows(&self) -> impl Iterator<Item = Rows> + '_ {
        let o = &self.outcomes;
        self.received.iter().copied().chain([
            self.new,
            self.carried,
            self.concluded,
            self.forward,
            o.granted,
            o.partial,
            o.granted_or_partial,
            o.withheld,
            o.unavailable,
            o.not_processed,
            o.other_processing,
        ])
    }
}

/// Whether a row key belongs to a prefix: "withheld_3" and "withheld" belong to "withheld".
pub fn row_in(key: &str, prefix: &str) -> bool {
    key == prefix || key.strip_prefix(prefix).is_some_and(|r| r.starts_with('_'))
}

const NEW: Rows = &["new"];
const CARRY: Rows = &["carry"];

const OUTCOMES: OutcomeRows = OutcomeRows {
    granted: &["granted"],
    partial: &["partial"],
    granted_or_partial: &["granted", "partial"],
    withheld: &["withheld"],
    unavailable: &["unavailable"],
    not_processed: &["not_processed"],
    other_processing: &["other"],
};

const APPEALS: AppealRows = AppealRows {
    review: &["review"],
    litigation: &["litigation_direct", "litigation_after_review"],
    litigation_direct: &["litigation_direct"],
    litigation_after_review: &["litigation_after_review"],
};

const APPEAL_COLUMNS: AppealColumns = AppealColumns {
    total: "total",
    upheld: "upheld",
    corrected: "corrected",
    other: "other",
    pending: "pending",
};

const APPLICANTS: ApplicantColumns = ApplicantColumns {
    natural: &["natural"],
    legal: &[
        "business",
        "research",
        "public_interest",
        "legal_services",
        "other",
    ],
    business: &["business"],
    research: &["research"],
    public_interest: &["public_interest"],
    legal_services: &["legal_services"],
};

/// The readings of the 2021 format.
pub static READINGS_2021: Readings = BASE_2021;

/// The 2021 readings as a constant the 2019 ones start from.
const BASE_2021: Readings = Readings {
    received: &[NEW, &["new", "carry"]],
    new: NEW,
    carried: CARRY,
    concluded: &["total"],
    forward: &["forward"],
    outcomes: OUTCOMES,
    appeals: APPEALS,
    appeal_columns: APPEAL_COLUMNS,
    applicants: APPLICANTS,
    documents: &[
        // A count without a verb is what was issued this year, or what is in force.
        ("unstated", &[&["issued"], &["in_force"]]),
        ("issued", &[&["issued"]]),
        ("repealed", &[&["repealed"]]),
        ("in_force", &[&["in_force"]]),
    ],
};

/// The readings of the 2019 format: table 二 counts documents 制作 and 公开 this year.
pub static READINGS_2019: Readings = Readings {
    documents: &[
        ("issued", &[&["made"], &["published"]]),
        ("unstated", &[&["made"], &["published"]]),
    ],
    ..BASE_2021
};
