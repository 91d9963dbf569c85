//! The sum of several reports of one year: every entry cell added up, the totals computed
//! from the sums, as a supervising office totals the reports of the agencies it oversees.

use std::fmt;

use super::repeats::{repeats, Repeat};
use crate::format::CellKind;
use crate::model::{Cell, Decimal, Report, ReportKind};
use crate::totals::compute;

/// Why reports cannot be summed; `Display` gives the Chinese message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SumError {
    /// No report was given.
    Empty,
    /// A report has no year, so which format its tables follow is not known.
    NoYear {
        /// The report, as the caller named it.
        name: String,
    },
    /// Reports of different years: their figures are not of one period.
    Years {
        /// The first report and its year.
        first: (String, i32),
        /// The first report of another year, and that year.
        other: (String, i32),
    },
    /// Reports of one year in different formats (a published page can keep the old tables):
    /// their cells do not line up.
    Formats {
        /// The first report and its format's name.
        first: (String, &'static str),
        /// The first report in another format, and that format's name.
        other: (String, &'static str),
    },
    /// A negative amount (which the checks reject): there is no sum to give.
    Negative {
        /// The report, as the caller named it.
        name: String,
        /// The official label of the cell.
        cell: String,
    },
    /// A sum beyond what a count cell holds.
    TooLarge {
        /// The official label of the cell.
        cell: String,
    },
}

impl fmt::Display for SumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SumError::Empty => write!(f, "没有可汇总的报告"),
            SumError::NoYear { name } => {
                write!(f, "“{name}”未填写报告年度，无法确定其表格格式，不能汇总")
            }
            SumError::Years { first, other } => write!(
                f,
                "只能汇总同一年度的报告：“{}”为{}年度，“{}”为{}年度",
                first.0, first.1, other.0, other.1
            ),
            SumError::Formats { first, other } => write!(
                f,
                "只能汇总同一表格格式的报告：“{}”为{}表格，“{}”为{}表格",
                first.0, first.1, other.0, other.1
            ),
            SumError::Negative { name, cell } => {
                write!(f, "“{name}”的“{cell}”为负数，不能汇总")
            }
            SumError::TooLarge { cell } => write!(f, "“{cell}”的合计超出可记录的范围"),
        }
    }
}

impl std::error::Error for SumError {}

/// The sum of `reports` (each with the name messages use for it): a report of their common
/// year and format whose entry cells hold the sums (a cell blank in every report stays blank;
/// amounts add exactly) and whose totals are computed from them. The agency reads
/// "汇总（N份报告）"; the kind is kept when all agree; the narrative is empty.
pub fn sum_reports<'a>(
    reports: impl IntoIterator<Item = (&'a str, &'a Report)>,
) -> Result<Report, SumError> {
    let reports: Vec<(&str, &Report)> = reports.into_iter().collect();
    let (first_name, first) = *reports.first().ok_or(SumError::Empty)?;
    let year = first.meta.year.ok_or_else(|| SumError::NoYear {
        name: first_name.to_string(),
    })?;
    for &(name, r) in &reports {
        match r.meta.year {
            None => {
                return Err(SumError::NoYear {
                    name: name.to_string(),
                })
            }
            Some(y) if y != year => {
                return Err(SumError::Years {
                    first: (first_name.to_string(), year),
                    other: (name.to_string(), y),
                })
            }
            Some(_) => {}
        }
        if r.format != first.format {
            return Err(SumError::Formats {
                first: (first_name.to_string(), first.def().name),
                other: (name.to_string(), r.def().name),
            });
        }
    }
    // The reports' own format, which is not always the year's: an imported page may keep the
    // tables of the format before.
    let mut sum = Report::new(first.format);
    sum.meta.year = Some(year);
    let def = sum.def();
    let kinds_agree = reports.iter().all(|(_, r)| r.meta.kind == first.meta.kind);
    sum.meta.kind = if kinds_agree {
        first.meta.kind
    } else {
        ReportKind::default()
    };
    sum.meta.agency = format!("汇总（{}份报告）", reports.len());
    for (id, info) in def.index().cells.iter().enumerate() {
        if info.computed {
            continue;
        }
        let mut total = Cell::Blank;
        for &(name, r) in &reports {
            // Every report has the sum's format, so the same cell ids.
            total = add(&total, r.cell(id), info.kind).map_err(|fault| match fault {
                Fault::Negative => SumError::Negative {
                    name: name.to_string(),
                    cell: def.cell_label(id),
                },
                Fault::TooLarge => SumError::TooLarge {
                    cell: def.cell_label(id),
                },
            })?;
        }
        if let Some(c) = sum.cells.get_mut(id) {
            *c = total;
        }
    }
    Ok(compute(&sum))
}

/// The positions of `reports` by year, newest year first (each year's in the given order), and
/// the positions of the reports with no year: what [`sum_reports`] can sum, one year at a time.
pub fn by_year(reports: &[&Report]) -> (Vec<(i32, Vec<usize>)>, Vec<usize>) {
    let mut years: Vec<(i32, Vec<usize>)> = Vec::new();
    let mut no_year = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        match r.meta.year {
            None => no_year.push(i),
            Some(y) => match years.iter_mut().find(|(year, _)| *year == y) {
                Some((_, list)) => list.push(i),
                None => years.push((y, vec![i])),
            },
        }
    }
    years.sort_by_key(|(year, _)| std::cmp::Reverse(*year));
    (years, no_year)
}

/// One year's sum in a collection: the summed report (or why there is none), which reports went
/// into it, and the reports among them given more than once.
#[derive(Debug, Clone, PartialEq)]
pub struct YearSum {
    /// The report year.
    pub year: i32,
    /// The sum of that year's reports.
    pub sum: Result<Report, SumError>,
    /// The reports it adds up: their indices in the collection, in its order.
    pub members: Vec<usize>,
    /// That year's reports given more than once (each counted every time in the sum).
    pub repeats: Vec<Repeat>,
}

impl YearSum {
    /// How the sum is headed, in the dialog and in the 汇总表: "合计（2021年度，2份报告）".
    pub fn heading(&self) -> String {
        format!("合计（{}年度，{}份报告）", self.year, self.members.len())
    }
}

/// The sums of a collection one year at a time, newest first, with the indices of the reports
/// that have no year (in no sum).
pub fn sums_by_year(named: &[(&str, &Report)]) -> (Vec<YearSum>, Vec<usize>) {
    let reports: Vec<&Report> = named.iter().map(|(_, r)| *r).collect();
    let (years, no_year) = by_year(&reports);
    let sums = years
        .into_iter()
        .map(|(year, members)| {
            let group: Vec<(&str, &Report)> = members
                .iter()
                .filter_map(|&i| named.get(i).copied())
                .collect();
            YearSum {
                year,
                sum: sum_reports(group.iter().copied()),
                repeats: repeats(group),
                members,
            }
        })
        .collect();
    (sums, no_year)
}

enum Fault {
    Negative,
    TooLarge,
}

/// One cell of a cell kind added to a running sum: blank adds nothing; an amount makes the sum
/// an amount. Only a signed count (2019 format 本年增/减) may be negative.
fn add(total: &Cell, cell: &Cell, kind: CellKind) -> Result<Cell, Fault> {
    if cell.negative_in(kind) {
        return Err(Fault::Negative);
    }
    let amount = |c: &Cell| match c {
        Cell::Amount(d) => Some(d.clone()),
        Cell::Int(v) => Decimal::parse(&v.to_string()),
        Cell::Blank => None,
    };
    Ok(match (total, cell) {
        (t, Cell::Blank) => t.clone(),
        (Cell::Blank, c) => c.clone(),
        // An entry of the sum is saved and read back like any entry: it holds to the maximum.
        (Cell::Int(a), Cell::Int(b)) => match a.checked_add(*b) {
            Some(v) if v.unsigned_abs() <= crate::input::MAX_COUNT.unsigned_abs() => Cell::Int(v),
            _ => return Err(Fault::TooLarge),
        },
        // Neither is negative (the running sum is made of checked cells), so the exact sum is
        // always there.
        (t, c) => match (amount(t), amount(c)) {
            (Some(a), Some(b)) => {
                let d = a.checked_add(&b).ok_or(Fault::Negative)?;
                // A sum is saved and read back: it holds to the bound of what is read.
                if crate::input::amount_too_long(&d).is_some() {
                    return Err(Fault::TooLarge);
                }
                Cell::Amount(d)
            }
            _ => return Err(Fault::Negative),
        },
    })
}
