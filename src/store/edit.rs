//! Edits of a report and how they are applied: pure functions over the report and the per-field
//! input issues, so the rules of editing are tested natively and the reactive store only wraps
//! them.

use std::collections::BTreeMap;

use report_domain::fix::{apply_fix, Fix};
use report_domain::input::{normalize_number, parse_cell};
use report_domain::{totals, Report, ReportKind};

use super::place;

/// What the user typed into a field that could not be stored as is: the raw text stays visible
/// in the field with the message next to it (never lose what the user typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputIssue {
    /// The text exactly as typed or pasted.
    pub raw: String,
    /// Chinese message shown at the field.
    pub message: String,
    /// `true`: the value could not be read: the cell is blank and the report keeps the text
    /// (`Report::unread`) until the cell is changed.
    /// `false`: the value was stored but reinterpreted (e.g. "/" stored as blank) and the note
    /// explains how.
    pub rejected: bool,
}

/// Input issues by place (cell address, "meta.year", ...). UI state, not part of the report.
pub type InputIssues = BTreeMap<String, InputIssue>;

/// A change of one metadata field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaEdit {
    /// 机关名称.
    Agency(String),
    /// 报告年度, as typed ("" clears it).
    Year(String),
    /// Department or whole government.
    Kind(ReportKind),
    /// 公布日期, "YYYY-MM-DD" or "".
    Published(String),
}

impl MetaEdit {
    /// The place of the field ("meta.agency", ...).
    pub fn place(&self) -> &'static str {
        match self {
            MetaEdit::Agency(_) => place::META_AGENCY,
            MetaEdit::Year(_) => place::META_YEAR,
            MetaEdit::Kind(_) => place::META_KIND,
            MetaEdit::Published(_) => place::META_PUBLISHED,
        }
    }
}

/// One edit of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Text typed or pasted into the cell at an address such as "table3.new.natural".
    Cell {
        /// The cell address.
        address: String,
        /// The raw text.
        raw: String,
    },
    /// The whole text of a narrative part (see `SectionDef::parts`).
    Text {
        /// The part key, e.g. "overview_on_request".
        part: String,
        /// The new text.
        text: String,
    },
    /// A metadata field.
    Meta(MetaEdit),
    /// Keep a warning, with the user's short justification (saved with the report).
    Acknowledge {
        /// `Diagnostic::key()` of the warning.
        key: String,
        /// Why the figure is right anyway.
        justification: String,
    },
    /// Withdraw an acknowledgement.
    Unacknowledge {
        /// `Diagnostic::key()` of the warning.
        key: String,
    },
    /// A quick fix a finding offers (its edits, all at once).
    Fix(Fix),
}

impl Edit {
    /// Consecutive edits with the same key form one undo step ("typing into this field").
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            Edit::Cell { address, .. } => Some(format!("cell:{address}")),
            Edit::Text { part, .. } => Some(format!("text:{part}")),
            Edit::Meta(m) => Some(m.place().to_string()),
            Edit::Acknowledge { .. } | Edit::Unacknowledge { .. } | Edit::Fix(_) => None,
        }
    }
}

/// What applying an edit did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Stored, or the Chinese reason why not.
    pub result: Result<(), String>,
    /// Whether the report itself changed (input issues alone do not count).
    pub report_changed: bool,
    /// Whether a cell value changed, so totals must be recomputed.
    pub cell_changed: bool,
}

impl Applied {
    fn ok(report_changed: bool) -> Applied {
        Applied {
            result: Ok(()),
            report_changed,
            cell_changed: false,
        }
    }

    fn err(message: impl Into<String>) -> Applied {
        Applied {
            result: Err(message.into()),
            report_changed: false,
            cell_changed: false,
        }
    }
}

/// The message for an attempt to type into a computed cell.
pub const COMPUTED_MESSAGE: &str = "合计由系统根据各项自动计算，不能直接填写";

/// Applies one edit. Totals are not recomputed here (see [`recompute_totals`]) so that a paste
/// of many cells recomputes once.
pub fn apply(report: &mut Report, issues: &mut InputIssues, edit: &Edit) -> Applied {
    match edit {
        Edit::Cell { address, raw } => apply_cell(report, issues, address, raw),
        Edit::Text { part, text } => {
            let known = report.def().parts().any(|p| p.key == part);
            if !known {
                return Applied::err(format!("没有这一部分：{part}"));
            }
            let place = super::place::narrative(part);
            if let Some(why) = report_domain::model::part_too_long(text) {
                // Refused with the reason at the part; the text area keeps what was typed.
                issues.insert(
                    place,
                    InputIssue {
                        raw: String::new(),
                        message: why.clone(),
                        rejected: true,
                    },
                );
                return Applied::err(why);
            }
            issues.remove(&place);
            if report.text(part) == text {
                return Applied::ok(false);
            }
            report.set_text(part, text.clone());
            Applied::ok(true)
        }
        Edit::Meta(m) => apply_meta(report, issues, m),
        Edit::Acknowledge { key, justification } => {
            let j = justification.trim();
            if j.is_empty() {
                return Applied::err("请简要说明保留此项的理由");
            }
            if report.acknowledgements.get(key).map(String::as_str) == Some(j) {
                return Applied::ok(false);
            }
            report.acknowledgements.insert(key.clone(), j.to_string());
            Applied::ok(true)
        }
        Edit::Unacknowledge { key } => Applied::ok(report.acknowledgements.remove(key).is_some()),
        Edit::Fix(fix) => match apply_fix(report, fix) {
            Ok(fixed) => {
                let changed = fixed != *report;
                let cells = fixed.cells != report.cells;
                *report = fixed;
                Applied {
                    result: Ok(()),
                    report_changed: changed,
                    cell_changed: cells,
                }
            }
            Err(e) => Applied::err(e),
        },
    }
}

fn apply_cell(report: &mut Report, issues: &mut InputIssues, address: &str, raw: &str) -> Applied {
    let def = report.def();
    let Some(id) = def.cell(address) else {
        return Applied::err(format!("没有这个单元格：{address}"));
    };
    let Some(info) = def.index().cells.get(id) else {
        return Applied::err(format!("没有这个单元格：{address}"));
    };
    if info.computed {
        return Applied::err(COMPUTED_MESSAGE);
    }
    match parse_cell(info.kind, raw) {
        Err(e) => {
            issues.insert(
                address.to_string(),
                InputIssue {
                    raw: raw.to_string(),
                    message: e.message.clone(),
                    rejected: true,
                },
            );
            // What was typed stays in the report, not only on screen: the cell is blank (so no
            // total counts an old value), the text is saved and exported, and T2-1 lists it.
            let changed = !report.cell(id).is_blank() || report.unread(address) != Some(raw);
            if changed {
                report.set_unread(address, raw);
            }
            Applied {
                result: Err(e.message),
                report_changed: changed,
                cell_changed: changed,
            }
        }
        Ok(parsed) => {
            match parsed.note {
                Some(note) => {
                    issues.insert(
                        address.to_string(),
                        InputIssue {
                            raw: raw.to_string(),
                            message: note,
                            rejected: false,
                        },
                    );
                }
                None => {
                    issues.remove(address);
                }
            }
            let changed = report.cell(id) != &parsed.cell || report.unread(address).is_some();
            if changed {
                report.set(address, parsed.cell);
            }
            Applied {
                result: Ok(()),
                report_changed: changed,
                cell_changed: changed,
            }
        }
    }
}

fn apply_meta(report: &mut Report, issues: &mut InputIssues, m: &MetaEdit) -> Applied {
    let meta = &mut report.meta;
    let changed = match m {
        MetaEdit::Agency(s) => replace(&mut meta.agency, s.clone()),
        MetaEdit::Kind(k) => replace(&mut meta.kind, *k),
        MetaEdit::Published(s) => replace(&mut meta.published, s.trim().to_string()),
        MetaEdit::Year(raw) => match parse_year(raw) {
            Ok(y) => {
                issues.remove(m.place());
                let changed = replace(&mut meta.year, y);
                if changed {
                    follow_year(report, issues);
                }
                changed
            }
            Err(message) => {
                issues.insert(
                    m.place().to_string(),
                    InputIssue {
                        raw: raw.clone(),
                        message: message.clone(),
                        rejected: true,
                    },
                );
                return Applied::err(message);
            }
        },
    };
    Applied::ok(changed)
}

/// A draft whose tables hold nothing yet takes the format its (new) report year requires, in
/// the same step as the year (so one undo restores both); a filled draft keeps its tables and
/// is offered the conversion (`components::meta::FormatOffer`).
fn follow_year(report: &mut Report, issues: &mut InputIssues) {
    let Some(year) = report.meta.year else {
        return;
    };
    let required = report_domain::format::FormatId::for_year(year);
    if required == report.format || report.has_table_entries() {
        return;
    }
    *report = report.convert(required).report;
    // Notes of the old tables' cells ("/" read as blank) belong to cells that are gone.
    issues.retain(|place, _| {
        !report_domain::format::FORMATS
            .iter()
            .any(|f| f.cell(place).is_some())
    });
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// Parses a report year as typed: "" → none; 2000–2099 accepted (full-width digits too).
pub fn parse_year(raw: &str) -> Result<Option<i32>, String> {
    let s = normalize_number(raw);
    let s = s.trim_end_matches('年');
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i32>() {
        Ok(y) if (2000..=2099).contains(&y) => Ok(Some(y)),
        _ => Err("请填写四位数的报告年度，如 2021".to_string()),
    }
}

/// Writes every computed total into the report (the form never lets the user type a total).
/// Returns whether any total changed.
pub fn recompute_totals(report: &mut Report) -> bool {
    totals::fill(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::{Cell, FormatId};

    fn cell(address: &str, raw: &str) -> Edit {
        Edit::Cell {
            address: address.into(),
            raw: raw.into(),
        }
    }

    #[test]
    fn stores_parsed_values_and_keeps_rejected_text() {
        let mut r = Report::new(FormatId::F2021);
        let mut issues = InputIssues::new();
        let a = apply(&mut r, &mut issues, &cell("table3.new.natural", "１２"));
        assert_eq!(a.result, Ok(()));
        assert!(a.report_changed && a.cell_changed);
        assert_eq!(r.get("table3.new.natural"), Some(&Cell::Int(12)));

        // Issue 17, finding 3: what could not be read is kept in the report as typed, and the
        // old value no longer counts.
        let a = apply(&mut r, &mut issues, &cell("table3.new.natural", "1O"));
        assert_eq!(a.result, Err("请输入数字（没有数据请填 0）".to_string()));
        assert!(a.report_changed && a.cell_changed);
        assert_eq!(r.get("table3.new.natural"), Some(&Cell::Blank));
        assert_eq!(r.unread("table3.new.natural"), Some("1O"));
        let issue = &issues["table3.new.natural"];
        assert_eq!((issue.raw.as_str(), issue.rejected), ("1O", true));
        let a = apply(&mut r, &mut issues, &cell("table3.new.natural", "1O"));
        assert!(!a.report_changed);

        let a = apply(&mut r, &mut issues, &cell("table3.new.natural", "-1"));
        assert_eq!(a.result, Err("件数不能为负数".to_string()));
        assert_eq!(r.unread("table3.new.natural"), Some("-1"));

        let a = apply(&mut r, &mut issues, &cell("table3.new.natural", "3"));
        assert!(a.report_changed);
        assert!(issues.is_empty());
        assert!(r.unread.is_empty());
        assert_eq!(r.get("table3.new.natural"), Some(&Cell::Int(3)));
    }

    #[test]
    fn blank_marks_are_stored_blank_with_a_note() {
        let mut r = Report::new(FormatId::F2021);
        let mut issues = InputIssues::new();
        apply(&mut r, &mut issues, &cell("table3.new.natural", "5"));
        let a = apply(&mut r, &mut issues, &cell("table3.new.natural", "/"));
        assert_eq!(a.result, Ok(()));
        assert_eq!(r.get("table3.new.natural"), Some(&Cell::Blank));
        assert!(!issues["table3.new.natural"].rejected);
    }

    #[test]
    fn a_part_over_the_size_limit_is_refused_with_its_reason() {
        let mut r = Report::new(FormatId::F2021);
        let mut issues = InputIssues::new();
        let limit = report_domain::model::MAX_PART_CHARS;
        let text = |n: usize| Edit::Text {
            part: "problems".into(),
            text: "问".repeat(n),
        };
        let a = apply(&mut r, &mut issues, &text(limit + 1));
        assert!(a.result.unwrap_err().contains("每部分最多 50000 字"));
        assert!(r.text("problems").is_empty());
        assert!(issues["narrative.problems"].rejected);
        let a = apply(&mut r, &mut issues, &text(limit));
        assert!(a.result.is_ok() && a.report_changed);
        assert!(issues.is_empty());
    }

    #[test]
    fn totals_are_computed_and_cannot_be_typed() {
        let mut r = Report::new(FormatId::F2021);
        let mut issues = InputIssues::new();
        let a = apply(&mut r, &mut issues, &cell("table3.new.total", "9"));
        assert_eq!(a.result, Err(COMPUTED_MESSAGE.to_string()));
        apply(&mut r, &mut issues, &cell("table3.new.natural", "2"));
        apply(&mut r, &mut issues, &cell("table3.new.business", "1"));
        apply(&mut r, &mut issues, &cell("table3.granted.natural", "2"));
        assert!(recompute_totals(&mut r));
        assert_eq!(r.get("table3.new.total"), Some(&Cell::Int(3)));
        assert_eq!(r.get("table3.total.natural"), Some(&Cell::Int(2)));
        assert!(!recompute_totals(&mut r));
        assert!(apply(&mut r, &mut issues, &cell("table9.x.y", "1"))
            .result
            .is_err());
    }

    #[test]
    fn amounts_keep_digits() {
        let mut r = Report::new(FormatId::F2021);
        let mut issues = InputIssues::new();
        apply(&mut r, &mut issues, &cell("table2.fees.amount", "0.1200"));
        assert_eq!(
            r.get("table2.fees.amount").map(Cell::display),
            Some("0.1200".to_string())
        );
    }

    #[test]
    fn text_meta_and_acknowledgements() {
        let mut r = Report::new(FormatId::F2021);
        let mut issues = InputIssues::new();
        let t = Edit::Text {
            part: "problems".into(),
            text: "无".into(),
        };
        assert!(apply(&mut r, &mut issues, &t).report_changed);
        assert!(!apply(&mut r, &mut issues, &t).report_changed);
        assert!(apply(
            &mut r,
            &mut issues,
            &Edit::Text {
                part: "nope".into(),
                text: String::new()
            }
        )
        .result
        .is_err());

        let y = apply(
            &mut r,
            &mut issues,
            &Edit::Meta(MetaEdit::Year("二〇".into())),
        );
        assert!(y.result.is_err());
        assert_eq!(issues["meta.year"].raw, "二〇");
        apply(
            &mut r,
            &mut issues,
            &Edit::Meta(MetaEdit::Year("２０２１".into())),
        );
        assert_eq!(r.meta.year, Some(2021));
        assert!(!issues.contains_key("meta.year"));

        let ack = Edit::Acknowledge {
            key: "T3-4@table3.new.natural".into(),
            justification: "  ".into(),
        };
        assert!(apply(&mut r, &mut issues, &ack).result.is_err());
        let ack = Edit::Acknowledge {
            key: "T3-4@table3.new.natural".into(),
            justification: "本年确无此类申请".into(),
        };
        assert!(apply(&mut r, &mut issues, &ack).report_changed);
        assert_eq!(r.acknowledgements.len(), 1);
        let un = Edit::Unacknowledge {
            key: "T3-4@table3.new.natural".into(),
        };
        assert!(apply(&mut r, &mut issues, &un).report_changed);
        assert!(r.acknowledgements.is_empty());
    }

    #[test]
    fn year_parsing() {
        assert_eq!(parse_year(""), Ok(None));
        assert_eq!(parse_year("2021年"), Ok(Some(2021)));
        assert!(parse_year("21").is_err());
        assert!(parse_year("3000").is_err());
    }

    #[test]
    fn a_quick_fix_is_one_edit_and_a_stale_one_changes_nothing() {
        let mut r = Report::from_json_str(report_domain::sample::SAMPLE_JSON).unwrap();
        let fix = report_domain::validate(&r, None)
            .into_iter()
            .find(|d| d.code == "T3-6")
            .and_then(|d| d.fixes.first().cloned())
            .unwrap();
        let mut issues = InputIssues::new();
        let a = apply(&mut r, &mut issues, &Edit::Fix(fix.clone()));
        assert_eq!(a.result, Ok(()));
        assert!(a.report_changed && !a.cell_changed);
        assert!(r.text("overview_on_request").ends_with("0件。"));
        let before = r.clone();
        let a = apply(&mut r, &mut issues, &Edit::Fix(fix));
        assert!(a.result.is_err() && !a.report_changed);
        assert_eq!(r, before);
    }

    fn year(raw: &str) -> Edit {
        Edit::Meta(MetaEdit::Year(raw.into()))
    }

    #[test]
    fn an_empty_draft_takes_the_format_of_its_year() {
        let mut r = Report::for_year(2025);
        let mut issues = InputIssues::new();
        r.set_text("problems", "已写的文字");
        issues.insert(
            "table2.fees.amount".into(),
            InputIssue {
                raw: "/".into(),
                message: "已按空白保存".into(),
                rejected: false,
            },
        );
        assert!(apply(&mut r, &mut issues, &year("2020")).report_changed);
        assert_eq!(r.format, FormatId::F2019);
        assert_eq!(r.meta.year, Some(2020));
        assert_eq!(r.text("problems"), "已写的文字");
        assert!(issues.is_empty(), "notes of the old tables' cells go");
        assert!(apply(&mut r, &mut issues, &year("2021")).report_changed);
        assert_eq!(r.format, FormatId::F2021);
        // No year: the tables stay as they are.
        apply(&mut r, &mut issues, &year(""));
        assert_eq!(r.format, FormatId::F2021);
    }

    #[test]
    fn a_filled_draft_keeps_its_tables_until_the_conversion_is_chosen() {
        let mut r = Report::for_year(2025);
        let mut issues = InputIssues::new();
        apply(&mut r, &mut issues, &cell("table2.regulations.issued", "3"));
        assert!(apply(&mut r, &mut issues, &year("2020")).report_changed);
        assert_eq!(r.format, FormatId::F2021);
        assert_eq!(r.get("table2.regulations.issued"), Some(&Cell::Int(3)));
    }
}
