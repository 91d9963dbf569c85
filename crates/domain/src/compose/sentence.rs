//! The standard sentences written from the tables: what 一（二）依申请公开 says of table 三 and
//! what reports say of table 四, in the wording of [`WORDING`]. Each figure is the value of the
//! very reading the text checks compare it with ([`readings`], [`reading_value`]), so what the
//! sentence states agrees with the tables by construction; a figure whose cells are blank is
//! not stated at all (blank is not 0).

use crate::model::Report;
use crate::rules::{reading_value, readings, Context};
use crate::text::{AppealColumn, AppealGroup, Quantity};

use super::wording::{fill, WORDING};

/// What a standard sentence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Documents, decisions and fees published proactively: table 二.
    Proactive,
    /// Applications received and handled: table 三.
    Requests,
    /// Administrative reviews and suits: table 四.
    Appeals,
}

impl Topic {
    /// Every topic, in the order the form offers them.
    pub const ALL: [Topic; 3] = [Topic::Proactive, Topic::Requests, Topic::Appeals];

    /// Stable key ("requests", "appeals").
    pub fn key(self) -> &'static str {
        match self {
            Topic::Proactive => "proactive",
            Topic::Requests => "requests",
            Topic::Appeals => "appeals",
        }
    }

    /// The topic with a key.
    pub fn from_key(key: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.key() == key)
    }

    /// What the form's button says it writes.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Proactive => "主动公开情况",
            Topic::Requests => "依申请公开情况",
            Topic::Appeals => "行政复议、行政诉讼情况",
        }
    }

    /// The narrative part the form offers it in: table 二's figures open 一（一）主动公开 (where
    /// T2-3 reads them); 一（二）依申请公开 states both the applications and the reviews and
    /// suits they led to (the text checks read it for both).
    pub fn part(self) -> &'static str {
        match self {
            Topic::Proactive => "overview_proactive",
            Topic::Requests | Topic::Appeals => "overview_on_request",
        }
    }

    /// The topics the form offers in a part, in order.
    pub fn offered_in(part: &str) -> impl Iterator<Item = Topic> + '_ {
        Topic::ALL.into_iter().filter(move |t| t.part() == part)
    }

    /// The table the sentence is written from.
    pub fn table(self) -> &'static str {
        match self {
            Topic::Proactive => "table2",
            Topic::Requests => "table3",
            Topic::Appeals => "table4",
        }
    }

    /// Whether a figure of the narrative stating `q` belongs to a sentence of this topic.
    pub fn states(self, q: Quantity) -> bool {
        match self {
            Topic::Proactive => matches!(
                q,
                Quantity::Documents(..) | Quantity::Decisions(_) | Quantity::Fees
            ),
            Topic::Requests => matches!(
                q,
                Quantity::Received
                    | Quantity::New
                    | Quantity::Applicant(_)
                    | Quantity::Carried
                    | Quantity::Concluded
                    | Quantity::Forward
                    | Quantity::Outcome(_)
            ),
            Topic::Appeals => matches!(q, Quantity::Appeal(..) | Quantity::AllUpheld(_)),
        }
    }
}

/// The value the tables hold for a quantity, as the text checks read it (its first reading);
/// `None` when a cell of it is blank or the format has no cell for it.
fn value(ctx: &Context, q: Quantity) -> Option<i64> {
    readings(ctx.format, q)
        .first()
        .and_then(|r| reading_value(ctx, r))
}

/// The standard sentence of a topic from the report's tables, or why none can be written
/// (the table is still blank).
pub fn sentence(report: &Report, topic: Topic) -> Result<String, String> {
    let ctx = Context::new(report, None);
    let text = match topic {
        Topic::Proactive => proactive(&ctx),
        Topic::Requests => requests(&ctx),
        Topic::Appeals => appeals(&ctx),
    };
    text.ok_or_else(|| {
        let table = match topic {
            Topic::Proactive => "表二",
            Topic::Requests => "表三",
            Topic::Appeals => "表四",
        };
        format!("{table}尚未填写，无法生成语句：请先填写{table}")
    })
}

/// "本年度制发规章1件、废止1件、现行有效5件；制发行政规范性文件3件、…；作出行政许可决定120件、
/// 行政处罚决定30件；收取行政事业性收费0.35万元。" Each count is stated only where the format
/// has a cell the text checks compare it with (2019's table 二 counts 制作 and 公开, no 废止 or
/// 现行有效, and no fee amount), and only when it is more than 0.
fn proactive(ctx: &Context) -> Option<String> {
    let w = &WORDING.proactive;
    let j = &WORDING.joints;
    let mut any_filled = false;
    let mut seen = |v: Option<i64>| {
        any_filled |= v.is_some();
        v.filter(|&v| v > 0)
    };
    let mut statements: Vec<String> = Vec::new();
    for &(row, name) in w.documents {
        let issued = seen(value(ctx, Quantity::Documents(row, "issued")));
        let mut items: Vec<String> = issued
            .map(|n| fill(&w.issued.replace("{row}", name), n))
            .into_iter()
            .collect();
        for &(verb, phrase) in w.counts {
            if let Some(n) = seen(value(ctx, Quantity::Documents(row, verb))) {
                let item = fill(phrase, n);
                // Without 制发 before it, the first count names its row.
                items.push(if items.is_empty() {
                    format!("{name}{item}")
                } else {
                    item
                });
            }
        }
        if !items.is_empty() {
            statements.push(items.join(j.item));
        }
    }
    let decisions: Vec<String> = w
        .decisions
        .iter()
        .filter_map(|&(row, phrase)| {
            Some(fill(phrase, seen(value(ctx, Quantity::Decisions(row)))?))
        })
        .collect();
    if !decisions.is_empty() {
        statements.push(format!("{}{}", w.decisions_lead, decisions.join(j.item)));
    }
    if let Some(a) = fee(ctx) {
        any_filled = true;
        if a.trim_start_matches(['0', '.']).is_empty() {
            // 0 万元: nothing charged, nothing stated.
        } else {
            statements.push(w.fees.replace("{a}", &a));
        }
    }
    if !any_filled {
        return None;
    }
    if statements.is_empty() {
        return Some(format!("{}{}", w.none, j.end));
    }
    Some(format!(
        "{}{}{}",
        w.lead,
        statements.join(j.statement),
        j.end
    ))
}

/// The fee amount of table 二 as entered (万元), when the format has the cell and it is filled.
fn fee(ctx: &Context) -> Option<String> {
    let reading = readings(ctx.format, Quantity::Fees).into_iter().next()?;
    match ctx.report.get(reading.first()?)? {
        crate::model::Cell::Amount(a) => Some(a.as_str().to_string()),
        _ => None,
    }
}

/// "本年度共新收政府信息公开申请12件，上年结转2件；办结13件，其中予以公开6件、…，结转下年度继续办理1件。"
fn requests(ctx: &Context) -> Option<String> {
    let w = &WORDING.requests;
    let j = &WORDING.joints;
    let new = value(ctx, Quantity::New);
    let carried = value(ctx, Quantity::Carried);
    let concluded = value(ctx, Quantity::Concluded);
    let forward = value(ctx, Quantity::Forward);
    let mut statements: Vec<String> = Vec::new();
    // What came in: none at all is one "未…" statement.
    let mut received: Vec<String> = Vec::new();
    match (new, carried) {
        (Some(0), Some(0) | None) => received.push(w.none.to_string()),
        (Some(0), Some(c)) => {
            received.push(w.no_new.to_string());
            received.push(fill(w.carried, c));
        }
        (n, c) => {
            received.extend(n.filter(|&n| n > 0).map(|n| fill(w.new, n)));
            received.extend(c.filter(|&c| c > 0).map(|c| fill(w.carried, c)));
        }
    }
    if !received.is_empty() {
        statements.push(received.join(j.clause));
    }
    // What was done: the count concluded, then the outcomes that are not zero.
    let mut done: Vec<String> = Vec::new();
    if let Some(t) = concluded.filter(|&t| t > 0) {
        let items: Vec<String> = w
            .outcomes
            .iter()
            .filter_map(|&(o, phrase)| {
                let v = value(ctx, Quantity::Outcome(o)).filter(|&v| v > 0)?;
                Some(fill(phrase, v))
            })
            .collect();
        // "办结 N 件" counts applications only in a sentence about them: alone, it names them.
        let named = new.is_some_and(|n| n >= 0);
        let phrase = if !named {
            w.concluded_alone
        } else {
            w.concluded
        };
        let mut head = fill(phrase, t);
        if !items.is_empty() {
            head = format!(
                "{head}{}{}{}",
                j.clause,
                w.outcomes_lead,
                items.join(j.item)
            );
        }
        done.push(head);
    }
    if let Some(f) = forward.filter(|&f| f > 0) {
        done.push(fill(w.forward, f));
    }
    if !done.is_empty() {
        statements.push(done.join(j.clause));
    }
    if statements.is_empty() {
        return None;
    }
    Some(format!("{}{}", statements.join(j.statement), j.end))
}

/// "本年度发生政府信息公开行政复议2件，结果维持1件、纠正1件；行政诉讼0件。"
fn appeals(ctx: &Context) -> Option<String> {
    let w = &WORDING.appeals;
    let j = &WORDING.joints;
    let total = |g| value(ctx, Quantity::Appeal(g, AppealColumn::Total));
    let group = |g, phrase: &str| -> String {
        let items: Vec<String> = w
            .outcomes
            .iter()
            .filter_map(|&(c, p)| {
                let v = value(ctx, Quantity::Appeal(g, c)).filter(|&v| v > 0)?;
                Some(fill(p, v))
            })
            .collect();
        let head = total(g).map_or_else(String::new, |n| fill(phrase, n));
        if items.is_empty() {
            head
        } else {
            format!("{head}{}{}", j.clause, items.join(j.item))
        }
    };
    let review = total(AppealGroup::Review);
    let litigation = total(AppealGroup::Litigation);
    let statements: Vec<String> = match (review, litigation) {
        (None, None) => return None,
        (Some(0), Some(0)) => vec![w.none.to_string()],
        // One group blank (not 0): only the other is stated.
        (Some(0), None) => vec![w.no_review.to_string()],
        (None, Some(0)) => vec![w.no_litigation.to_string()],
        (Some(0), Some(_)) => vec![
            w.no_review.to_string(),
            group(AppealGroup::Litigation, w.litigation),
        ],
        (Some(_), Some(0)) => vec![
            group(AppealGroup::Review, w.review),
            w.no_litigation.to_string(),
        ],
        (Some(_), None) => vec![group(AppealGroup::Review, w.review)],
        (None, Some(_)) => vec![group(AppealGroup::Litigation, w.litigation)],
        (Some(_), Some(_)) => vec![
            group(AppealGroup::Review, w.review),
            group(AppealGroup::Litigation, w.litigation),
        ],
    };
    Some(format!("{}{}", statements.join(j.statement), j.end))
}
