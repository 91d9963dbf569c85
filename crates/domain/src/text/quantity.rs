//! What a number quoted in the narrative counts, in terms of the tables it can be checked against.

use crate::format::{AppealColumns, AppealRows, ApplicantColumns, OutcomeRows, Readings, Rows};

/// An outcome row group of table 三 （三、本年度办理结果）.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// （一）予以公开.
    Granted,
    /// （二）部分公开.
    Partial,
    /// （一）+（二）: "予以公开及部分公开 N 件".
    GrantedOrPartial,
    /// （三）不予公开 (all eight reasons).
    Withheld,
    /// （四）无法提供.
    Unavailable,
    /// （五）不予处理.
    NotProcessed,
    /// （六）其他处理.
    OtherProcessing,
}

impl Outcome {
    /// The table 三 rows this outcome sums, as the format declares them.
    pub fn rows(self, r: &OutcomeRows) -> Rows {
        match self {
            Outcome::Granted => r.granted,
            Outcome::Partial => r.partial,
            Outcome::GrantedOrPartial => r.granted_or_partial,
            Outcome::Withheld => r.withheld,
            Outcome::Unavailable => r.unavailable,
            Outcome::NotProcessed => r.not_processed,
            Outcome::OtherProcessing => r.other_processing,
        }
    }
}

/// A group of table 四.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppealGroup {
    /// 行政复议.
    Review,
    /// 行政诉讼 in general: 未经复议直接起诉 + 复议后起诉.
    Litigation,
    /// 未经复议直接起诉.
    LitigationDirect,
    /// 复议后起诉.
    LitigationAfterReview,
}

impl AppealGroup {
    /// The table 四 row keys this group sums, as the format declares them.
    pub fn rows(self, r: &AppealRows) -> Rows {
        match self {
            AppealGroup::Review => r.review,
            AppealGroup::Litigation => r.litigation,
            AppealGroup::LitigationDirect => r.litigation_direct,
            AppealGroup::LitigationAfterReview => r.litigation_after_review,
        }
    }

    /// How the text calls it.
    pub fn label(self) -> &'static str {
        match self {
            AppealGroup::Review => "行政复议",
            AppealGroup::Litigation => "行政诉讼",
            AppealGroup::LitigationDirect => "未经复议直接起诉",
            AppealGroup::LitigationAfterReview => "复议后起诉",
        }
    }
}

/// A column of table 四 the text names; its key is the format's ([`AppealColumns`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppealColumn {
    /// A group's count: 总计.
    Total,
    /// 结果维持.
    Upheld,
    /// 结果纠正.
    Corrected,
    /// 其他结果.
    Other,
    /// 尚未审结.
    Pending,
}

impl AppealColumn {
    /// The column's key in the format's table 四.
    pub fn key(self, c: &AppealColumns) -> &'static str {
        match self {
            AppealColumn::Total => c.total,
            AppealColumn::Upheld => c.upheld,
            AppealColumn::Corrected => c.corrected,
            AppealColumn::Other => c.other,
            AppealColumn::Pending => c.pending,
        }
    }
}

/// An applicant type the text names; its table 三 columns are the format's
/// ([`ApplicantColumns`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Applicant {
    /// 自然人.
    Natural,
    /// 法人或其他组织 (every column of the group).
    Legal,
    /// 商业企业.
    Business,
    /// 科研机构.
    Research,
    /// 社会公益组织.
    PublicInterest,
    /// 法律服务机构.
    LegalServices,
}

impl Applicant {
    /// The table 三 columns this applicant type sums.
    pub fn columns(self, c: &ApplicantColumns) -> Rows {
        match self {
            Applicant::Natural => c.natural,
            Applicant::Legal => c.legal,
            Applicant::Business => c.business,
            Applicant::Research => c.research,
            Applicant::PublicInterest => c.public_interest,
            Applicant::LegalServices => c.legal_services,
        }
    }
}

/// A table 二 row whose documents are counted ("regulations", "normative_documents").
pub type DocRow = &'static str;

/// What is done to documents in table 二 （一）: the 2021 column key ("issued", "repealed",
/// "in_force").
pub type DocColumn = &'static str;

/// A quantity the narrative can state, checkable against the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// 收到/受理/接到 N 件: 新收, or 新收 + 上年结转 (reports differ).
    Received,
    /// 新收 N 件.
    New,
    /// "其中自然人申请 N 件": the sum of these table 三 columns of 新收, or of 新收 + 上年结转.
    Applicant(Applicant),
    /// 上年结转 N 件.
    Carried,
    /// 办结/答复/办理 N 件: （七）总计.
    Concluded,
    /// 结转下年度 N 件: 四、结转下年度继续办理.
    Forward,
    /// An outcome group of table 三.
    Outcome(Outcome),
    /// A table 四 cell (or the sum over a group's rows).
    Appeal(AppealGroup, AppealColumn),
    /// "均获维持": every case of the group was upheld.
    AllUpheld(AppealGroup),
    /// Table 二 （一）: documents of a row, by column.
    Documents(DocRow, DocColumn),
    /// Table 二 （五）（六）: decisions of a row ("licensing", "penalty", "coercion").
    Decisions(&'static str),
    /// Table 二 （八） 行政事业性收费 amount.
    Fees,
}

impl Quantity {
    /// The units a figure of this quantity is written with: applications and cases are 件
    /// (宗, 个, 起, 条, 份, 例), never 项; 次 (times) only where the shape names what is
    /// counted: received, answered ("收到政府信息公开申请3次") and 复议/诉讼 ("行政复议0次"), not
    /// an outcome or a carry-over.
    pub fn units(self) -> &'static str {
        match self {
            Quantity::Documents(..) => "件个项部",
            // Not 项: "行政许可24项" counts items of a power list, not decisions.
            Quantity::Decisions(_) => "件个宗次起",
            Quantity::Received | Quantity::New | Quantity::Concluded | Quantity::Appeal(..) => {
                "件个宗起条份例次"
            }
            // 条 and 份 too: the noun decides, not the unit ("收到申请19条", not "许可证5条").
            _ => "件个宗起条份例",
        }
    }

    /// The table 三 rows a count of this quantity is compared with, as the format declares
    /// them (`None` for a quantity of another table, or 收到 with its several readings).
    pub fn table3_rows(self, r: &Readings) -> Option<Rows> {
        Some(match self {
            Quantity::New => r.new,
            Quantity::Carried => r.carried,
            Quantity::Concluded => r.concluded,
            Quantity::Forward => r.forward,
            Quantity::Outcome(o) => o.rows(&r.outcomes),
            _ => return None,
        })
    }

    /// Which table the quantity is checked against.
    pub fn table(self) -> &'static str {
        match self {
            Quantity::Appeal(..) | Quantity::AllUpheld(_) => "table4",
            Quantity::Documents(..) | Quantity::Decisions(_) | Quantity::Fees => "table2",
            _ => "table3",
        }
    }
}
