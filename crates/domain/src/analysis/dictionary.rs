//! The indicator dictionary: what each indicator of the 对标分析 is, as data. A formula names
//! cells only through the format's declarations (the [`Readings`] of table 三 and 四, table 二's
//! row and column keys), so it reads the 2021 and the 2019 tables alike and repeats no label.

use crate::format::{AppealColumns, Readings, Rows};

/// A set of cells whose filled values are added up: one quantity of a formula.
#[derive(Debug, Clone, Copy)]
pub enum Cells {
    /// Table 三 rows a reading of the format names, in the table's total column.
    Applications(fn(&Readings) -> Rows),
    /// Table 四 rows a reading names, in the columns the readings' [`AppealColumns`] name.
    Appeals(
        fn(&Readings) -> Rows,
        &'static [fn(&AppealColumns) -> &'static str],
    ),
    /// Table 二 (一): a row of documents in the column the format reads a verb of the narrative
    /// as ("issued", "in_force"; see [`Readings::documents`]). A format without the verb
    /// (the 2019 table has no 现行有效件数) has no such cell.
    Documents {
        /// Row key ("regulations", "normative_documents").
        row: &'static str,
        /// The verb of [`Readings::documents`].
        verb: &'static str,
    },
    /// A table 二 cell by row and column key; a format without it has no such cell.
    Table2 {
        /// Row key.
        row: &'static str,
        /// Column key.
        column: &'static str,
    },
}

/// How an indicator is computed from its quantities.
#[derive(Debug, Clone, Copy)]
pub enum Formula {
    /// The sum of the cells (a count or an amount).
    Sum(&'static [Cells]),
    /// `numerator / denominator × scale` (100 for a percentage or per 100); a zero
    /// denominator gives 不适用, never 0 % or 100 %.
    Ratio {
        /// The cells added up above the line.
        numerator: &'static [Cells],
        /// The cells added up below the line.
        denominator: &'static [Cells],
        /// 100 for "%" and "每百件".
        scale: f64,
    },
}

/// What kind of figure an indicator is: it decides how a change from last year is judged
/// ([`crate::analysis::JumpThresholds`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A count or an amount: a jump is a ratio.
    Count,
    /// A share or a rate: a jump is a change in points.
    Rate,
}

/// One indicator.
#[derive(Debug, Clone, Copy)]
pub struct Indicator {
    /// Stable key, e.g. "conclusion_rate".
    pub key: &'static str,
    /// Chinese name, e.g. "办结率".
    pub name: &'static str,
    /// The formula over cells.
    pub formula: Formula,
    /// The unit shown after the value ("件", "%", "万元", "件/百件").
    pub unit: &'static str,
    /// Count or rate.
    pub measure: Measure,
    /// 口径说明: what it measures and what to keep in mind when comparing units.
    pub caveat: &'static str,
}

/// 已审结: every column of a table-四 group but 尚未审结 and 总计.
const DECIDED: &[fn(&AppealColumns) -> &'static str] =
    &[|c| c.upheld, |c| c.corrected, |c| c.other];

const NEW: &[Cells] = &[Cells::Applications(|r| r.new)];
const RECEIVED: &[Cells] = &[
    Cells::Applications(|r| r.new),
    Cells::Applications(|r| r.carried),
];
const CONCLUDED: &[Cells] = &[Cells::Applications(|r| r.concluded)];

const REVIEW_CORRECTED: &[Cells] = &[Cells::Appeals(|r| r.appeals.review, &[|c| c.corrected])];
const REVIEW_DECIDED: &[Cells] = &[Cells::Appeals(|r| r.appeals.review, DECIDED)];
const DIRECT_CORRECTED: &[Cells] = &[Cells::Appeals(
    |r| r.appeals.litigation_direct,
    &[|c| c.corrected],
)];
const DIRECT_DECIDED: &[Cells] = &[Cells::Appeals(|r| r.appeals.litigation_direct, DECIDED)];
const AFTER_CORRECTED: &[Cells] = &[Cells::Appeals(
    |r| r.appeals.litigation_after_review,
    &[|c| c.corrected],
)];
const AFTER_DECIDED: &[Cells] = &[Cells::Appeals(
    |r| r.appeals.litigation_after_review,
    DECIDED,
)];
const APPEALS: &[Cells] = &[
    Cells::Appeals(|r| r.appeals.review, &[|c| c.total]),
    Cells::Appeals(|r| r.appeals.litigation, &[|c| c.total]),
];

const fn count(
    key: &'static str,
    name: &'static str,
    cells: &'static [Cells],
    unit: &'static str,
    caveat: &'static str,
) -> Indicator {
    Indicator {
        key,
        name,
        formula: Formula::Sum(cells),
        unit,
        measure: Measure::Count,
        caveat,
    }
}

const fn rate(
    key: &'static str,
    name: &'static str,
    formula: Formula,
    unit: &'static str,
    caveat: &'static str,
) -> Indicator {
    Indicator {
        key,
        name,
        formula,
        unit,
        measure: Measure::Rate,
        caveat,
    }
}

/// Every indicator, in the order tables and reports show them.
pub static INDICATORS: &[Indicator] = &[
    count("new", "依申请新收", NEW, "件", "表三“本年新收”总计栏。只计本年新收到的申请，不含上年结转。"),
    count("received", "依申请总量（新收＋结转）", RECEIVED, "件", "本年新收与上年结转之和，即本年应办理的申请总量。"),
    rate("conclusion_rate", "办结率", share(CONCLUDED, RECEIVED), "%", "本年办理结果总计 ÷（新收＋上年结转）。年底前收到、依法尚在答复期内的申请结转下年，办结率低于100%不一定是问题。"),
    rate("granted_rate", "予以公开率", share(&[Cells::Applications(|r| r.outcomes.granted)], CONCLUDED), "%", "“予以公开”÷ 本年办理结果总计。不含部分公开。"),
    rate("disclosed_rate", "公开率（予以公开＋部分公开）", share(&[Cells::Applications(|r| r.outcomes.granted_or_partial)], CONCLUDED), "%", "（予以公开＋部分公开）÷ 本年办理结果总计。"),
    rate("withheld_rate", "不予公开率", share(&[Cells::Applications(|r| r.outcomes.withheld)], CONCLUDED), "%", "不予公开各项理由之和 ÷ 本年办理结果总计。"),
    rate("unavailable_rate", "无法提供率", share(&[Cells::Applications(|r| r.outcomes.unavailable)], CONCLUDED), "%", "无法提供各项之和 ÷ 本年办理结果总计。信息不存在多属正常答复，高低需结合申请内容判断。"),
    rate("not_processed_rate", "不予处理率", share(&[Cells::Applications(|r| r.outcomes.not_processed)], CONCLUDED), "%", "不予处理各项之和 ÷ 本年办理结果总计。"),
    rate("forward_rate", "结转率", share(&[Cells::Applications(|r| r.forward)], RECEIVED), "%", "结转下年度继续办理 ÷（新收＋上年结转）。"),
    rate("review_correction_rate", "行政复议纠错率", share(REVIEW_CORRECTED, REVIEW_DECIDED), "%", "行政复议“结果纠正”÷ 已审结（维持＋纠正＋其他结果），尚未审结的不计入。"),
    rate("litigation_direct_correction_rate", "行政诉讼纠错率（未经复议直接起诉）", share(DIRECT_CORRECTED, DIRECT_DECIDED), "%", "未经复议直接起诉的“结果纠正”÷ 已审结（维持＋纠正＋其他结果）。"),
    rate("litigation_after_review_correction_rate", "行政诉讼纠错率（复议后起诉）", share(AFTER_CORRECTED, AFTER_DECIDED), "%", "复议后起诉的“结果纠正”÷ 已审结（维持＋纠正＋其他结果）。"),
    rate("appeals_per_100", "每百件申请复议诉讼数", Formula::Ratio { numerator: APPEALS, denominator: NEW, scale: 100.0 }, "件/百件", "（行政复议总计＋行政诉讼总计）÷ 本年新收 × 100。复议诉讼可能针对上年的答复，申请量小的单位波动大。"),
    count("regulations_issued", "规章制发件数", &[Cells::Documents { row: "regulations", verb: "issued" }], "件", "表二第二十条第（一）项“规章”。2019年版表格为“本年新制作数量”。"),
    count("regulations_in_force", "规章现行有效件数", &[Cells::Documents { row: "regulations", verb: "in_force" }], "件", "表二“规章”现行有效件数。2019年版表格无此栏目，不适用。"),
    count("normative_issued", "行政规范性文件制发件数", &[Cells::Documents { row: "normative_documents", verb: "issued" }], "件", "表二“行政规范性文件”。2019年版表格为“规范性文件”本年新制作数量。"),
    count("normative_in_force", "行政规范性文件现行有效件数", &[Cells::Documents { row: "normative_documents", verb: "in_force" }], "件", "表二“行政规范性文件”现行有效件数。2019年版表格无此栏目，不适用。"),
    count("licensing_decisions", "行政许可处理决定数", &[Cells::Table2 { row: "licensing", column: "decisions" }], "件", "表二第二十条第（五）项“行政许可”本年处理决定数量。"),
    count("penalty_decisions", "行政处罚处理决定数", &[Cells::Table2 { row: "penalty", column: "decisions" }], "件", "表二第二十条第（六）项“行政处罚”本年处理决定数量。"),
    count("coercion_decisions", "行政强制处理决定数", &[Cells::Table2 { row: "coercion", column: "decisions" }], "件", "表二第二十条第（六）项“行政强制”本年处理决定数量。"),
    count("fees_amount", "行政事业性收费金额", &[Cells::Table2 { row: "fees", column: "amount" }], "万元", "表二第二十条第（八）项“行政事业性收费”本年收费金额。2019年版表格只有项目数量，不适用。"),
];

/// The indicator with a key.
pub fn indicator(key: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.key == key)
}

const fn share(numerator: &'static [Cells], denominator: &'static [Cells]) -> Formula {
    Formula::Ratio {
        numerator,
        denominator,
        scale: 100.0,
    }
}
