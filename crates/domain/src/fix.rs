//! Quick fixes as data: what a finding offers to put it right ("改为表中的 0", "按表格重写此句",
//! "按分项重算总计", "取上年数", "空白填 0" for the rows the user picks), each a list of edits to the report that the form applies as one
//! undo step and a portal applies through the JS API (`applyFix`).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use serde::{Deserialize, Serialize, Serializer};

use crate::compose::byte_of_utf16;
use crate::format::CellId;
use crate::model::{Cell, Report};
use crate::totals::Sum;

/// One edit of a fix.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum FixEdit {
    /// Sets a count cell ("table3.carry.natural") to a value.
    Cell {
        /// The cell address.
        address: String,
        /// The count it gets.
        value: i64,
    },
    /// Replaces a span of a narrative part's text. Offsets are UTF-16 code units (as JavaScript
    /// strings and the text area count); `old` is the text the span held when the fix was made,
    /// so a fix applied to text changed since is refused instead of garbling it.
    Text {
        /// The part key ("overview_on_request").
        part: String,
        /// Where the span starts.
        start: usize,
        /// Where it ends (exclusive).
        end: usize,
        /// What the span holds now.
        old: String,
        /// What it becomes.
        new: String,
    },
}

/// A quick fix a finding offers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fix {
    /// The button's Chinese label ("改为表中的 0").
    pub label: String,
    /// What it does to the report, in order.
    pub edits: Vec<FixEdit>,
    /// For a fix the user narrows before applying it ("空白填 0": the rows to fill), the
    /// groups of its edits a chooser lists, all chosen by default; empty for a fix applied as
    /// it is. `edits` holds every group's edits, so the fix applied unchanged fills them all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<FixChoice>,
}

/// One group of a fix's edits a user may leave out (a row of blank cells).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixChoice {
    /// What the chooser lists ("一、本年新收政府信息公开申请数量（3 格）").
    pub label: String,
    /// The positions of its edits in the fix's `edits`.
    pub edits: Vec<usize>,
}

/// The fixes of one finding, shared: a finding's copies (the form's marks at every place it
/// names, its entry in the panel, the checks' previous result) hold one list, so copying a
/// finding copies a pointer. A blank-cells finding names every blank cell of a table and its
/// 空白填 0 fix edits each of them, so a copy of the list per place cost O(cells²) per keystroke.
///
/// Equal when the fixes are (a list compared with itself answers at once); [`Fixes::same`]
/// tells whether two are the one list. Serialized as the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fixes(Option<Arc<[Fix]>>);

impl Fixes {
    /// Whether `self` and `other` are the same list, not only equal ones (both empty counts as
    /// the same): what tells at once that a finding's fixes did not change.
    pub fn same(&self, other: &Fixes) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    /// Makes `self` share `earlier`'s list when the two hold equal fixes, so that the next
    /// comparison with [`Fixes::same`] answers at once. Returns whether they were equal.
    pub fn share_if_equal(&mut self, earlier: &Fixes) -> bool {
        if self.same(earlier) {
            return true;
        }
        let equal = self[..] == earlier[..];
        if equal {
            self.0.clone_from(&earlier.0);
        }
        equal
    }
}

impl From<Vec<Fix>> for Fixes {
    fn from(fixes: Vec<Fix>) -> Fixes {
        Fixes((!fixes.is_empty()).then(|| fixes.into()))
    }
}

impl std::ops::Deref for Fixes {
    type Target = [Fix];

    fn deref(&self) -> &[Fix] {
        self.0.as_deref().unwrap_or(&[])
    }
}

/// Consistent with equality (equal lists hash alike) but reads only each fix's label and
/// number of edits: a keyed list of findings hashes its keys on every change, and hashing
/// every edit of a 空白填 0 fix there cost more than the rest of the update.
impl Hash for Fixes {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for f in self.iter() {
            f.label.hash(state);
            state.write_usize(f.edits.len());
        }
    }
}

impl Serialize for Fixes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self[..].serialize(s)
    }
}

impl Fix {
    /// A fix of a label and its edits, applied as it is (no choices).
    pub fn new(label: impl Into<String>, edits: Vec<FixEdit>) -> Fix {
        Fix {
            label: label.into(),
            edits,
            choices: Vec::new(),
        }
    }

    /// The fix narrowed to the choices at the positions `chosen` (in `choices`): their edits
    /// only, in the fix's order. A position out of range is ignored; a fix without choices is
    /// returned as it is.
    pub fn narrowed(&self, chosen: &[usize]) -> Fix {
        if self.choices.is_empty() {
            return self.clone();
        }
        let mut keep = vec![false; self.edits.len()];
        let mut choices = Vec::new();
        for (i, c) in self.choices.iter().enumerate() {
            if !chosen.contains(&i) {
                continue;
            }
            for &e in &c.edits {
                if let Some(k) = keep.get_mut(e) {
                    *k = true;
                }
            }
            choices.push(c.clone());
        }
        // The positions of the kept edits after the others are dropped.
        let mut at = vec![usize::MAX; self.edits.len()];
        let mut edits = Vec::new();
        for (i, e) in self.edits.iter().enumerate() {
            if keep[i] {
                at[i] = edits.len();
                edits.push(e.clone());
            }
        }
        for c in &mut choices {
            c.edits = c.edits.iter().filter_map(|&e| at.get(e).copied()).collect();
        }
        Fix {
            label: self.label.clone(),
            edits,
            choices,
        }
    }
}

/// The report with a fix applied, or why it cannot be (the report changed since the fix was
/// offered, or it names a place the report's format lacks). The report given is not changed.
///
/// An entry cell a fix sets carries into the totals that sum it (and theirs), and into no
/// other: the totals an imported report printed elsewhere stay as printed, for the checks.
pub fn apply_fix(report: &Report, fix: &Fix) -> Result<Report, String> {
    let mut out = report.clone();
    let mut changed: Vec<CellId> = Vec::new();
    for e in &fix.edits {
        match e {
            FixEdit::Cell { address, value } => {
                let id = out
                    .def()
                    .cell(address)
                    .ok_or_else(|| format!("{address}：本报告格式没有这一单元格"))?;
                if !matches!(
                    out.def().index().cells.get(id).map(|c| c.kind),
                    Some(crate::format::CellKind::Count)
                ) || *value < 0
                {
                    return Err(format!("{address}：应为不小于 0 的件数"));
                }
                out.set(address, Cell::Int(*value));
                if !out.def().index().cells.get(id).is_some_and(|c| c.computed) {
                    changed.push(id);
                }
            }
            FixEdit::Text {
                part,
                start,
                end,
                old,
                new,
            } => {
                let text = out.text(part);
                let (s, e) = (byte_of_utf16(text, *start), byte_of_utf16(text, *end));
                if s > e || text.get(s..e) != Some(old.as_str()) {
                    return Err(format!(
                        "{part}：正文已改动，原文“{old}”已不在原处，请重新检查后再修正"
                    ));
                }
                let changed = format!("{}{new}{}", &text[..s], &text[e..]);
                out.set_text(part, changed);
            }
        }
    }
    for s in &out.def().index().sums {
        if s.addends.iter().any(|a| changed.contains(a)) {
            let v = Sum::of(s.addends.iter().map(|&a| out.int(a))).cell_value();
            if let Some(c) = out.cells.get_mut(s.cell) {
                *c = v.map_or(Cell::Blank, Cell::Int);
            }
            changed.push(s.cell);
        }
    }
    Ok(out)
}
