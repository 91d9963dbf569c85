//! 核验: does a published copy (its 校验码 typed from paper, or the file itself) show the data
//! of the current draft, and if not, where do they differ. Compared as the copy prints it: the
//! agency, year and date, every narrative part, every cell; not the import record or the kept
//! warnings' justifications, which a copy does not print.

use serde::Serialize;

use super::fingerprint::{fingerprint, normalize_code};
use crate::model::Report;

/// One place where a copy and the draft differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The place as a reader names it: "表三 一、本年新收政府信息公开申请数量 / 自然人",
    /// "机关名称", "一、总体情况 （一）主动公开".
    pub place: String,
    /// The cell's address when the place is a cell ("table3.new.natural").
    pub address: Option<String>,
    /// What the draft holds there ("" when blank).
    pub draft: String,
    /// What the copy holds there ("" when blank).
    pub copy: String,
}

/// What 核验 found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Verdict {
    /// The copy shows exactly the draft's data.
    Match {
        /// The 校验码 they share.
        code: String,
    },
    /// The copy is of another version of the report: where they differ.
    Differs {
        /// The copy's 校验码.
        code: String,
        /// The draft's 校验码.
        draft_code: String,
        /// The places that differ, in the order the report prints them.
        differences: Vec<Difference>,
    },
    /// A well-formed code that is neither the draft's nor any known version's.
    Unknown {
        /// The code as read.
        code: String,
        /// The draft's 校验码.
        draft_code: String,
    },
    /// Not a code: the wrong number of digits.
    Malformed,
}

impl Verdict {
    /// The verdict in Chinese, one sentence then one line per difference.
    pub fn message(&self) -> String {
        match self {
            Verdict::Match { code } => format!("一致：校验码 {code} 与当前草稿相符，所载数据与当前草稿完全相同"),
            Verdict::Differs {
                code,
                draft_code,
                differences,
            } => {
                let mut out = format!(
                    "不一致：此件（校验码 {code}）与当前草稿（校验码 {draft_code}）有 {} 处不同：",
                    differences.len()
                );
                for d in differences {
                    let show = |v: &str| if v.is_empty() { "（空）".to_string() } else { v.to_string() };
                    out.push_str(&format!(
                        "\n{}：此件为 {}，当前草稿为 {}",
                        d.place,
                        show(&d.copy),
                        show(&d.draft)
                    ));
                }
                out
            }
            Verdict::Unknown { code, draft_code } => format!(
                "不一致：校验码 {code} 与当前草稿（校验码 {draft_code}）不符，也不是本次导出过的任何版本：请核对是否输错"
            ),
            Verdict::Malformed => {
                "校验码应为 12 位数字或字母 A–F（如 3F2A-91C0-7B4E），请按纸面所印重新输入".into()
            }
        }
    }
}

/// Where `copy` differs from `draft`, in print order: metadata, narrative parts, cells.
pub fn differences(draft: &Report, copy: &Report) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut note = |place: String, address: Option<String>, d: &str, c: &str| {
        if d != c {
            out.push(Difference {
                place,
                address,
                draft: d.to_string(),
                copy: c.to_string(),
            });
        }
    };
    if draft.format != copy.format {
        note("表格格式".into(), None, draft.def().name, copy.def().name);
        return out;
    }
    let year = |r: &Report| r.meta.year.map(|y| y.to_string()).unwrap_or_default();
    note(
        "机关名称".into(),
        None,
        draft.meta.agency.trim(),
        copy.meta.agency.trim(),
    );
    note("年度".into(), None, &year(draft), &year(copy));
    note(
        "成文日期".into(),
        None,
        &draft.meta.published,
        &copy.meta.published,
    );
    let f = draft.def();
    for s in f.sections {
        for p in s.parts {
            let place = match p.heading {
                Some(h) => format!("{} {h}", s.heading),
                None => s.heading.to_string(),
            };
            let lines = |r: &Report| -> Vec<String> {
                super::document::paragraph_lines(r.text(p.key))
                    .map(str::to_string)
                    .collect()
            };
            let (d, c) = (lines(draft), lines(copy));
            // Long texts: name the first paragraph that differs, not the whole part.
            let at = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
            if let Some(i) = (0..d.len().max(c.len())).find(|&i| at(&d, i) != at(&c, i)) {
                note(format!("正文 {place}"), None, &at(&d, i), &at(&c, i));
            }
        }
    }
    let index = f.index();
    for (id, info) in index.cells.iter().enumerate() {
        let (d, c) = (draft.cell(id).display(), copy.cell(id).display());
        let t = f.tables[info.table];
        note(
            format!("表{} {}", t.section, f.cell_label(id)),
            Some(info.address.clone()),
            &d,
            &c,
        );
    }
    out
}

/// 核验 of a copy (a file read back) against the draft.
pub fn verify_copy(draft: &Report, copy: &Report) -> Verdict {
    let code = fingerprint(copy);
    let draft_code = fingerprint(draft);
    if code == draft_code {
        return Verdict::Match { code };
    }
    Verdict::Differs {
        code,
        draft_code,
        differences: differences(draft, copy),
    }
}

/// 核验 of a code typed from paper against the draft and the versions exported earlier
/// (`known`): a known version is compared cell by cell.
pub fn verify_code(draft: &Report, typed: &str, known: &[Report]) -> Verdict {
    let Some(code) = normalize_code(typed) else {
        return Verdict::Malformed;
    };
    let draft_code = fingerprint(draft);
    if code == draft_code {
        return Verdict::Match { code };
    }
    match known.iter().find(|r| fingerprint(r) == code) {
        Some(copy) => Verdict::Differs {
            code,
            draft_code,
            differences: differences(draft, copy),
        },
        None => Verdict::Unknown { code, draft_code },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Cell;

    fn draft() -> Report {
        let mut r = Report::for_year(2021);
        r.meta.agency = "某县商务局".into();
        r.narrative
            .insert("overview".into(), "第一段\n第二段".into());
        assert!(r.set("table3.new.natural", Cell::Int(5)));
        r
    }

    #[test]
    fn the_same_report_matches_by_code_and_by_copy() {
        let r = draft();
        let code = fingerprint(&r);
        assert_eq!(
            verify_code(&r, &code.to_lowercase().replace('-', " "), &[]),
            Verdict::Match { code: code.clone() }
        );
        assert_eq!(verify_copy(&r, &r.clone()), Verdict::Match { code });
    }

    #[test]
    fn one_changed_cell_is_named() {
        let r = draft();
        let mut old = r.clone();
        assert!(old.set("table3.new.natural", Cell::Int(4)));
        let v = verify_code(&r, &fingerprint(&old), &[old.clone()]);
        let Verdict::Differs { differences, .. } = &v else {
            panic!("{v:?}")
        };
        assert_eq!(differences.len(), 1);
        assert_eq!(
            differences[0].address.as_deref(),
            Some("table3.new.natural")
        );
        assert_eq!(
            differences[0].place,
            "表三 一、本年新收政府信息公开申请数量 / 自然人"
        );
        assert!(
            v.message().contains("此件为 4，当前草稿为 5"),
            "{}",
            v.message()
        );
        assert_eq!(verify_copy(&r, &old), v);
    }

    #[test]
    fn text_and_metadata_differences_are_named() {
        let r = draft();
        let mut c = r.clone();
        c.meta.agency = "某县商务厅".into();
        c.narrative
            .insert("overview".into(), "第一段\n第二段改".into());
        let places: Vec<String> = differences(&r, &c).into_iter().map(|d| d.place).collect();
        assert_eq!(places, ["机关名称", "正文 一、总体情况"]);
    }

    #[test]
    fn unknown_and_malformed_codes() {
        let r = draft();
        assert!(matches!(
            verify_code(&r, "0000-0000-0000", &[]),
            Verdict::Unknown { .. }
        ));
        assert_eq!(verify_code(&r, "12345", &[]), Verdict::Malformed);
        assert!(verify_code(&r, "0000-0000-0000", &[])
            .message()
            .contains("不是本次导出过的任何版本"));
    }
}
