//! The claim shapes, as data: which words place a figure as which quantity (the verb, the outcome
//! or the subject), on which side of the figure they stand, and the words that may stand between
//! them (the noun the figure counts). A figure no entry places is unread, never compared.
//! Adding a wording real reports use is one line here; the scanner, the rules (which compare the
//! quantity with the cells [`Quantity`](super::quantity::Quantity) maps to) and the help follow.

use std::sync::OnceLock;

use super::charset::CharSet;
use super::numerals::starts_number;
use super::tokens::{CLAUSE_ENDS, SENTENCE_ENDS};

use super::quantity::{
    AppealColumn as C, AppealGroup as G, Applicant as A, Outcome as O, Quantity as Q,
};

/// Where the number stands relative to the keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// "收到申请 2 件": the number follows the keyword.
    Before,
    /// "1件结转下年度": the number precedes the keyword.
    After,
    /// Either way ("予以公开 3 件", "3 件予以公开").
    Both,
}

/// What a keyword does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A number attached to it states this quantity.
    Count(Q),
    /// A generic verb ("收到", "办结", "答复"): places a figure only when nothing but
    /// the noun of an application stands between them ([`APPLICATION_NOUNS`]: "受理政府信息公开
    /// 申请3件", not "办理排水许可证5条"), in a sentence about applications, and when no more
    /// specific word of the item places it ("结转至下一年度办理2件", "同意公开答复9件").
    Verb(Q),
    /// The noun itself ("N 件申请", "申请 N 件"): only when no other keyword claims the number.
    Weak(Q),
    /// Names a table 四 group: its number is the group's 总计, and the outcome words that follow
    /// in the same sentence refer to it.
    Group(G),
    /// A table 四 outcome column of the group named earlier in the sentence.
    AppealColumn(C),
    /// "均获维持": a claim about the groups named in the sentence.
    AllUpheld,
    /// A table 二 document row; the column comes from a verb in the clause (制发 by default).
    DocRow(&'static str),
    /// A table 二 document column; the row comes from the document word earlier in the sentence.
    DocVerb(&'static str),
    /// "未", "无", "没有": in a clause without numbers, the keywords that follow count 0.
    Negation,
    /// "占" before a percentage: the share of （七）总计 of the quantity just stated.
    Share,
    /// "公民、法人或其他组织" (anyone): qualifies the applications a verb counts, names no
    /// applicant column ([`APPLICANT_WORDS`]).
    AnyApplicant,
}

impl Role {
    /// Whether a number may attach to a keyword of this role (the others qualify a sentence
    /// or a clause, or read a number only after another statement).
    pub fn takes_number(self) -> bool {
        matches!(
            self,
            Count(_) | Verb(_) | Weak(_) | Group(_) | AppealColumn(_) | DocRow(_) | DocVerb(_)
        )
    }
}

/// One entry of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keyword {
    /// The word, as written (the scanner tolerates line breaks inside it).
    pub text: &'static str,
    /// What it anchors.
    pub role: Role,
    /// Where its number stands.
    pub side: Side,
}

const fn kw(text: &'static str, role: Role, side: Side) -> Keyword {
    Keyword { text, role, side }
}

use Role::*;
use Side::*;

/// The keyword table. At a position the longest matching word wins, so "上年度结转" beats
/// "结转" and "尚未审结" beats the negation "未".
pub static KEYWORDS: &[Keyword] = &[
    // Applications received (ambiguous: 新收 or 新收 + 上年结转).
    kw("收到", Verb(Q::Received), Before),
    kw("受理", Verb(Q::Received), Before),
    kw("接到", Verb(Q::Received), Before),
    kw("接收", Verb(Q::Received), Before),
    kw("收办", Verb(Q::Received), Before),
    // "全年收政府信息公开申请464件": the verb alone, with nothing but an application noun after it.
    kw("收", Verb(Q::Received), Before),
    kw("接收到", Verb(Q::Received), Before),
    // "收到并办理依申请公开政府信息24件": received (and handled).
    kw("收到并办理", Verb(Q::Received), Before),
    kw("申请", Weak(Q::Received), Both),
    kw("新收", Count(Q::New), Before),
    kw("新收到", Count(Q::New), Before),
    // By applicant type: the columns of 新收 (or of 新收 + 上年结转, as for 收到).
    kw("自然人", Count(Q::Applicant(A::Natural)), Before),
    kw("公民个人", Count(Q::Applicant(A::Natural)), Before),
    kw("法人或其他组织", Count(Q::Applicant(A::Legal)), Before),
    kw("法人和其他组织", Count(Q::Applicant(A::Legal)), Before),
    kw("法人及其他组织", Count(Q::Applicant(A::Legal)), Before),
    kw("商业企业", Count(Q::Applicant(A::Business)), Before),
    // "其中自然人34件，企业1件": 企业 among the applicant types is the 商业企业 column.
    kw("企业", Count(Q::Applicant(A::Business)), Before),
    kw("科研机构", Count(Q::Applicant(A::Research)), Before),
    kw(
        "社会公益组织",
        Count(Q::Applicant(A::PublicInterest)),
        Before,
    ),
    kw(
        "法律服务机构",
        Count(Q::Applicant(A::LegalServices)),
        Before,
    ),
    // Carried over from last year, and into next year.
    kw("上年结转", Count(Q::Carried), Both),
    kw("上年度结转", Count(Q::Carried), Both),
    kw("上一年度结转", Count(Q::Carried), Both),
    kw("去年结转", Count(Q::Carried), Both),
    kw("结转上年度", Count(Q::Carried), Before),
    kw("结转下年", Count(Q::Forward), Both),
    // "无下年度结转": the zero of 结转下年度, in the other word order.
    kw("下年度结转", Count(Q::Forward), Both),
    kw("结转下年度", Count(Q::Forward), Both),
    kw("结转至下年度", Count(Q::Forward), Both),
    kw("结转到下年度", Count(Q::Forward), Both),
    kw("结转下一年度", Count(Q::Forward), Both),
    kw("顺延到下年度", Count(Q::Forward), Both),
    kw("顺延至下年度", Count(Q::Forward), Both),
    kw("转入下年度", Count(Q::Forward), Both),
    kw("转下年度", Count(Q::Forward), Both),
    kw("结转下一年", Count(Q::Forward), Both),
    kw("转入下一年度", Count(Q::Forward), Both),
    kw("结转至下一年度", Count(Q::Forward), Both),
    kw("结转到下一年度", Count(Q::Forward), Both),
    kw("顺延至下一年度", Count(Q::Forward), Both),
    kw("顺延到下一年度", Count(Q::Forward), Both),
    // Concluded: （七）总计. After the figure too, as the last word of its clause, with only
    // words of manner between ("其余54件全部按时答复": [`ANSWER_MANNER`]).
    kw("办结", Verb(Q::Concluded), Both),
    kw("答复", Verb(Q::Concluded), Both),
    // "办理 N 件" is not placed: reports use it for received and for concluded alike.
    // Outcomes.
    kw("予以公开", Count(Q::Outcome(O::Granted)), Both),
    kw("全部公开", Count(Q::Outcome(O::Granted)), Both),
    kw("部分公开", Count(Q::Outcome(O::Partial)), Both),
    kw(
        "予以公开及部分公开",
        Count(Q::Outcome(O::GrantedOrPartial)),
        Both,
    ),
    kw(
        "予以公开和部分公开",
        Count(Q::Outcome(O::GrantedOrPartial)),
        Both,
    ),
    kw(
        "公开及部分公开",
        Count(Q::Outcome(O::GrantedOrPartial)),
        Both,
    ),
    kw("同意公开", Count(Q::Outcome(O::Granted)), Both),
    kw("不予公开", Count(Q::Outcome(O::Withheld)), Both),
    kw("无法提供", Count(Q::Outcome(O::Unavailable)), Both),
    kw("不予处理", Count(Q::Outcome(O::NotProcessed)), Both),
    // The old wording of 不予处理, generic like a verb (letters are 不予受理 too); also keeps
    // 受理 from reading it as applications received.
    kw("不予受理", Verb(Q::Outcome(O::NotProcessed)), Before),
    kw("其他处理", Count(Q::Outcome(O::OtherProcessing)), Both),
    // Table 四.
    kw("行政复议", Group(G::Review), Both),
    kw("复议", Group(G::Review), Before),
    kw("行政诉讼", Group(G::Litigation), Both),
    kw("诉讼", Group(G::Litigation), Before),
    kw("直接起诉", Group(G::LitigationDirect), Before),
    kw("未经复议直接起诉", Group(G::LitigationDirect), Before),
    kw("复议后起诉", Group(G::LitigationAfterReview), Before),
    kw("行政复议后起诉", Group(G::LitigationAfterReview), Before),
    kw("结果维持", AppealColumn(C::Upheld), Before),
    kw("维持", AppealColumn(C::Upheld), Before),
    kw("结果纠正", AppealColumn(C::Corrected), Before),
    kw("纠正", AppealColumn(C::Corrected), Before),
    kw("其他结果", AppealColumn(C::Other), Before),
    kw("尚未审结", AppealColumn(C::Pending), Both),
    kw("未审结", AppealColumn(C::Pending), Both),
    kw("均获维持", AllUpheld, Before),
    kw("均被维持", AllUpheld, Before),
    kw("均维持", AllUpheld, Before),
    kw("全部维持", AllUpheld, Before),
    // Table 二.
    kw("规章", DocRow("regulations"), Before),
    kw("规范性文件", DocRow("normative_documents"), Before),
    kw("行政规范性文件", DocRow("normative_documents"), Before),
    kw("制发", DocVerb("issued"), Before),
    kw("制定", DocVerb("issued"), Before),
    kw("印发", DocVerb("issued"), Before),
    kw("出台", DocVerb("issued"), Before),
    kw("废止", DocVerb("repealed"), Both),
    kw("现行有效", DocVerb("in_force"), Before),
    kw("行政许可", Count(Q::Decisions("licensing")), Before),
    kw("行政处罚", Count(Q::Decisions("penalty")), Before),
    kw("行政强制", Count(Q::Decisions("coercion")), Before),
    kw("行政事业性收费", Count(Q::Fees), Before),
    // Zero statements and shares.
    kw("未", Negation, Before),
    kw("无", Negation, Before),
    kw("没有", Negation, Before),
    kw("暂无", Negation, Before),
    // "公民、法人或其他组织提出的申请": anyone, the law's wording; names no applicant column.
    kw("公民、法人或其他组织", AnyApplicant, Before),
    kw("公民、法人或者其他组织", AnyApplicant, Before),
    kw("公民、法人和其他组织", AnyApplicant, Before),
    kw("公民、法人及其他组织", AnyApplicant, Before),
    kw("公民和法人或其他组织", AnyApplicant, Before),
    kw("公民和法人或者其他组织", AnyApplicant, Before),
    kw("占", Share, Before),
    kw("占比", Share, Before),
];

/// What may stand between a figure and the word that places it, whatever it counts: counting
/// words and particles ("共计", "了"). Whitespace and line breaks are passed too.
pub const COMMON_FILLER: &[&str] = &[
    "共计", "合计", "总计", "累计", "总数", "数量", "件数", "共", "各类", "了", "的", "为", "达",
    "其中", "提出",
];

/// The nouns of an application: what may stand between a verb and the figure it places
/// ("受理政府信息公开申请 3119件", "接到依申请公开件2件").
pub const APPLICATION_NOUNS: &[&str] = &[
    "要求公开政府信息的申请",
    "政府信息申请公开件",
    "依申请公开政府信息",
    "政府信息依申请公开",
    "依申请公开办理事项",
    "依申请政府信息公开事项",
    "依申请公开事项",
    "依申公开事项",
    "申请公开件",
    "信息公开",
    "该项",
    "政府信息公开申请",
    "信息公开申请",
    "依申请公开申请",
    "依申请公开件",
    "依申请公开政府信息",
    "依申请公开信息",
    "依申请信息公开件",
    "依申请信息",
    "政府信息依申请公开办理事项",
    "政府信息公开申请事项",
    "申请书",
    "依申请公开",
    "政府信息公开",
    "公开申请",
    "申请件",
    "申请",
    "依",
];

/// Who applied, when it names no applicant column: what may stand between a verb and the
/// figure beside the application nouns ("收到公民、法人或其他组织提交政府信息公开申请0条",
/// "收到群众依申请公开1件").
pub const APPLICANT_WORDS: &[&str] = &[
    "公民、法人或其他组织",
    "公民、法人或者其他组织",
    "公民、法人和其他组织",
    "公民、法人及其他组织",
    "公民和法人或其他组织",
    "公民和法人或者其他组织",
    "群众",
    "提交",
    "提出的",
];

/// The nouns of a 复议/诉讼 case ("行政复议案件2件").
pub const CASE_NOUNS: &[&str] = &["案件", "案"];

/// The nouns of table 二's documents and decisions ("规范性文件8件", "行政处罚决定12件").
pub const DOCUMENT_NOUNS: &[&str] = &["文件", "决定书", "决定"];

/// Words of a channel of submission ("线上办理26件", "通过网络收到申请25件"): a figure in an
/// item with one counts the applications of that channel, which no table cell holds.
pub const CHANNELS: &[&str] = &[
    "线上", "线下", "网上", "网络", "在线", "当面", "现场", "来信", "信函", "书面", "邮寄", "传真",
    "邮件", "窗口", "口头", "电话",
];

/// Words after a list of channels that make it every channel ("通过书面、网络等方式共收到申请
/// 12件"): the figure after them is the total, not a channel's count.
pub const ALL_CHANNELS: &[&str] = &[
    "等方式",
    "等渠道",
    "等形式",
    "等途径",
    "等多种方式",
    "等多种渠道",
];

/// Words of a period other than the report's year ("历年累计受理依申请公开信息申请0条"): a figure
/// in an item with one counts more than the year's tables hold.
pub const OTHER_PERIODS: &[&str] = &["历年", "以来", "至今"];

/// What is done to documents that table 二 does not count ("清理规范性文件0件", "备案审查",
/// "解读"): a document figure after one of these, with no verb of table 二, is left unread.
pub const OTHER_DOCUMENT_VERBS: &[&str] = &[
    "清理", "保留", "审查", "审核", "备案", "解读", "修订", "修改", "起草", "评估", "报送",
];

/// What may stand between a figure and a word after it ("72件申请按照《条例》顺延到下年度").
pub const AFTER_FILLER: &[&str] = &["申请", "按照《条例》", "按《条例》", "依法", "依规"];

/// Words of manner that may stand between a figure and the verb after it that places it, when
/// the verb ends its clause ("6件均严格按时限依法依规答复", "19件已按照规定时限和程序依法依规
/// 进行了答复", "其余54件全部按时答复"). Nothing that changes what was done: "不予", "未" and
/// the outcomes are not here ("3件不予公开答复" is an outcome, "2件未答复" no claim).
pub const ANSWER_MANNER: &[&str] = &[
    "均",
    "已",
    "已经",
    "全部",
    "都",
    "严格",
    "按照",
    "依照",
    "按",
    "依据",
    "规定",
    "法定",
    "时限",
    "期限",
    "时间",
    "程序",
    "要求",
    "在",
    "内",
    "和",
    "及",
    "依法",
    "依规",
    "按时",
    "按时限",
    "按期",
    "及时",
    "进行",
    "了",
    "予以",
    "完成",
    "作出",
    "规范",
];

/// What may follow a verb that places the figure before it, up to the end of its clause.
pub const ANSWER_END: &[&str] = &["完毕", "了", "完成"];

/// What may stand between a negation and the subject it denies ("未收到政府信息公开申请",
/// "未发生行政复议、行政诉讼案件"): the receiving verbs and the application nouns; nothing else
/// ("未发生被行政复议纠错的情况" denies no count).
pub const NEGATED_VERBS: &[&str] = &[
    "收到", "受理", "接到", "接收", "发生", "产生", "出现", "涉及", "有",
];

/// What else may stand in a negated clause between the negation and the subjects it denies,
/// beside [`NEGATED_VERBS`] and the nouns: the cause ("未发生因政府信息公开申请引起的行政复议"),
/// the things denied with them ("未发生…举报、投诉、行政复议"), "任何形式的", the verb of a
/// suit ("提起行政诉讼"), the agency concerned, the passive ("未出现被行政诉讼、行政复议情况").
/// Not "纠错": "未发生被行政复议纠错的情况" denies no count (nor does any word after the last
/// subject other than these and [`NEGATED_TAIL`]).
pub const NEGATED_FILLER: &[&str] = &[
    "、",
    "被",
    "和",
    "及",
    "或",
    "任何",
    "形式",
    "公开",
    "政府信息",
    "方面",
    "因",
    "而",
    "引起",
    "引发",
    "提请",
    "提起",
    "举报",
    "投诉",
    "行政申诉",
    "申诉",
    "有关",
    "工作",
    "事务",
    "针对",
    "本部门",
    "本机关",
    "本单位",
    "案件",
    "案",
];

/// What may end a negated clause after the subjects it denies ("…行政复议和行政诉讼的情况",
/// "…等现象").
pub const NEGATED_TAIL: &[&str] = &[
    "情况", "情形", "现象", "事件", "事项", "等", "信息", "请求", ".",
];

/// What the tokenizer does at a character, by [`Matcher::class`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Passed unread.
    Plain,
    /// A line break: a page-number line may follow.
    LineBreak,
    /// Ends a sentence (one of [`SENTENCE_ENDS`]).
    SentenceEnd,
    /// Ends a clause (one of [`CLAUSE_ENDS`]).
    ClauseEnd,
    /// "、": ends a list item (a figure belongs to the words of its own item).
    ListEnd,
    /// A Kangxi radical look-alike of an ideograph (U+2F00–U+2FD5).
    Lookalike,
    /// May start a number: a digit, a Chinese numeral, 百 (of 百分之).
    Numeral,
    /// Starts the keywords of this index of the matcher's table.
    Keyword(usize),
}

/// The keywords of one first character by their second character, and the one-character
/// keyword alone (see `Matcher::following`).
type BySecond = (Vec<(char, Vec<usize>)>, Vec<usize>);

/// The table indexed by first character, longest words first, built once.
pub struct Matcher {
    /// Per Basic Multilingual Plane character, its class: 0 plain, 1 line break, 2 sentence
    /// end, 3 clause end, 4 numeral, 5 list end, 6 look-alike, 7 + n the first character of the keywords
    /// `by_first[n]`.
    /// One load classifies a character.
    class: Box<[u8]>,
    /// Per first character: the keyword indices longest first, and the characters that may
    /// follow it in one of them (most tries fail there: "公" + "信"); `None` when the character
    /// is a keyword by itself ("未"), which any character may follow.
    by_first: Vec<(Vec<usize>, Option<Vec<char>>)>,
    /// Per first character, the keywords by their second character (longest first, then the
    /// first character alone when it is a keyword), and last the one-character keyword alone:
    /// a try at "公开" compares only "公开及部分公开", not the six "公民…" words.
    by_second: Vec<BySecond>,
    /// The characters that are not [`Class::Plain`], a bit each, for the tokenizer's hot loop.
    stops: CharSet,
}

impl Matcher {
    /// The shared matcher over `KEYWORDS`.
    pub fn get() -> &'static Matcher {
        static M: OnceLock<Matcher> = OnceLock::new();
        M.get_or_init(|| {
            let mut class = vec![0u8; 0x10000].into_boxed_slice();
            let mut set = |chars: &mut dyn Iterator<Item = char>, v: u8| {
                for c in chars {
                    if let Some(slot) = class.get_mut(c as usize) {
                        *slot = v;
                    }
                }
            };
            set(&mut ['\n', '\r', '\u{c}'].into_iter(), 1);
            set(&mut SENTENCE_ENDS.chars(), 2);
            set(&mut CLAUSE_ENDS.chars(), 3);
            set(&mut ['、'].into_iter(), 5);
            // Kangxi radicals, look-alikes of ideographs ("⼀" for "一"): the text is read
            // again as the ideographs (`scan::read`); finding them costs the hot loop nothing.
            set(&mut ('\u{2F00}'..='\u{2FD5}'), 6);
            // Numerals: where a number may start (and 百, of 百分之). The words that qualify a
            // number (第, 等, 约…) are read back from the number when one is found.
            let numerals = (0u32..0x10000)
                .filter_map(char::from_u32)
                .filter(|&c| starts_number(c) || c == '百');
            set(&mut numerals.into_iter(), 4);
            let mut firsts: Vec<char> = Vec::new();
            let mut by_first: Vec<(Vec<usize>, Option<Vec<char>>)> = Vec::new();
            for (i, k) in KEYWORDS.iter().enumerate() {
                let mut chars = k.text.chars();
                let Some(c) = chars.next() else {
                    continue;
                };
                let n = match firsts.iter().position(|&f| f == c) {
                    Some(n) => n,
                    None => {
                        firsts.push(c);
                        by_first.push((Vec::new(), Some(Vec::new())));
                        firsts.len() - 1
                    }
                };
                let (words, seconds) = &mut by_first[n];
                words.push(i);
                match (chars.next(), seconds.as_mut()) {
                    (Some(second), Some(seconds)) if !seconds.contains(&second) => {
                        seconds.push(second)
                    }
                    (Some(_), Some(_)) => {}
                    (Some(_), None) => {}
                    (None, _) => *seconds = None,
                }
                // The table holds 250 keyword starts at most (it has some forty).
                if let (Some(slot), Ok(v)) = (class.get_mut(c as usize), u8::try_from(n + 7)) {
                    *slot = v;
                }
            }
            for (words, _) in &mut by_first {
                crate::order::sort_by_key(words, |&i| {
                    std::cmp::Reverse(KEYWORDS[i].text.chars().count())
                });
            }
            let by_second = by_first
                .iter()
                .map(|(words, _)| {
                    let second = |i: usize| KEYWORDS[i].text.chars().nth(1);
                    let alone: Vec<usize> = words
                        .iter()
                        .copied()
                        .filter(|&i| second(i).is_none())
                        .collect();
                    let mut lists: Vec<(char, Vec<usize>)> = Vec::new();
                    for &i in words {
                        let Some(c) = second(i) else { continue };
                        match lists.iter_mut().find(|(s, _)| *s == c) {
                            Some((_, l)) => l.push(i),
                            None => lists.push((c, vec![i])),
                        }
                    }
                    for (_, l) in &mut lists {
                        l.extend(&alone);
                    }
                    (lists, alone)
                })
                .collect();
            let stops = CharSet::new(
                (0u32..0x10000)
                    .filter(|&c| class.get(c as usize).is_some_and(|&v| v != 0))
                    .filter_map(char::from_u32),
            );
            Matcher {
                class,
                by_first,
                by_second,
                stops,
            }
        })
    }

    /// The characters the tokenizer must look at.
    pub fn stops(&self) -> &CharSet {
        &self.stops
    }

    /// What the tokenizer does at a character (a code point).
    pub fn class(&self, c: u32) -> Class {
        match self.class.get(c as usize).copied().unwrap_or(0) {
            0 => Class::Plain,
            1 => Class::LineBreak,
            2 => Class::SentenceEnd,
            3 => Class::ClauseEnd,
            4 => Class::Numeral,
            5 => Class::ListEnd,
            6 => Class::Lookalike,
            n => Class::Keyword(usize::from(n) - 7),
        }
    }

    /// The keywords of [`Class::Keyword`] `n`, longest first, and the characters that may
    /// follow their first one (`None`: any may, as the first is a keyword itself).
    pub fn keywords(&self, n: usize) -> (&[usize], Option<&[char]>) {
        match self.by_first.get(n) {
            Some((words, seconds)) => (words, seconds.as_deref()),
            None => (&[], Some(&[])),
        }
    }

    /// The keywords of [`Class::Keyword`] `n` that the character `second` may follow the first
    /// one in, longest first: those with `second` as their second character, then the first
    /// character alone when it is a keyword.
    pub fn following(&self, n: usize, second: char) -> &[usize] {
        match self.by_second.get(n) {
            Some((lists, alone)) => lists
                .iter()
                .find(|(c, _)| *c == second)
                .map_or(alone.as_slice(), |(_, l)| l.as_slice()),
            None => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_well_formed() {
        for (i, k) in KEYWORDS.iter().enumerate() {
            assert!(!k.text.is_empty() && !k.text.contains(char::is_whitespace));
            assert!(
                KEYWORDS[..i].iter().all(|o| o.text != k.text),
                "duplicate keyword {}",
                k.text
            );
        }
        let m = Matcher::get();
        let candidates = |c: char| match m.class(c as u32) {
            Class::Keyword(n) => m.keywords(n),
            _ => (&[][..], Some(&[][..])),
        };
        let c: Vec<&str> = candidates('上')
            .0
            .iter()
            .map(|&i| KEYWORDS[i].text)
            .collect();
        assert_eq!(c.first(), Some(&"上一年度结转"));
        assert!(candidates('的').0.is_empty());
        // A character has one class: no keyword starts with a break or a numeral.
        for k in KEYWORDS {
            let c = k.text.chars().next().unwrap_or('\0');
            assert!(matches!(m.class(c as u32), Class::Keyword(_)), "{}", k.text);
            assert!(
                !(SENTENCE_ENDS.contains(c)
                    || CLAUSE_ENDS.contains(c)
                    || starts_number(c)
                    || c == '百')
            );
        }
        assert_eq!(m.class('。' as u32), Class::SentenceEnd);
        assert_eq!(m.class('，' as u32), Class::ClauseEnd);
        assert_eq!(m.class('百' as u32), Class::Numeral);
        assert_eq!(m.class('\n' as u32), Class::LineBreak);
        assert_eq!(m.class('的' as u32), Class::Plain);
        assert_eq!(candidates('公').1, Some(&['民', '开'][..]));
        // By the second character: only the words it may follow the first in.
        let following = |c: char, second: char| -> Vec<&str> {
            let Class::Keyword(n) = m.class(c as u32) else {
                return Vec::new();
            };
            m.following(n, second)
                .iter()
                .map(|&i| KEYWORDS[i].text)
                .collect()
        };
        assert_eq!(following('公', '开'), ["公开及部分公开"]);
        assert_eq!(following('未', '审'), ["未审结", "未"]);
        assert_eq!(following('未', '收'), ["未"]);
        assert!(following('公', '信').is_empty());
        assert_eq!(candidates('未').1, None);
    }
}
