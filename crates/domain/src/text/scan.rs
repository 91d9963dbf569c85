//! One pass over a narrative part: keywords and numbers become tokens, then each number is
//! attached to the keyword that governs it (within its clause), giving the quantities the text
//! states. Nothing is allocated for a text that quotes no counts.

use std::ops::Range;

use super::keywords::{Keyword, Role, Side};
use super::numerals::{Fixed, Unit};
use super::quantity::{AppealGroup, Quantity};
use super::select::sentences_to_read;
use super::stream::gap;
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

/// Most characters between a keyword and the number after it ("受理政府信息公开申请 3119件").
pub(super) const BEFORE_WINDOW: usize = 16;
/// Most characters between a number and the keyword after it ("72件申请按照《条例》顺延到下年度").
pub(super) const AFTER_WINDOW: usize = 10;
/// Most characters between a weak keyword ("申请") and its number.
const WEAK_WINDOW: usize = 4;

/// The statements a narrative text makes, in text order.
pub fn scan(text: &str) -> Vec<Mention> {
    let mut toks = Vec::new();
    sentences_to_read(text, |sentence| {
        // A sentence read gives a dozen tokens or so: room for them at once, not in three
        // steps.
        toks.reserve(16);
        tokenize(text, sentence, &mut toks)
    });
    resolve(text, &toks)
}

/// [`scan`] tokenizing the whole text, without selecting sentences: what `scan` must agree
/// with.
#[cfg(test)]
pub(super) fn scan_whole_text(text: &str) -> Vec<Mention> {
    let mut toks = Vec::new();
    tokenize(text, 0..text.len(), &mut toks);
    resolve(text, &toks)
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
}

/// Whether the sentence starting at token `from` speaks of applications ("申请"): "收到/受理 N"
/// counts applications only then ("统一受理平台接入53个部门" does not).
fn sentence_mentions_applications(toks: &[Token], from: usize) -> bool {
    toks.iter()
        .skip(from)
        .take_while(|t| !matches!(t.tok, Tok::Sentence))
        .any(|t| matches!(t.tok, Tok::Kw(k) if k.role == Role::Weak(Quantity::Received)))
}

fn resolve(text: &str, toks: &[Token]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut st = State::default();
    let mut sentence_start = 0usize;
    // Keyword tokens of the current clause already claimed by a number, by index from the
    // clause's start (a number only takes keywords of its own clause).
    let mut used = 0u128;
    let mut clause_start = 0usize;
    for (i, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::Sentence | Tok::Clause => {
                close_clause(toks, clause_start, i, &st, &mut out);
                clause_start = i + 1;
                used = 0;
                st.verb = None;
                st.negation = false;
                st.clause_has_number = false;
                if matches!(t.tok, Tok::Sentence) {
                    sentence_start = i + 1;
                    st.group = None;
                    st.groups_in_sentence = [None; 4];
                    st.doc_row = None;
                    st.last_mention = None;
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
                        out.push(mention(Quantity::AllUpheld(*g), Value::Claim, k, t, t));
                    }
                    if !any {
                        if let Some(g) = st.last_group {
                            out.push(mention(Quantity::AllUpheld(g), Value::Claim, k, t, t));
                        }
                    }
                }
                _ => {}
            },
            Tok::Num(num) => {
                st.clause_has_number = true;
                if t.qualified {
                    continue;
                }
                if num.unit == Some(Unit::Percent) {
                    let share = i > 0
                        && matches!(toks[i - 1].tok, Tok::Kw(k) if k.role == Role::Share)
                        && gap(text, toks[i - 1].bytes.1, t.bytes.0, 0) == 0;
                    if let (true, Some(m)) = (share, st.last_mention) {
                        let q = out[m].quantity;
                        let kwd = &toks[i - 1];
                        out.push(Mention {
                            quantity: q,
                            value: Value::Percent(num.value),
                            keyword: "占",
                            span: kwd.bytes.0..t.bytes.1,
                        });
                    }
                    continue;
                }
                let Some((j, k)) = attach(text, toks, i, clause_start, used) else {
                    continue;
                };
                if let Some(bit) = j.checked_sub(clause_start).filter(|&b| b < 128) {
                    used |= 1 << bit;
                }
                let Some(q) = quantity_of(k, &st) else {
                    continue;
                };
                if q == Quantity::Received && !sentence_mentions_applications(toks, sentence_start)
                {
                    continue;
                }
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
                out.push(mention(q, value, k, a, b));
                st.last_mention = Some(out.len() - 1);
            }
        }
    }
    close_clause(toks, clause_start, toks.len(), &st, &mut out);
    out
}

fn mention(q: Quantity, value: Value, k: &'static Keyword, a: &Token, b: &Token) -> Mention {
    Mention {
        quantity: q,
        value,
        keyword: k.text,
        span: a.bytes.0..b.bytes.1,
    }
}

/// A clause with a negation and no number: the counted keywords after the negation state 0
/// ("未收到政府信息公开申请", "未发生行政复议、行政诉讼").
fn close_clause(toks: &[Token], from: usize, to: usize, st: &State, out: &mut Vec<Mention>) {
    if !st.negation || st.clause_has_number {
        return;
    }
    let applications = || {
        let start = toks[..from.min(toks.len())]
            .iter()
            .rposition(|t| matches!(t.tok, Tok::Sentence))
            .map_or(0, |i| i + 1);
        sentence_mentions_applications(toks, start)
    };
    let Some(clause) = toks.get(from..to) else {
        return;
    };
    let Some(neg) = clause
        .iter()
        .position(|t| matches!(t.tok, Tok::Kw(k) if k.role == Role::Negation))
    else {
        return;
    };
    for t in &clause[neg + 1..] {
        let Tok::Kw(k) = t.tok else { continue };
        let q = match k.role {
            Role::Count(q) if q != Quantity::Fees => q,
            Role::Group(g) => Quantity::Appeal(g, "total"),
            _ => continue,
        };
        if q == Quantity::Received && !applications() {
            continue;
        }
        let n = &clause[neg];
        out.push(mention(q, Value::Count(0), k, n, t));
    }
}

/// The keyword governing the number at `i`: the nearest one before it in the clause or right
/// after it, whichever is closer (before wins a tie); weak keywords only when no other applies.
fn attach(
    text: &str,
    toks: &[Token],
    i: usize,
    clause_start: usize,
    used: u128,
) -> Option<(usize, &'static Keyword)> {
    let num = &toks[i];
    let mut before: [Option<(usize, usize, &'static Keyword)>; 2] = [None, None]; // strong, weak
    for j in (clause_start..i).rev() {
        let t = &toks[j];
        match t.tok {
            Tok::Num(_) => break,
            Tok::Kw(k) if k.role.takes_number() && k.side != Side::After => {
                let dist = gap(text, t.bytes.1, num.bytes.0, BEFORE_WINDOW);
                // Keywords further back stand further away.
                if dist > BEFORE_WINDOW {
                    break;
                }
                let slot = usize::from(matches!(k.role, Role::Weak(_)));
                let claimed = (j - clause_start) < 128 && used & (1 << (j - clause_start)) != 0;
                if (slot == 1 && dist > WEAK_WINDOW) || claimed {
                    continue;
                }
                if before[slot].is_none() {
                    before[slot] = Some((j, dist, k));
                }
            }
            _ => {}
        }
    }
    let mut after: [Option<(usize, usize, &'static Keyword)>; 2] = [None, None];
    for (j, t) in toks.iter().enumerate().skip(i + 1) {
        match t.tok {
            Tok::Num(_) | Tok::Sentence | Tok::Clause => break,
            Tok::Kw(k) if k.role.takes_number() && k.side != Side::Before => {
                let dist = gap(text, num.bytes.1, t.bytes.0, AFTER_WINDOW);
                if dist > AFTER_WINDOW {
                    break;
                }
                let slot = usize::from(matches!(k.role, Role::Weak(_)));
                if slot == 1 && dist > WEAK_WINDOW {
                    continue;
                }
                if after[slot].is_none() {
                    after[slot] = Some((j, dist, k));
                }
            }
            _ => {}
        }
    }
    let pick = |b: Option<(usize, usize, &'static Keyword)>,
                a: Option<(usize, usize, &'static Keyword)>| match (b, a) {
        (Some(b), Some(a)) if a.1 < b.1 => Some((a.0, a.2)),
        (Some(b), _) => Some((b.0, b.2)),
        (None, Some(a)) => Some((a.0, a.2)),
        (None, None) => None,
    };
    pick(before[0], after[0]).or_else(|| pick(before[1], after[1]))
}

fn quantity_of(k: &Keyword, st: &State) -> Option<Quantity> {
    Some(match k.role {
        Role::Count(q) | Role::Weak(q) => q,
        Role::Group(g) => Quantity::Appeal(g, "total"),
        Role::AppealColumn(c) => Quantity::Appeal(st.group?, c),
        Role::DocRow(r) => Quantity::Documents(r, st.verb.unwrap_or("issued")),
        Role::DocVerb(v) => Quantity::Documents(st.doc_row?, v),
        _ => return None,
    })
}
