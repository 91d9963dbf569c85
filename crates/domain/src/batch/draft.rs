//! A year's sum as the draft of the 本级政府 report it is made for: a supervising office sums
//! its departments' reports to write the government's own. The draft says how its figures were
//! made, and where they may count one application twice, in its 引言 — the part of the report
//! the user sees first in the form and rewrites before publishing; the dialog shows the same
//! note beside the sum.

use super::sum::YearSum;
use crate::model::{Report, ReportKind};

impl YearSum {
    /// The note on how the sum was made and where it counts twice: always the caution that an
    /// application several agencies handled is in several reports, then each report given more
    /// than once.
    pub fn note(&self) -> String {
        let mut note = format!(
            "（汇总说明，发布前请核对并改写）本报告表格数字为{}年度{}份报告录入数字之和，各项总计由合计重新计算。同一申请由多个机关分别办理、或转送其他机关办理的，在各机关报告中均有统计，合计中会重复计算。",
            self.year,
            self.members.len()
        );
        for r in &self.repeats {
            note.push_str(&format!("提醒：{}。", r.message()));
        }
        note
    }

    /// The sum as a draft of the 本级政府 report (kind [`ReportKind::Government`], whatever the
    /// summed reports' kinds) with [`YearSum::note`] as its 引言; `None` when there is no sum.
    pub fn draft(&self) -> Option<Report> {
        let mut r = self.sum.as_ref().ok()?.clone();
        r.meta.kind = ReportKind::Government;
        let intro = r.def().intro.key;
        r.set_text(intro, self.note());
        Some(r)
    }
}
