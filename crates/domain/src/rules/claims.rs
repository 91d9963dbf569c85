//! The cells each quantity the narrative states maps to, with every acceptable reading ("收到
//! N 件" is 新收, or 新收 + 上年结转), the comparison the text rules make, and the claims read
//! from a report as data for the form ([`read_claims`]).

use serde::Serialize;

use super::block::Block;
use super::context::Context;
use super::narrative::row_total;
use crate::format::{FormatDef, Rows};
use crate::model::Report;
use crate::text::{Quantity, Value};

/// The readings of a quantity: each a list of cell addresses whose sum the figure equals;
/// any one reading that equals it makes the claim consistent. Empty when the format has no
/// cell for it (the claim is then not compared).
pub fn readings(format: &'static FormatDef, q: Quantity) -> Vec<Vec<String>> {
    let r = format.readings;
    let index = format.index();
    // The 总计 cells of table 三's rows a declared list names.
    let table3_rows = |rows: Rows| -> Vec<String> {
        format
            .table("table3")
            .and_then(|(_, t)| t.blocks.first())
            .and_then(|b| Some((b, b.columns.iter().find(|c| c.total)?.key)))
            .map(|(b, total)| {
                index
                    .reading_rows(rows)
                    .iter()
                    .map(|&i| format!("table3.{}.{total}", b.rows[i].key))
                    .collect()
            })
            .unwrap_or_default()
    };
    let cols = |rows: Rows, cols: &[&str]| -> Vec<String> {
        rows.iter()
            .flat_map(|row| cols.iter().map(move |c| format!("table3.{row}.{c}")))
            .collect()
    };
    let out: Vec<Vec<String>> = match q {
        Quantity::Received => r.received.iter().map(|&rows| table3_rows(rows)).collect(),
        Quantity::Applicant(a) => {
            let c = a.columns(&r.applicants);
            r.received.iter().map(|&rows| cols(rows, c)).collect()
        }
        Quantity::AllUpheld(_) => vec![],
        Quantity::Appeal(g, col) => vec![g
            .rows(&r.appeals)
            .iter()
            .map(|row| format!("table4.{row}.{}", col.key(&r.appeal_columns)))
            .collect()],
        Quantity::Documents(row, col) => r
            .documents
            .iter()
            .find(|(verb, _)| *verb == col)
            .map_or(&[][..], |(_, readings)| readings)
            .iter()
            .map(|cs| cs.iter().map(|c| format!("table2.{row}.{c}")).collect())
            .collect(),
        Quantity::Decisions(row) => vec![vec![format!("table2.{row}.decisions")]],
        Quantity::Fees => vec![vec!["table2.fees.amount".to_string()]],
        q => q.table3_rows(r).map(table3_rows).into_iter().collect(),
    };
    // A reading with a cell the format lacks is no reading.
    out.into_iter()
        .filter(|r| !r.is_empty() && r.iter().all(|a| format.cell(a).is_some()))
        .collect()
}

/// The value of a cell for a comparison: a blank 总计 of table 三 is the sum of its row; any
/// other blank is `None`.
fn cell_value(ctx: &Context, address: &str) -> Option<i64> {
    if let Some(v) = ctx.int(address) {
        return Some(v);
    }
    let mut parts = address.split('.');
    if let (Some("table3"), Some(row), Some(col)) = (parts.next(), parts.next(), parts.next()) {
        let b = Block::of(ctx.report, "table3", 0)?;
        if b.total_col().is_none() || b.col(col) != b.total_col() {
            return None;
        }
        let r = b.row(row)?;
        let v = row_total(&b, r);
        return (0..b.cols()).any(|c| !b.cell(r, c).is_blank()).then_some(v);
    }
    None
}

/// A reading's sum; `None` when any of its cells is blank. A partly filled reading is not
/// compared: its sum is not what the table states (an import that left rows blank, a form not
/// yet finished), and a check that is not sure says nothing.
pub fn reading_value(ctx: &Context, reading: &[String]) -> Option<i64> {
    reading
        .iter()
        .try_fold(0i64, |sum, a| Some(sum.saturating_add(cell_value(ctx, a)?)))
}

/// How a stated count compares with the tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// One reading equals it (the index of the first that does, and its value).
    Match(usize, i64),
    /// Every filled reading differs (their values; `None` for a blank one).
    Mismatch(Vec<Option<i64>>),
    /// Nothing to compare: no reading, or all blank.
    Unchecked,
}

/// Compares a stated count with its readings.
pub fn verdict(ctx: &Context, readings: &[Vec<String>], n: i64) -> Verdict {
    let vals: Vec<Option<i64>> = readings.iter().map(|r| reading_value(ctx, r)).collect();
    if let Some(i) = vals.iter().position(|v| *v == Some(n)) {
        return Verdict::Match(i, n);
    }
    if vals.iter().all(Option::is_none) {
        return Verdict::Unchecked;
    }
    Verdict::Mismatch(vals)
}

/// A reading named for a person: "表三 一、本年新收政府信息公开申请数量 / 总计 ＋ …".
pub fn reading_label(ctx: &Context, reading: &[String]) -> String {
    let table = match reading.first().and_then(|a| a.split('.').next()) {
        Some("table2") => "表二",
        Some("table4") => "表四",
        _ => "表三",
    };
    let labels: Vec<String> = reading
        .iter()
        .map(|a| {
            ctx.id(a)
                .map(|id| ctx.format.cell_label(id))
                .unwrap_or_else(|| a.clone())
        })
        .collect();
    format!("{table} {}", labels.join(" ＋ "))
}

/// One figure of the narrative as the checks read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimRead {
    /// The narrative part's key ("overview_on_request").
    pub part: &'static str,
    /// Where the figure starts in the part's text, in UTF-16 code units (what JavaScript's
    /// string indices count).
    pub start: usize,
    /// Where it ends (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The figure as written ("2件"), or the words of a statement without one ("未收到…申请").
    pub text: String,
    /// What it was read as, e.g. "表三 一、本年新收政府信息公开申请数量 / 总计"; "未核对" when
    /// no shape placed it.
    pub reading: String,
    /// The acceptable readings, each a list of cell addresses whose sum the figure should equal.
    pub cells: Vec<Vec<String>>,
    /// The count stated (`None` for a share, an amount, a claim or an unread figure).
    pub value: Option<i64>,
    /// The table's value of the reading compared (the matching one, else the first filled).
    pub expected: Option<i64>,
    /// "match", "mismatch", "unchecked" (table blank or no cell) or "unread".
    pub status: &'static str,
}

impl ClaimRead {
    /// The line a reader is shown for this figure, e.g. "2件 ↔ 表三 一、本年新收… / 总计 = 0（不一致）"
    /// or "5条 未核对：无法确定此数字所指，未与表格比较".
    pub fn describe(&self) -> String {
        match self.status {
            "unread" => format!("{} 未核对：无法确定此数字所指，未与表格比较", self.text),
            "match" | "mismatch" => {
                let expected = self
                    .expected
                    .map_or_else(|| "空白".to_string(), |v| v.to_string());
                let verdict = if self.status == "match" {
                    "一致"
                } else {
                    "不一致"
                };
                format!("{} ↔ {} = {expected}（{verdict}）", self.text, self.reading)
            }
            _ => format!("{} ↔ {}（表格未填写，未比较）", self.text, self.reading),
        }
    }
}

/// The parts the text rules read.
const PARTS: &[&str] = &[
    "overview",
    "overview_proactive",
    "overview_on_request",
    "overview_oversight",
];

/// Every figure the text checks read in a report's narrative, and the unread counts in
/// sentences about applications or cases, in part and text order.
pub fn read_claims(report: &Report) -> Vec<ClaimRead> {
    let ctx = Context::new(report, None);
    let mut out = Vec::new();
    for p in ctx.format.parts().filter(|p| PARTS.contains(&p.key)) {
        claims_of_part(&ctx, p, &mut out);
    }
    out
}

/// [`read_claims`] of one part (empty for a part the text checks do not read).
pub fn read_claims_in(report: &Report, part: &str) -> Vec<ClaimRead> {
    let ctx = Context::new(report, None);
    let mut out = Vec::new();
    if let Some(p) = ctx
        .format
        .parts()
        .find(|p| p.key == part && PARTS.contains(&p.key))
    {
        claims_of_part(&ctx, p, &mut out);
    }
    out
}

/// Whether the text checks read a part (its figures can be marked).
pub fn part_is_read(part: &str) -> bool {
    PARTS.contains(&part)
}

fn claims_of_part(ctx: &Context, p: &'static crate::format::PartDef, out: &mut Vec<ClaimRead>) {
    {
        let text = ctx.text(p.key);
        if text.is_empty() {
            return;
        }
        let reading = crate::text::read(text);
        let utf16 = |byte: usize| crate::compose::utf16_of_byte(text, byte);
        let mut items: Vec<(usize, ClaimRead)> = Vec::new();
        for m in &reading.mentions {
            let readings = readings(ctx.format, m.quantity);
            let (value, expected, status, label) = match m.value {
                Value::Count(n) => match verdict(ctx, &readings, n) {
                    Verdict::Match(i, v) => (Some(n), Some(v), "match", Some(i)),
                    Verdict::Mismatch(vals) => {
                        let first = vals.iter().position(Option::is_some);
                        (Some(n), first.and_then(|i| vals[i]), "mismatch", first)
                    }
                    Verdict::Unchecked => (Some(n), None, "unchecked", None),
                },
                // A fee in 万元 (or 元), as T2-3 compares it.
                Value::Amount { figure, yuan } => {
                    let status = match super::text_table2::fee_agrees(ctx, figure, yuan) {
                        Some(true) => "match",
                        Some(false) => "mismatch",
                        None => "unchecked",
                    };
                    (None, None, status, None)
                }
                _ => (None, None, "unchecked", None),
            };
            let reading_text = match (label, readings.first()) {
                (Some(i), _) => reading_label(ctx, &readings[i]),
                (None, Some(r)) => reading_label(ctx, r),
                (None, None) => claim_label(m.quantity),
            };
            items.push((
                m.figure.start,
                ClaimRead {
                    part: p.key,
                    start: utf16(m.figure.start),
                    end: utf16(m.figure.end),
                    text: text.get(m.figure.clone()).unwrap_or("").to_string(),
                    reading: reading_text,
                    cells: readings,
                    value,
                    expected,
                    status,
                },
            ));
        }
        for r in &reading.unread {
            items.push((
                r.start,
                ClaimRead {
                    part: p.key,
                    start: utf16(r.start),
                    end: utf16(r.end),
                    text: text.get(r.clone()).unwrap_or("").to_string(),
                    reading: "未核对".to_string(),
                    cells: Vec::new(),
                    value: None,
                    expected: None,
                    status: "unread",
                },
            ));
        }
        crate::order::sort_by_key(&mut items, |(at, _)| *at);
        out.extend(items.into_iter().map(|(_, c)| c));
    }
}

/// What a statement with no cells says: "均获维持" of a group.
fn claim_label(q: Quantity) -> String {
    match q {
        Quantity::AllUpheld(g) => format!("表四 {}：结果纠正、尚未审结均为 0", g.label()),
        _ => String::new(),
    }
}
