//! Where am I: how much of the report is filled in, what is still open, the publication
//! deadline of its kind (条例 art. 49: 部门 31 January, 本级政府 31 March of the next year) with
//! the days left, and whether it can be published (no error open, every kept warning with its
//! reason).

use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Report;
use crate::rules::{day_number, Date};

/// The state of a report on its way to publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Entry cells of the tables with a value.
    pub cells_filled: usize,
    /// Entry cells of the tables (the totals are computed, not filled).
    pub cells_total: usize,
    /// Narrative parts with text.
    pub parts_written: usize,
    /// Narrative parts of the format.
    pub parts_total: usize,
    /// Errors.
    pub errors: usize,
    /// Warnings not kept with a reason.
    pub warnings_open: usize,
    /// The publication deadline, when the report year is known.
    pub deadline: Option<Date>,
    /// Days from `today` to the deadline (negative when past).
    pub days_left: Option<i64>,
}

impl Progress {
    /// Of a report with its findings, on `today`.
    pub fn of(report: &Report, diags: &[Diagnostic], today: Date) -> Progress {
        let def = report.def();
        let entries = def.index().cells.iter().filter(|c| !c.computed);
        let (mut filled, mut total) = (0, 0);
        for c in entries {
            total += 1;
            let id = def.cell(&c.address);
            if id.is_some_and(|id| !report.cell(id).is_blank()) {
                filled += 1;
            }
        }
        let parts_total = def.section_parts().count();
        let parts_written = def
            .section_parts()
            .filter(|p| !report.text(p.key).trim().is_empty())
            .count();
        let errors = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings_open = diags
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .filter(|d| {
                report
                    .acknowledgements
                    .get(&d.key())
                    .is_none_or(|j| j.trim().is_empty())
            })
            .count();
        let deadline = report.meta.year.map(|y| {
            let (m, d) = report.meta.kind.deadline();
            (i64::from(y) + 1, m, d)
        });
        Progress {
            cells_filled: filled,
            cells_total: total,
            parts_written,
            parts_total,
            errors,
            warnings_open,
            deadline,
            days_left: deadline.map(|d| day_number(d) - day_number(today)),
        }
    }

    /// Whether the report can be published: every cell filled, every part written, no error
    /// open and every warning kept with its reason.
    pub fn publishable(&self) -> bool {
        self.cells_filled == self.cells_total
            && self.parts_written == self.parts_total
            && self.errors == 0
            && self.warnings_open == 0
    }

    /// The progress line, e.g. "表格已填 120/156 格 · 正文已写 6/8 部分 · 待处理 1 个错误、2 个提醒".
    pub fn line(&self) -> String {
        let open = match (self.errors, self.warnings_open) {
            (0, 0) => "无待处理问题".to_string(),
            (e, 0) => format!("待处理 {e} 个错误"),
            (0, w) => format!("待处理 {w} 个提醒"),
            (e, w) => format!("待处理 {e} 个错误、{w} 个提醒"),
        };
        format!(
            "表格已填 {}/{} 格 · 正文已写 {}/{} 部分 · {open}",
            self.cells_filled, self.cells_total, self.parts_written, self.parts_total
        )
    }

    /// The deadline line, e.g. "公布期限 2022年1月31日（政府部门），还有 55 天"; `None` when the
    /// report year is not known.
    pub fn deadline_line(&self, kind: crate::ReportKind) -> Option<String> {
        let ((y, m, d), left) = (self.deadline?, self.days_left?);
        let who = match kind {
            crate::ReportKind::Department => "政府部门",
            crate::ReportKind::Government => "本级人民政府",
        };
        let when = match left {
            0 => "今天截止".to_string(),
            l if l > 0 => format!("还有 {l} 天"),
            l => format!("已过 {} 天", -l),
        };
        Some(format!("公布期限 {y}年{m}月{d}日（{who}），{when}"))
    }
}
