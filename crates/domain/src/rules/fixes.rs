//! The quick fixes the rules offer with their findings ([`Fix`]): built here, once, for every
//! rule that offers the same kind.

use super::context::Context;
use super::punctuation::{full_forms_in, HalfWidthMark};
use crate::compose::{sentence, sentence_around, utf16_of_byte, Topic};
use crate::fix::{Fix, FixChoice, FixEdit};
use crate::model::Cell;
use crate::text::{Mention, Value};
use crate::totals::differing;

/// A text edit of `part` replacing the bytes `range` of `text` with `new`.
fn text_edit(part: &str, text: &str, range: std::ops::Range<usize>, new: String) -> FixEdit {
    FixEdit::Text {
        part: part.to_string(),
        start: utf16_of_byte(text, range.start),
        end: utf16_of_byte(text, range.end),
        old: text.get(range).unwrap_or("").to_string(),
        new,
    }
}

/// "改为表中的 0": the number of a stated count replaced by the table's value `v`, its unit
/// kept ("2件" → "0件"). `None` for a statement without a written figure ("未收到申请").
pub fn figure_fix(part: &str, text: &str, m: &Mention, v: i64) -> Option<Fix> {
    if !matches!(m.value, Value::Count(_)) || v < 0 {
        return None;
    }
    let figure = text.get(m.figure.clone())?;
    // The unit is the figure's last character of the quantity's units; the number before it.
    let (unit_at, _) = figure
        .char_indices()
        .rev()
        .find(|(_, c)| m.quantity.units().contains(*c))?;
    let number = figure[..unit_at].trim_end();
    if number.is_empty() {
        return None;
    }
    let start = m.figure.start;
    Some(Fix::new(
        format!("改为表中的 {v}"),
        vec![text_edit(
            part,
            text,
            start..start + number.len(),
            v.to_string(),
        )],
    ))
}

/// "按表格重写此句": the sentence holding a figure written again from the tables, in the
/// standard wording (`None` when the table is blank or the sentence already reads so).
pub fn rewrite_fix(
    ctx: &Context,
    part: &str,
    text: &str,
    m: &Mention,
    topic: Topic,
) -> Option<Fix> {
    let new = sentence(ctx.report, topic).ok()?;
    let range = sentence_around(text, m.span.start);
    if text.get(range.clone()) == Some(new.as_str()) {
        return None;
    }
    Some(Fix::new(
        "按表格重写此句",
        vec![text_edit(part, text, range, new)],
    ))
}

/// "按分项重算总计": every total cell set to the sum of its items (a printed total of an
/// imported report that disagrees with them). `None` when every total already agrees.
pub fn recompute_fix(ctx: &Context) -> Option<Fix> {
    let index = ctx.format.index();
    let edits: Vec<FixEdit> = differing(ctx.report)
        .filter_map(|(id, new)| {
            let Cell::Int(value) = new else {
                return None;
            };
            let address = index.cells.get(id)?.address.clone();
            Some(FixEdit::Cell { address, value })
        })
        .collect();
    (!edits.is_empty()).then(|| Fix::new("按分项重算总计", edits))
}

/// "取上年数": a cell set to last year's value.
pub fn previous_fix(address: String, last: Option<i64>) -> Option<Fix> {
    Some(Fix::new(
        "取上年数",
        vec![FixEdit::Cell {
            address,
            value: last?,
        }],
    ))
}

/// "转换为全角标点": the half-width marks of a part (S-8, `marks` in text order) in their
/// full-width forms, as one edit from the first mark to the last (the text between is kept).
pub fn full_width_fix(part: &str, text: &str, marks: &[HalfWidthMark]) -> Option<Fix> {
    let start = marks.first()?.start;
    let end = marks.iter().map(|m| m.end).max()?;
    let new = full_forms_in(text, marks, start..end);
    Some(Fix::new(
        "转换为全角标点",
        vec![text_edit(part, text, start..end, new)],
    ))
}

/// "空白填 0": 0 written into blank entry cells, one choice per row (`rows`: each row's label
/// and its blank cells' addresses), every row chosen unless the user leaves it out. `None`
/// without a blank cell.
pub fn zero_fill_fix(rows: Vec<(String, Vec<String>)>) -> Option<Fix> {
    let mut edits = Vec::new();
    let mut choices = Vec::new();
    for (label, cells) in rows {
        let first = edits.len();
        let n = cells.len();
        edits.extend(
            cells
                .into_iter()
                .map(|address| FixEdit::Cell { address, value: 0 }),
        );
        choices.push(FixChoice {
            label: format!("{label}（{n} 格）"),
            edits: (first..edits.len()).collect(),
        });
    }
    (!edits.is_empty()).then_some(Fix {
        label: "空白填 0".to_string(),
        edits,
        choices,
    })
}
