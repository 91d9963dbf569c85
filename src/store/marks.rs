//! Diagnostics seen from the form: which places they mark, how badly, and how the panel groups
//! them. Pure functions of the domain's diagnostics and the report's acknowledgements.

use std::collections::{BTreeMap, HashMap};

use report_domain::fix::{Fix, Fixes};
use report_domain::{Diagnostic, FormatDef, Severity};

use super::place;

/// A diagnostic's quick fixes as the places it marks show them: the finding's own list
/// ([`Fixes`], shared, never copied), told apart from another by identity. The checks' result
/// keeps a finding's list the same one while its fixes do not change
/// (`report_domain::diagnostics::share_fixes`), so a place tells at once whether it shows the
/// current fixes. A blank-cells finding marks every blank cell of a table and its 空白填 0 fix
/// edits every one of them: comparing (or hashing) the edits at every place cost O(cells²) on
/// every keystroke.
#[derive(Debug, Clone, Default)]
pub struct SharedFixes(Fixes);

impl SharedFixes {
    /// The fixes of one diagnostic (the same list, not a copy).
    pub fn of(fixes: &Fixes) -> SharedFixes {
        SharedFixes(fixes.clone())
    }

    /// The fixes.
    pub fn as_slice(&self) -> &[Fix] {
        &self.0
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Equal when they are the same list (or both empty). Two equal lists that are not the same
/// one differ: the place then draws its fixes again, which is correct, only not free.
impl PartialEq for SharedFixes {
    fn eq(&self, other: &Self) -> bool {
        self.0.same(&other.0)
    }
}

impl Eq for SharedFixes {}

/// One finding as shown at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkItem {
    /// Error or warning.
    pub severity: Severity,
    /// Rule code, e.g. "T3-1".
    pub code: &'static str,
    /// The finding's message.
    pub message: String,
    /// A warning the user kept with a justification.
    pub acknowledged: bool,
    /// The quick fixes the finding offers (shown at the place too, not only in the panel).
    pub fixes: SharedFixes,
}

impl MarkItem {
    /// The item of a diagnostic.
    pub fn of(d: &Diagnostic, acknowledged: bool) -> MarkItem {
        MarkItem {
            severity: d.severity,
            code: d.code,
            message: d.message.clone(),
            acknowledged,
            fixes: SharedFixes::of(&d.fixes),
        }
    }

    /// Whether this item shows the diagnostic as it is now (its fixes too: a fix's text
    /// offsets move while its message stays).
    pub fn shows(&self, d: &Diagnostic, acknowledged: bool) -> bool {
        self.code == d.code
            && self.severity == d.severity
            && self.acknowledged == acknowledged
            && self.message == d.message
            && self.fixes.0.same(&d.fixes)
    }
}

/// Everything that marks one place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlaceMark {
    /// The worst severity among findings not acknowledged (`None`: only acknowledged ones).
    pub severity: Option<Severity>,
    /// Every finding concerning the place, errors first.
    pub items: Vec<MarkItem>,
}

impl PlaceMark {
    /// The messages joined for a tooltip or `aria-describedby` text.
    pub fn text(&self) -> String {
        self.items
            .iter()
            .map(|i| {
                let state = if i.acknowledged {
                    "（已确认）"
                } else {
                    ""
                };
                format!("{}{}：{}", i.severity.label(), state, i.message)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Marks by place.
pub type Marks = HashMap<String, PlaceMark>;

/// Whether a diagnostic is an acknowledged warning (errors cannot be acknowledged away). No
/// key is built when nothing is acknowledged, the usual case.
pub fn is_acknowledged(d: &Diagnostic, acks: &BTreeMap<String, String>) -> bool {
    d.severity == Severity::Warning && !acks.is_empty() && acks.contains_key(&d.key())
}

/// The marks of every place concerned by a diagnostic.
pub fn marks(diags: &[Diagnostic], acks: &BTreeMap<String, String>) -> Marks {
    let mut out: Marks = HashMap::new();
    for d in diags {
        let acknowledged = is_acknowledged(d, acks);
        for p in &d.cells {
            let m = out.entry(p.clone()).or_default();
            m.items.push(MarkItem::of(d, acknowledged));
            if !acknowledged {
                m.severity = Some(match m.severity {
                    Some(s) => s.min(d.severity),
                    None => d.severity,
                });
            }
        }
    }
    for m in out.values_mut() {
        report_domain::order::sort_by_key(&mut m.items, |i| (i.acknowledged, i.severity));
    }
    out
}

/// Counts for a header: errors, warnings not acknowledged, acknowledged warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings still open.
    pub warnings: usize,
    /// Warnings kept with a justification.
    pub acknowledged: usize,
}

impl Counts {
    /// Counts a list of diagnostics.
    pub fn of<'a>(
        diags: impl IntoIterator<Item = &'a Diagnostic>,
        acks: &BTreeMap<String, String>,
    ) -> Counts {
        let mut c = Counts::default();
        for d in diags {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning if is_acknowledged(d, acks) => c.acknowledged += 1,
                Severity::Warning => c.warnings += 1,
            }
        }
        c
    }

    /// "3 个错误 · 2 个提醒" (plus "· 1 个已确认" when some were kept).
    pub fn summary(&self) -> String {
        let mut s = format!("{} 个错误 · {} 个提醒", self.errors, self.warnings);
        if self.acknowledged > 0 {
            s.push_str(&format!(" · {} 个已确认", self.acknowledged));
        }
        s
    }
}

/// The diagnostics of one part of the form, for the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Group key (see `place::group_of`).
    pub key: &'static str,
    /// Its title (the official section heading, or 基本信息 / 报告整体).
    pub title: &'static str,
    /// Indices into the diagnostics list, errors first.
    pub items: Vec<usize>,
}

/// Groups diagnostics by the part of the form their first place lies in, in page order;
/// empty groups are left out.
pub fn group(format: &FormatDef, diags: &[Diagnostic]) -> Vec<Group> {
    let mut by: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
    for (i, d) in diags.iter().enumerate() {
        let g = d
            .cells
            .first()
            .map_or(place::GENERAL_GROUP, |p| place::group_of(format, p));
        by.entry(g).or_default().push(i);
    }
    place::group_order(format)
        .into_iter()
        .filter_map(|key| {
            let mut items = by.remove(key)?;
            report_domain::order::sort_by_key(&mut items, |&i| diags.get(i).map(|d| d.severity));
            Some(Group {
                key,
                title: place::group_title(format, key),
                items,
            })
        })
        .collect()
}

/// One finding as the diagnostics panel and the section navigator list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `Diagnostic::key()`: what an acknowledgement is saved under.
    pub key: String,
    /// Rule code, e.g. "T3-1".
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// A warning the user kept with a justification.
    pub acknowledged: bool,
    /// The finding's message.
    pub message: String,
    /// What the rule asks for.
    pub help: &'static str,
    /// The first place it concerns ("" when none), which a click on it focuses.
    pub first: String,
    /// The quick fixes it offers (the finding's list, shared).
    pub fixes: Fixes,
}

/// The findings of one part of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// Group key (see `place::group_of`).
    pub key: &'static str,
    /// Its title.
    pub title: &'static str,
    /// Errors first, then warnings, list order within each.
    pub findings: Vec<Finding>,
}

impl Listing {
    /// Errors and warnings still open here.
    pub fn open_counts(&self) -> (usize, usize) {
        let errors = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        let warnings = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning && !f.acknowledged)
            .count();
        (errors, warnings)
    }
}

/// Every finding, grouped as [`group`] does, in page order.
pub fn listing(
    format: &FormatDef,
    diags: &[Diagnostic],
    acks: &BTreeMap<String, String>,
) -> Vec<Listing> {
    group(format, diags)
        .into_iter()
        .map(|g| Listing {
            key: g.key,
            title: g.title,
            findings: g
                .items
                .iter()
                .filter_map(|&i| diags.get(i))
                .map(|d| Finding {
                    key: d.key(),
                    code: d.code,
                    severity: d.severity,
                    acknowledged: is_acknowledged(d, acks),
                    message: d.message.clone(),
                    help: d.help,
                    first: d.cells.first().cloned().unwrap_or_default(),
                    fixes: d.fixes.clone(),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::format::FORMAT_2021;

    fn fill(address: &str, value: i64) -> Fix {
        let edit = report_domain::fix::FixEdit::Cell {
            address: address.to_string(),
            value,
        };
        Fix::new("空白填 0", vec![edit])
    }

    #[test]
    fn places_share_a_findings_fixes_and_tell_changed_ones() {
        let list = Fixes::from(vec![fill("table3.new.natural", 0)]);
        let a = SharedFixes::of(&list);
        assert_eq!(a, SharedFixes::of(&list.clone()));
        // An equal list that is not the same one is drawn again (identity, never the edits).
        assert_ne!(
            a,
            SharedFixes::of(&vec![fill("table3.new.natural", 0)].into())
        );
        assert_ne!(
            a,
            SharedFixes::of(&vec![fill("table3.new.natural", 1)].into())
        );
        assert_ne!(a, SharedFixes::default());
        assert_eq!(SharedFixes::of(&Vec::new().into()), SharedFixes::default());
        assert!(SharedFixes::of(&Vec::new().into()).is_empty());
        let mut d = diag(
            "T3-4",
            Severity::Warning,
            &["table3.new.natural", "table3.new.other"],
        );
        d.fixes = vec![fill("table3.new.natural", 0), fill("table3.new.other", 0)].into();
        let m = marks(std::slice::from_ref(&d), &BTreeMap::new());
        let first = &m["table3.new.natural"].items[0];
        let second = &m["table3.new.other"].items[0];
        // One copy for both places, the finding's own.
        assert!(std::ptr::eq(
            first.fixes.as_slice(),
            second.fixes.as_slice()
        ));
        assert!(std::ptr::eq(first.fixes.as_slice(), &d.fixes[..]));
        assert!(first.shows(&d, false));
        // The same fixes built again: not shown until shared with the earlier list.
        let mut again = d.clone();
        again.fixes = d.fixes.to_vec().into();
        assert!(!first.shows(&again, false));
        report_domain::diagnostics::share_fixes(std::slice::from_mut(&mut again), &[d]);
        assert!(first.shows(&again, false));
    }

    fn diag(code: &'static str, severity: Severity, cells: &[&str]) -> Diagnostic {
        Diagnostic {
            code,
            severity,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            message: format!("{code} message"),
            help: "",
            fixes: Default::default(),
        }
    }

    #[test]
    fn worst_unacknowledged_severity_marks_the_place() {
        let diags = vec![
            diag("T3-4", Severity::Warning, &["table3.new.natural"]),
            diag(
                "T3-1",
                Severity::Error,
                &["table3.new.natural", "table3.carry.natural"],
            ),
            diag(
                "T3-6",
                Severity::Warning,
                &["narrative.overview_on_request"],
            ),
        ];
        let mut acks = BTreeMap::new();
        let m = marks(&diags, &acks);
        assert_eq!(m["table3.new.natural"].severity, Some(Severity::Error));
        assert_eq!(m["table3.new.natural"].items[0].code, "T3-1");
        assert_eq!(m["table3.carry.natural"].severity, Some(Severity::Error));
        assert!(m["table3.new.natural"]
            .text()
            .contains("错误：T3-1 message"));

        acks.insert(diags[2].key(), "口径不同".to_string());
        let m = marks(&diags, &acks);
        let p = &m["narrative.overview_on_request"];
        assert_eq!(p.severity, None);
        assert!(p.items[0].acknowledged);

        let c = Counts::of(&diags, &acks);
        assert_eq!((c.errors, c.warnings, c.acknowledged), (1, 1, 1));
        assert_eq!(c.summary(), "1 个错误 · 1 个提醒 · 1 个已确认");
    }

    #[test]
    fn errors_cannot_be_acknowledged() {
        let diags = vec![diag("T3-1", Severity::Error, &["table3.new.natural"])];
        let mut acks = BTreeMap::new();
        acks.insert(diags[0].key(), "x".to_string());
        assert_eq!(
            marks(&diags, &acks)["table3.new.natural"].severity,
            Some(Severity::Error)
        );
        assert_eq!(Counts::of(&diags, &acks).errors, 1);
    }

    #[test]
    fn groups_in_page_order() {
        let diags = vec![
            diag("S-4", Severity::Warning, &["narrative.problems"]),
            diag("T3-1", Severity::Error, &["table3.new.natural"]),
            diag("P-1", Severity::Warning, &["meta.published"]),
            diag("T3-4", Severity::Warning, &["table3.carry.other"]),
            diag("X", Severity::Warning, &[]),
        ];
        let g = group(&FORMAT_2021, &diags);
        let keys: Vec<_> = g.iter().map(|g| g.key).collect();
        assert_eq!(keys, ["meta", "requests", "problems", "general"]);
        assert_eq!(g[1].items, [1, 3]);
        assert_eq!(g[1].title, "三、收到和处理政府信息公开申请情况");
    }

    #[test]
    fn listing_follows_the_groups_and_counts_what_is_open() {
        let diags = vec![
            diag("T3-4", Severity::Warning, &["table3.carry.other"]),
            diag("T3-1", Severity::Error, &["table3.new.natural"]),
            diag("T3-4", Severity::Warning, &["table3.new.other"]),
            diag("S-4", Severity::Warning, &["narrative.problems"]),
        ];
        let mut acks = BTreeMap::new();
        acks.insert(diags[2].key(), "确无".to_string());
        let l = listing(&FORMAT_2021, &diags, &acks);
        let keys: Vec<_> = l.iter().map(|g| g.key).collect();
        assert_eq!(keys, ["requests", "problems"]);
        let codes: Vec<_> = l[0].findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["T3-1", "T3-4", "T3-4"]);
        assert_eq!(l[0].findings[2].first, "table3.new.other");
        assert!(l[0].findings[2].acknowledged && !l[0].findings[1].acknowledged);
        assert_eq!(l[0].open_counts(), (1, 1));
        assert_eq!(l[1].open_counts(), (0, 1));
    }
}
