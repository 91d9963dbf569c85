//! The wording of the standard sentences, as data: the phrases real reports use for the
//! figures of tables 三 and 四, each with `{n}` where the figure goes. One place: the sentence
//! builder ([`super::sentence`]) only joins these, and a test reads every sentence it writes
//! back through the text checks, so a wording the checks cannot read fails there.

use crate::text::{AppealColumn, Outcome};

/// The phrases of the 依申请公开 sentence (table 三).
#[derive(Debug)]
pub struct RequestWording {
    /// Nothing received and nothing carried over: the whole statement.
    pub none: &'static str,
    /// New applications this year (more than none).
    pub new: &'static str,
    /// No new application, but some carried over (the carried clause follows).
    pub no_new: &'static str,
    /// Applications carried over from last year (more than none).
    pub carried: &'static str,
    /// Applications concluded: （七）总计.
    pub concluded: &'static str,
    /// The same, when nothing was said of the applications received (their cells blank).
    pub concluded_alone: &'static str,
    /// What introduces the outcomes listed after the concluded count.
    pub outcomes_lead: &'static str,
    /// Each outcome group of table 三, in the table's order, with its phrase.
    pub outcomes: &'static [(Outcome, &'static str)],
    /// Applications carried into next year (more than none).
    pub forward: &'static str,
}

/// The phrases of the 复议诉讼 sentence (table 四).
#[derive(Debug)]
pub struct AppealWording {
    /// No review and no suit: the whole statement.
    pub none: &'static str,
    /// Reviews (more than none).
    pub review: &'static str,
    /// No review, but suits (the litigation clause follows).
    pub no_review: &'static str,
    /// Suits: 未经复议直接起诉 + 复议后起诉 (more than none).
    pub litigation: &'static str,
    /// Reviews, but no suit.
    pub no_litigation: &'static str,
    /// Each outcome column of table 四 a group's count is followed by, with its phrase.
    pub outcomes: &'static [(AppealColumn, &'static str)],
}

/// The phrases of the 主动公开 sentence (table 二), the opening of 一（一）.
#[derive(Debug)]
pub struct ProactiveWording {
    /// What the sentence opens with.
    pub lead: &'static str,
    /// Each document row of table 二 （第二十条第（一）项）: its key and its name in the text.
    pub documents: &'static [(&'static str, &'static str)],
    /// A document row's count issued this year, with `{row}` for its name ("制发规章2件").
    pub issued: &'static str,
    /// A row's other counts, each a verb the text checks read ("废止1件", "现行有效5件"); the
    /// first of a row names the row when nothing issued was stated ("规章废止1件").
    pub counts: &'static [(&'static str, &'static str)],
    /// What introduces the decisions listed.
    pub decisions_lead: &'static str,
    /// Each decision row of table 二, in the table's order, with its phrase.
    pub decisions: &'static [(&'static str, &'static str)],
    /// The fees charged (万元, as entered), with `{a}` for the amount.
    pub fees: &'static str,
    /// Nothing issued, repealed or in force, no decision and no fee stated: the whole statement.
    pub none: &'static str,
}

/// Punctuation between the pieces of a sentence.
#[derive(Debug)]
pub struct Joints {
    /// Between the clauses of one statement ("…12件，上年结转2件").
    pub clause: &'static str,
    /// Between two statements of one sentence ("…上年结转2件；办结13件").
    pub statement: &'static str,
    /// Between the items of a list ("予以公开6件、部分公开2件").
    pub item: &'static str,
    /// The end of the sentence.
    pub end: &'static str,
}

/// Every phrase of the standard sentences.
#[derive(Debug)]
pub struct Wording {
    /// Table 二.
    pub proactive: ProactiveWording,
    /// Table 三.
    pub requests: RequestWording,
    /// Table 四.
    pub appeals: AppealWording,
    /// Punctuation.
    pub joints: Joints,
}

/// The wording, as reports word these figures (Arabic figures; a count of none stated as
/// "未…", and only the rows that are not zero listed).
pub static WORDING: Wording = Wording {
    proactive: ProactiveWording {
        lead: "本年度",
        documents: &[
            ("regulations", "规章"),
            ("normative_documents", "行政规范性文件"),
        ],
        issued: "制发{row}{n}件",
        counts: &[("repealed", "废止{n}件"), ("in_force", "现行有效{n}件")],
        decisions_lead: "作出",
        decisions: &[
            ("licensing", "行政许可决定{n}件"),
            ("penalty", "行政处罚决定{n}件"),
            ("coercion", "行政强制决定{n}件"),
        ],
        fees: "收取行政事业性收费{a}万元",
        none: "本年度未制发规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定",
    },
    requests: RequestWording {
        none: "本年度未收到政府信息公开申请",
        new: "本年度共新收政府信息公开申请{n}件",
        no_new: "本年度未新收政府信息公开申请",
        carried: "上年结转{n}件",
        concluded: "办结{n}件",
        concluded_alone: "本年度办结政府信息公开申请{n}件",
        outcomes_lead: "其中",
        outcomes: &[
            (Outcome::Granted, "予以公开{n}件"),
            (Outcome::Partial, "部分公开{n}件"),
            (Outcome::Withheld, "不予公开{n}件"),
            (Outcome::Unavailable, "无法提供{n}件"),
            (Outcome::NotProcessed, "不予处理{n}件"),
            (Outcome::OtherProcessing, "其他处理{n}件"),
        ],
        forward: "结转下年度继续办理{n}件",
    },
    appeals: AppealWording {
        none: "本年度未发生政府信息公开行政复议、行政诉讼案件",
        review: "本年度发生政府信息公开行政复议{n}件",
        no_review: "本年度未发生政府信息公开行政复议",
        litigation: "行政诉讼{n}件",
        no_litigation: "未发生行政诉讼",
        outcomes: &[
            (AppealColumn::Upheld, "结果维持{n}件"),
            (AppealColumn::Corrected, "纠正{n}件"),
            (AppealColumn::Other, "其他结果{n}件"),
            (AppealColumn::Pending, "尚未审结{n}件"),
        ],
    },
    joints: Joints {
        clause: "，",
        statement: "；",
        item: "、",
        end: "。",
    },
};

/// A phrase with its figure: `{n}` replaced by `n` in Arabic digits.
pub fn fill(phrase: &str, n: i64) -> String {
    phrase.replace("{n}", &n.to_string())
}
