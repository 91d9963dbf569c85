//! A report for the year after another: what the format carries from year to year
//! ([`crate::format::CarryOver`]: table 三's 结转 always, table 二's 现行有效件数 as an offer).

use super::{Cell, Report};
use crate::totals;

/// One figure last year's report hands to the new one.
#[derive(Debug, Clone, PartialEq)]
pub struct Carried {
    /// The new report's cell it goes into, e.g. "table3.carry.natural".
    pub into: String,
    /// The official label of the row it goes into ("二、上年结转政府信息公开申请数量", "规章").
    pub row: &'static str,
    /// The official label of the row of last year's report it comes from.
    pub from_row: &'static str,
    /// The official label of its column ("自然人", "现行有效件数").
    pub column: &'static str,
    /// Last year's value.
    pub value: Cell,
    /// Carried always (结转: the same applications), or only offered as a starting value the
    /// user accepts and revises (现行有效件数).
    pub always: bool,
}

impl Report {
    /// The report year after this report's; `None` without a year (or past `i32::MAX`).
    pub fn following_year(&self) -> Option<i32> {
        self.meta.year?.checked_add(1)
    }

    /// Every figure this report hands to a report for `year`, in the format's order: each cell
    /// of a [`crate::format::CarryOver`] both formats have (a blank included, so a preview can
    /// tell an empty carry-over).
    pub fn carried_into(&self, year: i32) -> Vec<Carried> {
        let target = crate::format::format_for_year(year);
        let mut out = Vec::new();
        for t in target.tables {
            let Some((_, last)) = self.def().table(t.key) else {
                continue;
            };
            for c in t.carried {
                let (Some((bi, ri)), Some((lbi, lri))) =
                    (t.find_row(c.into), last.find_row(c.from))
                else {
                    continue;
                };
                let (b, lb) = (&t.blocks[bi], &last.blocks[lbi]);
                for col in b
                    .columns
                    .iter()
                    .filter(|k| c.column.is_none_or(|x| x == k.key))
                {
                    let from = format!("{}.{}.{}", t.key, c.from, col.key);
                    let Some(value) = self.get(&from) else {
                        continue;
                    };
                    out.push(Carried {
                        into: format!("{}.{}.{}", t.key, c.into, col.key),
                        row: b.rows[ri].label,
                        from_row: lb.rows[lri].label,
                        column: col.label,
                        value: value.clone(),
                        always: c.always,
                    });
                }
            }
        }
        out
    }

    /// Last year's text for the new report's narrative part `key`, as this report (last year's)
    /// wrote it: the part is looked up in this report's own format (a 2020 report is in the 2019
    /// format), so a part the formats share by key matches and a part this format lacks has
    /// none. `None` too when the text is blank.
    pub fn text_for_following(&self, key: &str) -> Option<&str> {
        let part = self.def().parts().find(|p| p.key == key)?;
        let text = self.text(part.key);
        (!text.trim().is_empty()).then_some(text)
    }

    /// A new, empty report for the year after this one (same agency and kind) with what the
    /// format carries always filled in (二、上年结转 from 四、结转下年度继续办理), the offered
    /// figures too when `take_offered` (现行有效件数), and its totals computed. `None` when
    /// this report has no year.
    pub fn next_year(&self, take_offered: bool) -> Option<Report> {
        let year = self.following_year()?;
        let mut r = Report::for_year(year);
        r.meta.agency = self.meta.agency.clone();
        r.meta.kind = self.meta.kind;
        for c in self.carried_into(year) {
            if c.always || take_offered {
                r.set(&c.into, c.value);
            }
        }
        totals::fill(&mut r);
        Some(r)
    }
}
