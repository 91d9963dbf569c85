//! How each file of a review stands — its errors, open warnings, whether it was published late,
//! given twice or imported from a published copy — as flags its row shows in words, and the
//! filters and orders the review offers over them.

use crate::model::Report;
use crate::rules::published_late;

/// What a read report's row shows of its checks and its place in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Standing {
    /// Errors.
    pub errors: usize,
    /// Warnings not kept with a justification.
    pub warnings: usize,
    /// Published after its deadline (P-1's lateness).
    pub late: bool,
    /// Another file of the list is the same agency's report of the same year.
    pub duplicate: bool,
    /// Read from a published copy (a page, a PDF, a text) rather than our JSON.
    pub imported: bool,
}

/// One flag of a row, shown as a word (never as a colour alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// At least one error.
    Errors,
    /// At least one open warning.
    Warnings,
    /// Neither errors nor open warnings.
    Clean,
    /// Published late.
    Late,
    /// Given more than once.
    Duplicate,
    /// Imported from a published copy.
    Imported,
    /// The file could not be read.
    Unread,
}

impl Flag {
    /// The badge's word.
    pub fn label(self) -> &'static str {
        match self {
            Flag::Errors => "有错误",
            Flag::Warnings => "有提醒",
            Flag::Clean => "未发现问题",
            Flag::Late => "逾期",
            Flag::Duplicate => "重复",
            Flag::Imported => "导入自公开文本",
            Flag::Unread => "无法读取",
        }
    }

    /// A stable key (for a class name or a test id).
    pub fn key(self) -> &'static str {
        match self {
            Flag::Errors => "errors",
            Flag::Warnings => "warnings",
            Flag::Clean => "clean",
            Flag::Late => "late",
            Flag::Duplicate => "duplicate",
            Flag::Imported => "imported",
            Flag::Unread => "unread",
        }
    }
}

impl Standing {
    /// How a report stands with `errors` and open `warnings` (as the app counts them, with the
    /// report's acknowledgements), given `duplicate` in the list and `imported` or not; whether it
    /// is late is read from its dates.
    pub fn of(
        report: &Report,
        errors: usize,
        warnings: usize,
        duplicate: bool,
        imported: bool,
    ) -> Standing {
        Standing {
            errors,
            warnings,
            late: published_late(&report.meta),
            duplicate,
            imported,
        }
    }

    /// The row's flags, in the order they are shown.
    pub fn flags(&self) -> Vec<Flag> {
        let mut out = Vec::new();
        if self.errors > 0 {
            out.push(Flag::Errors);
        }
        if self.warnings > 0 {
            out.push(Flag::Warnings);
        }
        if self.is_clean() {
            out.push(Flag::Clean);
        }
        if self.late {
            out.push(Flag::Late);
        }
        if self.duplicate {
            out.push(Flag::Duplicate);
        }
        if self.imported {
            out.push(Flag::Imported);
        }
        out
    }

    /// Neither errors nor open warnings.
    pub fn is_clean(&self) -> bool {
        self.errors == 0 && self.warnings == 0
    }
}

/// The flags of a file: its report's, or [`Flag::Unread`] for a file that could not be read
/// (`None`).
pub fn flags_of(standing: Option<&Standing>) -> Vec<Flag> {
    standing.map_or_else(|| vec![Flag::Unread], Standing::flags)
}

/// Which files of the review are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Filter {
    /// Every file.
    #[default]
    All,
    /// Reports with errors.
    Errors,
    /// Reports with open warnings.
    Warnings,
    /// Reports with neither.
    Clean,
    /// Reports published late.
    Late,
    /// Reports given more than once.
    Duplicate,
}

/// The filters in the order they are offered.
pub const FILTERS: [Filter; 6] = [
    Filter::All,
    Filter::Errors,
    Filter::Warnings,
    Filter::Clean,
    Filter::Late,
    Filter::Duplicate,
];

impl Filter {
    /// The filter's name.
    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "全部",
            Filter::Errors => "有错误",
            Filter::Warnings => "有提醒",
            Filter::Clean => "未发现问题",
            Filter::Late => "逾期",
            Filter::Duplicate => "重复",
        }
    }

    /// A stable key (for a test id).
    pub fn key(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Errors => "errors",
            Filter::Warnings => "warnings",
            Filter::Clean => "clean",
            Filter::Late => "late",
            Filter::Duplicate => "duplicate",
        }
    }

    /// Whether a file is listed: a file that could not be read (`None`) only under
    /// [`Filter::All`], since nothing is known of its report.
    pub fn keeps(self, standing: Option<&Standing>) -> bool {
        let Some(s) = standing else {
            return self == Filter::All;
        };
        match self {
            Filter::All => true,
            Filter::Errors => s.errors > 0,
            Filter::Warnings => s.warnings > 0,
            Filter::Clean => s.is_clean(),
            Filter::Late => s.late,
            Filter::Duplicate => s.duplicate,
        }
    }

    /// How many of `files` the filter lists.
    pub fn count<'a>(self, files: impl IntoIterator<Item = Option<&'a Standing>>) -> usize {
        files.into_iter().filter(|s| self.keeps(*s)).count()
    }
}

/// The order of the listed files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Order {
    /// As they were added.
    #[default]
    Added,
    /// Worst first: files that could not be read, then by errors, open warnings, late and
    /// given twice (each most first); ties keep the order they were added in.
    Result,
}

/// The orders in the order they are offered.
pub const ORDERS: [Order; 2] = [Order::Added, Order::Result];

impl Order {
    /// The order's name.
    pub fn label(self) -> &'static str {
        match self {
            Order::Added => "按添加顺序",
            Order::Result => "按检查结果（问题多的在前）",
        }
    }

    /// A stable key (a `<select>` value).
    pub fn key(self) -> &'static str {
        match self {
            Order::Added => "added",
            Order::Result => "result",
        }
    }

    /// The order of a key; `None` for any other text.
    pub fn from_key(key: &str) -> Option<Order> {
        ORDERS.into_iter().find(|o| o.key() == key)
    }

    /// The positions of `files` (each a report's standing, `None` for a file that could not be
    /// read) in this order.
    pub fn arrange(self, files: &[Option<Standing>]) -> Vec<usize> {
        let mut at: Vec<usize> = (0..files.len()).collect();
        if self == Order::Result {
            // Worse sorts first; `sort_by_key` is stable, so ties keep the added order.
            at.sort_by_key(|&i| {
                std::cmp::Reverse(
                    files[i].map_or((true, usize::MAX, usize::MAX, true, true), |s| {
                        (false, s.errors, s.warnings, s.late, s.duplicate)
                    }),
                )
            });
        }
        at
    }
}
