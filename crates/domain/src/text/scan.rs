//! One pass over a narrative part: keywords and numbers become tokens, then each figure is
//! placed by the claim shapes of [`KEYWORDS`](super::keywords::KEYWORDS): the words of its own
//! list item that place it (a verb, an outcome, a subject), with nothing but the noun it counts
//! between them. A figure no shape places is unread: the checks never compare it.

use std::borrow::Cow;
use std::ops::Range;

use super::keywords::{
    Keyword, Role, Side, AFTER_FILLER, ALL_CHANNELS, ANSWER_END, ANSWER_MANNER, APPLICANT_WORDS,
    APPLICATION_NOUNS, CASE_NOUNS, CHANNELS, COMMON_FILLER, DOCUMENT_NOUNS, NEGATED_FILLER,
    NEGATED_TAIL, NEGATED_VERBS, OTHER_DOCUMENT_VERBS, OTHER_PERIODS,
};
use super::numerals::{Fixed, Unit};
use super::quantity::{AppealColumn, AppealGroup, Quantity};
use super::stream::{gap, is_space};
use super::tokens::{tokenize, Tok, Token};

/// What the text says about a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A count ("2件"; "未收到" counts 0).
    Count(i64),
    /// A share of （七）总计 in percent ("占33.9%").
    Percent(Fixed),
    /// An amount in 万元 (元 converted: `yuan` tells how it was written).
    Amount {
        /// The figure as written.
        figure: Fixed,
        /// Whether it was written in 元 rather than 万元.
        yuan: bool,
    },
    /// A claim with no number ("均获维持").
    Claim,
}

/// One statement of the narrative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// What is stated.
    pub quantity: Quantity,
    /// The value stated.
    pub value: Value,
    /// The keyword that anchored it.
    pub keyword: &'static str,
    /// Byte range in the part's text, from the keyword to the number's unit (for quoting).
    pub span: Range<usize>,
    /// Byte range of the figure with its unit ("2件"); for a statement without a figure
    /// ("未收到申请", "均获维持"), the words that state it.
    pub figure: Range<usize>,
}

impl Mention {
    /// The phrase as written, with whitespace and line breaks removed: "接到依申请公开件2件".
    pub fn quote(&self, text: &str) -> String {
        text.get(self.span.clone())
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }
}

/// What a narrative text was read as: the statements, and the counts left unread in sentences
/// about applications or cases (no shape places them: they are never compared).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// The statements, in text order.
    pub mentions: Vec<Mention>,
    /// Byte ranges of the figures (with their units) left unread.
    pub unread: Vec<Range<usize>>,
}

/// Most characters between a keyword and the figure after it ("受理政府信息公开申请 3119件").
const BEFORE_WINDOW: usize = 16;
/// Most characters between a figure and the keyword after it ("72件申请按照《条例》顺延到下年度").
const AFTER_WINDOW: usize = 10;
/// Most characters of manner between a figure and the verb after it that ends the clause
/// ("19件已按照规定时限和程序依法依规进行了答复").
const VERB_AFTER_WINDOW: usize = 24;

/// The statements a narrative text makes, in text order.
pub fn scan(text: &str) -> Vec<Mention> {
    read(text).mentions
}

/// The statements a narrative text makes and the figures it leaves unread. Kangxi radical
/// look-alikes typed or pasted ("上⼀年度结转", U+2F00) are read as the ideographs they stand for;
/// the ranges returned index the text as given.
pub fn read(text: &str) -> Reading {
    let mut toks = Vec::new();
    // The tokenizer notes a look-alike as it passes one (no pass of its own over the text).
    if tokenize(text, 0..text.len(), &mut toks) {
        let copy = ideographs(text);
        toks.clear();
        tokenize(&copy, 0..copy.len(), &mut toks);
        return resolve(&copy, &toks);
    }
    resolve(text, &toks)
}

/// `text` with each Kangxi radical (U+2F00–U+2FD5) as its ideograph: both are three bytes in
/// UTF-8 and one UTF-16 unit, so every offset into the copy is the same offset into `text`.
/// Borrowed when there is none.
pub fn ideographs(text: &str) -> Cow<'_, str> {
    let lookalike = |c: char| ('\u{2F00}'..='\u{2FD5}').contains(&c);
    if !text.contains(lookalike) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{2F00}'..='\u{2FD5}' => crate::import::normalize::half_width(c),
                c => c,
            })
            .collect(),
    )
}

/// Per-sentence and per-clause context while resolving.
#[derive(Default)]
struct State {
    group: Option<AppealGroup>,
    groups_in_sentence: [Option<AppealGroup>; 4],
    last_group: Option<AppealGroup>,
    doc_row: Option<&'static str>,
    verb: Option<&'static str>,
    negation: bool,
    clause_has_number: bool,
    last_mention: Option<usize>,
    /// The sentence speaks of applications ("申请").
    applications: bool,
    /// The sentence names a 复议/诉讼 group.
    cases: bool,
}

impl State {
    fn note_group(&mut self, g: AppealGroup) {
        self.group = Some(g);
        self.last_group = Some(g);
        if !self.groups_in_sentence.contains(&Some(g)) {
            if let Some(slot) = self.groups_in_sentence.iter_mut().find(|x| x.is_none()) {
                *slot = Some(g);
            }
        }
    }

    /// Notes what the sentence starting at token `from` speaks of.
    fn sentence(&mut self, toks: &[Token], from: usize) {
        self.applications = false;
        self.cases = false;
        for t in toks.iter().skip(from) {
            match t.tok {
                Tok::Sentence => break,
                Tok::Kw(k) => match k.role {
                    Role::Weak(Quantity::Received) => self.applications = true,
                    Role::Group(_) => self.cases = true,
                    _ => {}
                },
                _ => {}
            }
        }
    }
}

fn resolve(text: &str, toks: &[Token]) -> Reading {
    let mut out = Reading::default();
    let mut st = State::default();
    st.sentence(toks, 0);
    let mut clause_start = 0usize;
    // Where the words that may place the next figure begin: after the last break, list end or
    // figure.
    let mut item_start = 0usize;
    for (i, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::List => item_start = i + 1,
            Tok::Sentence | Tok::Clause => {
                close_clause(text, toks, clause_start, i, &st, &mut out.mentions);
                clause_start = i + 1;
                item_start = i + 1;
                st.verb = None;
                st.negation = false;
                st.clause_has_number = false;
                if matches!(t.tok, Tok::Sentence) {
                    st.group = None;
                    st.groups_in_sentence = [None; 4];
                    st.doc_row = None;
                    st.last_mention = None;
                    st.sentence(toks, i + 1);
                }
            }
            Tok::Kw(k) => match k.role {
                Role::Group(g) => st.note_group(g),
                Role::DocRow(r) => st.doc_row = Some(r),
                Role::DocVerb(v) => st.verb = Some(v),
                Role::Negation => st.negation = true,
                Role::AllUpheld => {
                    let mut any = false;
                    for g in st.groups_in_sentence.iter().flatten() {
                        any = true;
                        out.mentions.push(mention(
                            Quantity::AllUpheld(*g),
                            Value::Claim,
                            k,
                            t,
                            t,
                            t,
                        ));
                    }
                    if !any {
                        if let Some(g) = st.last_group {
                            out.mentions.push(mention(
                                Quantity::AllUpheld(g),
                                Value::Claim,
                                k,
                                t,
                                t,
                                t,
                            ));
                        }
                    }
                }
                _ => {}
            },
            Tok::Num(num) => {
                st.clause_has_number = true;
                let item = item_start;
                item_start = i + 1;
                if t.qualified {
                    continue;
                }
                if num.unit == Some(Unit::Percent) {
                    let share = i > 0
                        && matches!(toks[i - 1].tok, Tok::Kw(k) if k.role == Role::Share)
                        && gap(text, toks[i - 1].bytes.1, t.bytes.0, 0) == 0;
                    // The share is of the statement just before it: not when another figure
                    // or a word that places one stands between ("新收1541件，…，其中予以公开或
                    // 部分公开占58.5%" is no share of 新收).
                    let last = st.last_mention.filter(|&m| {
                        let end = out.mentions[m].figure.end;
                        !toks[..i.saturating_sub(1)]
                            .iter()
                            .rev()
                            .take_while(|t| t.bytes.0 >= end)
                            .any(|t| match t.tok {
                                Tok::Num(_) => true,
                                Tok::Kw(k) => k.role.takes_number(),
                                _ => false,
                            })
                    });
                    if let (true, Some(m)) = (share, last) {
                        let q = out.mentions[m].quantity;
                        let kwd = &toks[i - 1];
                        out.mentions.push(Mention {
                            quantity: q,
                            value: Value::Percent(num.value),
                            keyword: "占",
                            span: kwd.bytes.0..t.bytes.1,
                            figure: t.bytes.0..t.bytes.1,
                        });
                    }
                    continue;
                }
                let unit = text
                    .get(..t.bytes.1)
                    .and_then(|s| s.chars().next_back())
                    .unwrap_or('\0');
                let placed = place(text, toks, i, item, &st)
                    .filter(|&(j, k, q)| gates(text, toks, i, j, k, q, &st, unit));
                let Some((j, k, q)) = placed else {
                    let zero = num.unit == Some(Unit::Count) && num.value.as_int() == Some(0);
                    let groups = if zero {
                        zero_of_a_list(text, toks, i, item)
                    } else {
                        Vec::new()
                    };
                    if !groups.is_empty() {
                        for (g, k) in groups {
                            let q = Quantity::Appeal(g, AppealColumn::Total);
                            out.mentions.push(mention(q, Value::Count(0), k, t, t, t));
                        }
                    } else if num.unit == Some(Unit::Count) && (st.applications || st.cases) {
                        out.unread.push(t.bytes.0..t.bytes.1);
                    }
                    continue;
                };
                let value = match (num.unit, q) {
                    (Some(Unit::Count), Quantity::Fees) => continue,
                    (Some(Unit::Count), _) => match num.value.as_int() {
                        Some(v) => Value::Count(v),
                        None => continue,
                    },
                    (Some(Unit::WanYuan), Quantity::Fees) => Value::Amount {
                        figure: num.value,
                        yuan: false,
                    },
                    (Some(Unit::Yuan), Quantity::Fees) => Value::Amount {
                        figure: num.value,
                        yuan: true,
                    },
                    _ => continue,
                };
                if let Quantity::Appeal(g, _) = q {
                    st.note_group(g);
                }
                let (a, b) = if j < i { (&toks[j], t) } else { (t, &toks[j]) };
                out.mentions.push(mention(q, value, k, a, b, t));
                st.last_mention = Some(out.mentions.len() - 1);
            }
        }
    }
    close_clause(text, toks, clause_start, toks.len(), &st, &mut out.mentions);
    answered_on_the_merits(text, &mut out);
    out
}

/// "受理12件，答复7件，不予受理4件": where a sentence counts 答复 beside 不予处理/不予受理, 答复
/// means answered on the merits, not （七）总计; that figure is left unread.
fn answered_on_the_merits(text: &str, out: &mut Reading) {
    let sentence_of = |at: usize| {
        text.get(..at)
            .and_then(|t| t.rfind(['。', '！', '？', '\n']))
            .unwrap_or(0)
    };
    let not_processed: Vec<usize> = out
        .mentions
        .iter()
        .filter(|m| m.quantity == Quantity::Outcome(super::quantity::Outcome::NotProcessed))
        .map(|m| sentence_of(m.figure.start))
        .collect();
    let mut i = 0;
    while i < out.mentions.len() {
        let m = &out.mentions[i];
        if m.keyword == "答复"
            && m.quantity == Quantity::Concluded
            && not_processed.contains(&sentence_of(m.figure.start))
        {
            let m = out.mentions.remove(i);
            out.unread.push(m.figure);
        } else {
            i += 1;
        }
    }
    crate::order::sort_by_key(&mut out.unread, |r| r.start);
}

fn mention(
    q: Quantity,
    value: Value,
    k: &'static Keyword,
    a: &Token,
    b: &Token,
    figure: &Token,
) -> Mention {
    Mention {
        quantity: q,
        value,
        keyword: k.text,
        span: a.bytes.0..b.bytes.1,
        figure: figure.bytes.0..figure.bytes.1,
    }
}

/// How specific a keyword is: an outcome, a subject or a column (2) places a figure before a
/// generic verb (1), which places it before the bare noun "申请" (0).
fn rank(role: Role) -> u8 {
    match role {
        Role::Verb(_) => 1,
        Role::Weak(_) => 0,
        _ => 2,
    }
}

/// The verbs a more specific word may carry between it and its figure ("结转下年度办理6件",
/// "不予公开答复2件").
const CARRIED_VERBS: &[&str] = &["继续办理", "办理", "答复", "办结", "处理", "继续"];

/// The words that may stand between a keyword before a figure and the figure.
fn filler_before(role: Role) -> &'static [&'static [&'static str]] {
    match role {
        Role::Verb(_) => &[APPLICATION_NOUNS, APPLICANT_WORDS, COMMON_FILLER],
        // "申请" alone places nothing ("网上申请42件", "当面申请的72件" count a channel).
        Role::Weak(_) => &[],
        Role::Group(_) => &[CASE_NOUNS, COMMON_FILLER],
        Role::AppealColumn(_) => &[CASE_NOUNS, COMMON_FILLER],
        Role::DocRow(_) | Role::DocVerb(_) => &[DOCUMENT_NOUNS, COMMON_FILLER],
        Role::Count(q) if q.table() == "table2" => &[DOCUMENT_NOUNS, COMMON_FILLER],
        _ => &[APPLICATION_NOUNS, COMMON_FILLER, CARRIED_VERBS],
    }
}

/// Whether `between` is made of the words of `lists` only (and whitespace).
fn only_filler(between: &str, lists: &[&[&str]]) -> bool {
    let mut rest = between;
    loop {
        rest = rest.trim_start_matches(|c: char| is_space(c) || c.is_whitespace());
        if rest.is_empty() {
            return true;
        }
        let longest = lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|w| rest.starts_with(**w))
            .map(|w| w.len())
            .max();
        match longest {
            Some(n) => rest = &rest[n..],
            None => return false,
        }
    }
}

/// A keyword of the item that may place the figure, with its index and rank.
type Candidate = (usize, &'static Keyword, u8);

/// The keyword that places the figure at token `i` (whose item starts at token `item`) and the
/// quantity it states: the most specific one of the item before the figure, or after it, with
/// nothing but filler between. `None` when none does, or when two disagree (unread).
fn place(
    text: &str,
    toks: &[Token],
    i: usize,
    item: usize,
    st: &State,
) -> Option<(usize, &'static Keyword, Quantity)> {
    let num = &toks[i];
    let mut before: Option<Candidate> = None;
    let mut tables: [Option<&'static str>; 2] = [None, None];
    // "公民、法人或其他组织" (anyone) does not count against the window.
    let mut anyone = 0;
    for j in (item..i).rev() {
        let Tok::Kw(k) = toks[j].tok else { continue };
        if k.role == Role::AnyApplicant {
            anyone += k.text.chars().count();
        }
        if !k.role.takes_number() || k.side == Side::After {
            continue;
        }
        let window = BEFORE_WINDOW + anyone;
        if gap(text, toks[j].bytes.1, num.bytes.0, window) > window {
            break;
        }
        let r = rank(k.role);
        if r == 0 {
            continue;
        }
        if r == 2 {
            // Every specific word of the item counts here, placing or not.
            let table = Some(quantity_table(k));
            match tables {
                [None, _] => tables[0] = table,
                [Some(t), _] if Some(t) != table => tables[1] = table,
                _ => {}
            }
        }
        let between = text.get(toks[j].bytes.1..num.bytes.0).unwrap_or("\u{0}");
        if !only_filler(between, filler_before(k.role)) {
            continue;
        }
        if before.is_none_or(|b| r > b.2) {
            before = Some((j, k, r));
        }
    }
    if tables[1].is_some() {
        // "其中自然人提起行政复议3件": words of two tables place the figure.
        return None;
    }
    let mut after: Option<Candidate> = None;
    for (j, t) in toks.iter().enumerate().skip(i + 1) {
        match t.tok {
            Tok::Num(_) | Tok::Sentence | Tok::Clause | Tok::List => break,
            Tok::Kw(k) if k.role.takes_number() && k.side != Side::Before => {
                let far = gap(text, num.bytes.1, t.bytes.0, VERB_AFTER_WINDOW);
                if far > VERB_AFTER_WINDOW {
                    break;
                }
                let between = text.get(num.bytes.1..t.bytes.0).unwrap_or("\u{0}");
                let placed = if matches!(k.role, Role::Verb(_)) {
                    // "其余54件全部按时答复": words of manner only, and the verb ends the clause.
                    only_filler(between, &[ANSWER_MANNER, AFTER_FILLER, COMMON_FILLER])
                        && ends_clause(text, toks, j)
                } else {
                    far <= AFTER_WINDOW && only_filler(between, &[AFTER_FILLER, COMMON_FILLER])
                };
                if !placed {
                    continue;
                }
                let r = rank(k.role);
                if r == 0 {
                    continue;
                }
                if after.is_none_or(|a| r > a.2) {
                    after = Some((j, k, r));
                }
            }
            _ => {}
        }
    }
    let (j, k, _) = match (before, after) {
        (Some(b), Some(a)) if a.2 > b.2 => {
            if b.2 >= 1 {
                // "办理3件结转下年度": a verb before, a more specific word after.
                return None;
            }
            a
        }
        (Some(b), Some(a)) if b.2 == 2 && a.2 == 2 => {
            if quantity_of(b.1, st) != quantity_of(a.1, st) {
                return None;
            }
            b
        }
        (Some(b), _) => b,
        (None, Some(a)) => a,
        (None, None) => return None,
    };
    let item_from = item.checked_sub(1).map_or(0, |p| toks[p].bytes.1);
    let item_text = text.get(item_from..num.bytes.0).unwrap_or("");
    if names_a_channel(item_text) || OTHER_PERIODS.iter().any(|c| item_text.contains(c)) {
        return None;
    }
    // A document noun with no verb of table 二: not after another verb ("清理…文件0件").
    if let (Role::DocRow(_), None, true) = (k.role, st.verb, j < i) {
        let lead = text.get(item_from..toks[j].bytes.0).unwrap_or("");
        if OTHER_DOCUMENT_VERBS.iter().any(|v| lead.contains(v)) {
            return None;
        }
    }
    // "收到2个自然人的申请": the figure counts applicants.
    if matches!(k.role, Role::Verb(_))
        && matches!(toks.get(i + 1), Some(Token { tok: Tok::Kw(n), bytes, .. })
            if matches!(n.role, Role::Count(Quantity::Applicant(_))) && bytes.0 == num.bytes.1)
    {
        return None;
    }
    // "行政复议、行政诉讼0件": the figure is of the whole list, which no shape names.
    let listed = item >= 2
        && matches!(toks[item - 1].tok, Tok::List)
        && matches!(toks[item - 2].tok, Tok::Kw(p) if p.role.takes_number());
    if listed && j < i {
        return None;
    }
    Some((j, k, quantity_of(k, st)?))
}

/// Whether the words of an item name a channel of submission ("通过网络方式收到申请25件"), a
/// count no cell holds; not when the channels are followed by a word that makes them every
/// channel ("通过书面、网络等方式共收到申请12件": the total).
fn names_a_channel(item_text: &str) -> bool {
    // `contains` first: it is the fast search, and most items name no channel.
    let Some(last) = CHANNELS
        .iter()
        .filter(|c| item_text.contains(**c))
        .filter_map(|c| item_text.rfind(c))
        .max()
    else {
        return false;
    };
    let rest = item_text.get(last..).unwrap_or("");
    !ALL_CHANNELS.iter().any(|w| rest.contains(w))
}

/// Whether the keyword at token `j` is the last word of its clause (nothing but [`ANSWER_END`]
/// after it, up to a break or the end of the text).
fn ends_clause(text: &str, toks: &[Token], j: usize) -> bool {
    let end = match toks.get(j + 1) {
        Some(t) if matches!(t.tok, Tok::Sentence | Tok::Clause | Tok::List) => t.bytes.0,
        Some(_) => return false,
        None => text.len(),
    };
    only_filler(
        text.get(toks[j].bytes.1..end).unwrap_or("\u{0}"),
        &[ANSWER_END],
    )
}

/// "行政复议、行政诉讼0件": a zero of a whole list of 复议/诉讼 groups states each is 0 (a sum of
/// counts is 0 only when each is). Each item of the list is one group's word (the first may
/// follow other words, "政府信息公开行政复议"), the last with nothing but a case noun before the
/// figure. Any other figure of a list stays unread: how it splits is not stated.
fn zero_of_a_list(
    text: &str,
    toks: &[Token],
    i: usize,
    item: usize,
) -> Vec<(AppealGroup, &'static Keyword)> {
    let mut out = Vec::new();
    // The item is `toks[start..end]`, its words end at byte `words_end`; last item first.
    let (mut start, mut end, mut words_end) = (item, i, toks[i].bytes.0);
    loop {
        let (Some(Tok::Kw(k)), true) = (toks.get(start).map(|t| t.tok), end == start + 1) else {
            return Vec::new();
        };
        let Role::Group(g) = k.role else {
            return Vec::new();
        };
        let after = text.get(toks[start].bytes.1..words_end).unwrap_or("\u{0}");
        if !only_filler(after, &[CASE_NOUNS]) {
            return Vec::new();
        }
        out.push((g, k));
        if start == 0 || !matches!(toks[start - 1].tok, Tok::List) {
            break;
        }
        // Nothing but the group word after the list end (a break token is empty, at the "、").
        let lead = text.get(toks[start - 1].bytes.1..toks[start].bytes.0);
        if !only_filler(lead.unwrap_or("\u{0}"), &[&["、"]]) {
            return Vec::new();
        }
        end = start - 1;
        words_end = toks[end].bytes.0;
        start = toks[..end]
            .iter()
            .rposition(|t| !matches!(t.tok, Tok::Kw(_)))
            .map_or(0, |p| p + 1);
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out.reverse();
    out
}

/// The conditions a shape sets beyond its words: the unit counts what the quantity counts; a
/// generic verb speaks of applications (its sentence names them, and a figure "一" right after
/// the verb is a slogan: "办结一件、满意一件").
#[allow(clippy::too_many_arguments)]
fn gates(
    text: &str,
    toks: &[Token],
    i: usize,
    j: usize,
    k: &Keyword,
    q: Quantity,
    st: &State,
    unit: char,
) -> bool {
    if matches!(toks[i].tok, Tok::Num(n) if n.unit == Some(Unit::Count))
        && !q.units().contains(unit)
    {
        return false;
    }
    match k.role {
        Role::Verb(_) | Role::Weak(_) => {
            if !st.applications {
                return false;
            }
            let figure = text.get(toks[i].bytes.0..).unwrap_or("");
            let one = figure.starts_with('一')
                && !figure[3..].starts_with(|c: char| {
                    super::numerals::starts_number(c) || matches!(c, '百' | '千' | '万')
                });
            let adjacent = j < i && gap(text, toks[j].bytes.1, toks[i].bytes.0, 0) == 0;
            !(one && adjacent && matches!(k.role, Role::Verb(_)))
        }
        Role::Count(Quantity::Applicant(_)) => st.applications,
        _ => true,
    }
}

/// A denied application followed, further in the clause, by a 复议/诉讼 group ("未发生依申请
/// 公开…方面的行政复议"): the application qualifies the appeal; its zero is not stated.
fn drop_if_appeal_follows(
    toks: &[Token],
    at: &Token,
    to: usize,
    first: usize,
    out: &mut Vec<Mention>,
) {
    let later = toks
        .iter()
        .take(to)
        .skip_while(|t| t.bytes.0 < at.bytes.0)
        .any(|t| matches!(t.tok, Tok::Kw(k) if matches!(k.role, Role::Group(_))));
    if later {
        let mut i = first;
        while i < out.len() {
            if out[i].quantity == Quantity::Received {
                out.remove(i);
            } else {
                i += 1;
            }
        }
    }
}

/// What may follow the subjects a negated clause denies.
const AFTER_DENIED: &[&[&str]] = &[
    NEGATED_TAIL,
    NEGATED_FILLER,
    COMMON_FILLER,
    APPLICATION_NOUNS,
];

/// A clause with a negation and no number: the subjects it denies state 0, when the negation
/// governs them with nothing but a receiving verb and nouns between ("未收到政府信息公开申请",
/// "未发生行政复议、行政诉讼案件"; not "未发生被行政复议纠错的情况", "防止超时未答复").
fn close_clause(
    text: &str,
    toks: &[Token],
    from: usize,
    to: usize,
    st: &State,
    out: &mut Vec<Mention>,
) {
    if !st.negation || st.clause_has_number {
        return;
    }
    let Some(clause) = toks.get(from..to) else {
        return;
    };
    let Some(neg) = clause
        .iter()
        .position(|t| matches!(t.tok, Tok::Kw(k) if k.role == Role::Negation))
    else {
        return;
    };
    let filler: &[&[&str]] = &[
        NEGATED_VERBS,
        APPLICATION_NOUNS,
        COMMON_FILLER,
        NEGATED_FILLER,
    ];
    let mut end = clause[neg].bytes.1;
    let first = out.len();
    let mut appeal = false;
    for t in &clause[neg + 1..] {
        let between = text.get(end..t.bytes.0).unwrap_or("\u{0}");
        match t.tok {
            Tok::List => continue,
            Tok::Kw(k) => {
                if !only_filler(between, filler) {
                    // Other words follow the subjects denied: they are what is denied
                    // ("未发生因依申请公开被行政复议纠错或行政诉讼败诉情形").
                    if !only_filler(between, AFTER_DENIED) {
                        out.truncate(first);
                    }
                    drop_if_appeal_follows(toks, t, to, first, out);
                    return;
                }
                let q = match k.role {
                    // "未收到任何公民、法人或其他组织提出的申请": anyone's applications.
                    Role::Verb(Quantity::Received) | Role::AnyApplicant => {
                        end = t.bytes.1;
                        continue;
                    }
                    // "未产生…行政复议申请和行政诉讼": the application of an appeal.
                    Role::Weak(Quantity::Received) if appeal => {
                        end = t.bytes.1;
                        continue;
                    }
                    // "无上年度结转", "无下年度结转": right after the negation only.
                    Role::Count(q @ (Quantity::Carried | Quantity::Forward))
                        if out.len() == first && only_filler(between, &[COMMON_FILLER]) =>
                    {
                        q
                    }
                    Role::Weak(Quantity::Received) => {
                        if out[first..]
                            .iter()
                            .any(|m| m.quantity == Quantity::Received)
                        {
                            // "未收到依申请公开申请": one denial.
                            end = t.bytes.1;
                            continue;
                        }
                        Quantity::Received
                    }
                    Role::Group(g) => {
                        // "未收到申请行政复议": the application is the appeal's.
                        if let Some(i) =
                            (first..out.len()).find(|&i| out[i].quantity == Quantity::Received)
                        {
                            out.remove(i);
                        }
                        appeal = true;
                        Quantity::Appeal(g, AppealColumn::Total)
                    }
                    _ => return,
                };
                let n = &clause[neg];
                let mut m = mention(q, Value::Count(0), k, n, t, t);
                m.figure = m.span.clone();
                out.push(m);
                end = t.bytes.1;
            }
            _ => return,
        }
    }
    // What follows the last subject denied, to the end of the clause, names nothing else
    // ("未出现被行政诉讼、行政复议情况"; not "未发生被行政复议纠错的情况": the correction is
    // what is denied, not the review).
    let stop = toks.get(to).map_or(text.len(), |t| t.bytes.0);
    let tail = text.get(end..stop).unwrap_or("\u{0}");
    if !only_filler(tail, AFTER_DENIED) {
        out.truncate(first);
    }
}

/// The table a specific keyword's quantity is checked against.
fn quantity_table(k: &Keyword) -> &'static str {
    match k.role {
        Role::Group(_) | Role::AppealColumn(_) | Role::AllUpheld => "table4",
        Role::DocRow(_) | Role::DocVerb(_) => "table2",
        Role::Count(q) | Role::Verb(q) | Role::Weak(q) => q.table(),
        _ => "",
    }
}

fn quantity_of(k: &Keyword, st: &State) -> Option<Quantity> {
    Some(match k.role {
        Role::Count(q) | Role::Verb(q) | Role::Weak(q) => q,
        Role::Group(g) => Quantity::Appeal(g, AppealColumn::Total),
        Role::AppealColumn(c) => Quantity::Appeal(st.group?, c),
        Role::DocRow(r) => Quantity::Documents(r, st.verb.unwrap_or("unstated")),
        Role::DocVerb(v) => Quantity::Documents(st.doc_row?, v),
        _ => return None,
    })
}
