//! What a rule sees: the report, its format, and optionally last year's report.

use std::cell::OnceCell;

use super::block::Block;
use crate::format::{CellId, FormatDef, PartDef};
use crate::model::Report;

/// How far along the report is expected to be: while it is being filled in, a table nobody has
/// started is not yet a list of blanks; before it is published, everything is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    /// Being filled in (the form, as the user types).
    Draft,
    /// About to be published (发布前检查, print, export; the JS API, 汇总审查): every check.
    #[default]
    Publication,
}

/// Input to every rule.
pub struct Context<'a> {
    /// The report being checked.
    pub report: &'a Report,
    /// Its format declaration.
    pub format: &'static FormatDef,
    /// Last year's report, for the cross-year rules (T3-5, T2-2, S-7).
    pub previous: Option<&'a Report>,
    /// Being filled in, or about to be published.
    pub stage: Stage,
    /// The statements of each narrative part, scanned once for all text rules (by part index).
    pub(crate) scans: [OnceCell<Vec<crate::text::Mention>>; super::narrative::MAX_PARTS],
    /// The text of each narrative part, by part index (empty when not written): the report's
    /// map is read once here, where the rules would search it some thirty times.
    texts: [&'a str; super::narrative::MAX_PARTS],
}

impl<'a> Context<'a> {
    /// A context for a report and optionally last year's.
    pub fn new(report: &'a Report, previous: Option<&'a Report>) -> Context<'a> {
        let format = report.def();
        let mut texts = [""; super::narrative::MAX_PARTS];
        for (key, text) in &report.narrative {
            let slot = format
                .parts()
                .position(|p| p.key == key)
                .and_then(|i| texts.get_mut(i));
            if let Some(slot) = slot {
                *slot = text;
            }
        }
        Context {
            report,
            format,
            previous,
            stage: Stage::default(),
            scans: Default::default(),
            texts,
        }
    }

    /// The same context at another stage.
    pub fn at(self, stage: Stage) -> Context<'a> {
        Context { stage, ..self }
    }

    /// The narrative text of a part (empty when not written), as [`Report::text`] gives it.
    pub fn text(&self, part: &str) -> &'a str {
        self.part(part)
            .map_or_else(|| self.report.text(part), |(_, text)| text)
    }

    /// A part of the format by key: its index and its text.
    pub(crate) fn part(&self, key: &str) -> Option<(usize, &'a str)> {
        let (i, p) = self
            .format
            .parts()
            .enumerate()
            .find(|(_, p)| p.key == key)?;
        Some((i, self.text_at(i, p)))
    }

    /// Each narrative part of the format with its text, in the format's order.
    pub fn part_texts(&self) -> impl Iterator<Item = (&'static PartDef, &'a str)> + '_ {
        self.format
            .parts()
            .enumerate()
            .map(|(i, p)| (p, self.text_at(i, p)))
    }

    /// The text of part `p`, at index `i` of the format's parts.
    fn text_at(&self, i: usize, p: &PartDef) -> &'a str {
        self.texts
            .get(i)
            .copied()
            .unwrap_or_else(|| self.report.text(p.key))
    }

    /// The id of a cell address; `None` when this format has no such cell.
    pub fn id(&self, address: &str) -> Option<CellId> {
        self.format.cell(address)
    }

    /// Integer value at an address (`None` for blank or absent). Convenient for a few lookups;
    /// checks that read many cells use [`Context::block`], which neither allocates nor hashes.
    pub fn int(&self, address: &str) -> Option<i64> {
        self.id(address).and_then(|id| self.report.int(id))
    }

    /// Block `block` of a table of the report (`table` is a stable key such as "table3").
    pub fn block(&self, table: &str, block: usize) -> Option<Block<'a>> {
        Block::of(self.report, table, block)
    }

    /// The same block in last year's report, when it is loaded and its format has it.
    pub fn previous_block(&self, table: &str, block: usize) -> Option<Block<'a>> {
        self.previous.and_then(|p| Block::of(p, table, block))
    }
}
