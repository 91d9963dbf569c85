//! Per-field views: what one cell, text part or metadata field shows (its text, its input
//! issue, the diagnostics marking it), each in its own signal. The store refreshes them after
//! every change and sets only those that differ, so a keystroke wakes the few fields it
//! affects instead of every field re-reading the whole report (which costs O(fields²) in
//! subscription bookkeeping). Refreshing allocates nothing for a field that did not change.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use leptos::prelude::*;
use report_domain::format::CellId;
use report_domain::{Cell, Diagnostic, FormatId, Report, Severity};

use super::edit::{InputIssue, InputIssues};
use super::marks::{is_acknowledged, MarkItem, PlaceMark};

/// What a field shows about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlaceView {
    /// For a table cell: the text it shows — the rejected or reinterpreted input as typed,
    /// or the text the report keeps as unread, otherwise the stored value ("" for blank). For a narrative part ("narrative.problems"):
    /// its text. Empty for other places.
    pub text: String,
    /// The input issue of the place, if any.
    pub issue: Option<InputIssue>,
    /// The diagnostics concerning the place, if any.
    pub mark: Option<PlaceMark>,
}

/// What the refresh reads.
pub struct Sources<'a> {
    /// The report.
    pub report: &'a Report,
    /// Input issues by place.
    pub issues: &'a InputIssues,
    /// All diagnostics.
    pub diags: &'a [Diagnostic],
    /// Acknowledged warnings.
    pub acks: &'a BTreeMap<String, String>,
}

/// The mark items of a place (`found`: indices of its diagnostics) in the order
/// `marks::marks` gives them — open errors, open warnings, then acknowledged ones, list order
/// within each — without allocating.
fn items<'a>(
    src: &'a Sources<'a>,
    found: &'a [usize],
) -> impl Iterator<Item = (&'a Diagnostic, bool)> + 'a {
    [
        (false, Severity::Error),
        (false, Severity::Warning),
        (true, Severity::Error),
        (true, Severity::Warning),
    ]
    .into_iter()
    .flat_map(move |(want_ack, want_sev)| {
        found
            .iter()
            .filter_map(|&i| {
                let d = src.diags.get(i)?;
                Some((d, is_acknowledged(d, src.acks)))
            })
            .filter(move |(d, ack)| *ack == want_ack && d.severity == want_sev)
    })
}

fn same_mark(current: Option<&PlaceMark>, src: &Sources, found: &[usize]) -> bool {
    match current {
        None => found.is_empty(),
        Some(m) => {
            m.items.len() == found.len()
                && m.items
                    .iter()
                    .zip(items(src, found))
                    .all(|(a, (d, ack))| a.shows(d, ack))
        }
    }
}

fn build_mark(src: &Sources, found: &[usize]) -> Option<PlaceMark> {
    let mut mark = PlaceMark::default();
    for (d, acknowledged) in items(src, found) {
        if !acknowledged {
            mark.severity = Some(match mark.severity {
                Some(s) => s.min(d.severity),
                None => d.severity,
            });
        }
        mark.items.push(MarkItem::of(d, acknowledged));
    }
    (!mark.items.is_empty()).then_some(mark)
}

/// FNV-1a. A refresh looks a few hundred short place strings up (every place of every
/// diagnostic), where the default, flooding-resistant hasher would cost more than the rest of
/// the refresh; the places are the form's own, not attacker-chosen.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// One registered field.
struct Entry {
    place: String,
    /// The part key when `place` is a narrative part.
    part: Option<String>,
    /// The cell id of `place` in a format (resolved again when the format changes).
    cell: Option<(FormatId, Option<CellId>)>,
    /// The cell value last shown, to skip formatting unchanged cells.
    last: Option<Cell>,
    /// The view as last published (a mirror of the signal's value, compared without locking).
    view: PlaceView,
    signal: ArcRwSignal<PlaceView>,
}

impl Entry {
    /// Brings the mirrored view up to date; returns whether it changed.
    fn refresh(&mut self, src: &Sources, found: &[usize]) -> bool {
        let mut changed = false;
        let issue = src.issues.get(self.place.as_str());
        if self.view.issue.as_ref() != issue {
            self.view.issue = issue.cloned();
            changed = true;
        }
        if !same_mark(self.view.mark.as_ref(), src, found) {
            self.view.mark = build_mark(src, found);
            changed = true;
        }
        if let Some(part) = &self.part {
            // Compared in place: nothing is copied unless the text changed.
            let text = src.report.text(part);
            if self.view.text != text {
                self.view.text = text.to_string();
                changed = true;
            }
            return changed;
        }
        let format = src.report.format;
        let id = match self.cell {
            Some((f, id)) if f == format => id,
            _ => {
                let id = src.report.def().cell(&self.place);
                self.cell = Some((format, id));
                self.last = None;
                id
            }
        };
        if let Some(id) = id {
            let cell = src.report.cell(id);
            // Text kept as unread (a draft reloaded with "1O" in a cell) shows as typed.
            let unread = src.report.unread(&self.place);
            let text = match (issue, unread) {
                (Some(i), _) => Some(i.raw.clone()),
                (None, Some(u)) => Some(u.to_string()),
                (None, None) if self.last.as_ref() == Some(cell) => None,
                (None, None) => Some(cell.display()),
            };
            self.last = (issue.is_none() && unread.is_none()).then(|| cell.clone());
            if let Some(t) = text {
                if self.view.text != t {
                    self.view.text = t;
                    changed = true;
                }
            }
        }
        changed
    }

    fn publish(&self) {
        self.signal.set(self.view.clone());
    }
}

/// The registered views.
#[derive(Default)]
pub struct Views {
    entries: Vec<Entry>,
    by_place: HashMap<String, usize, BuildHasherDefault<Fnv>>,
    /// Per entry, the indices of the diagnostics concerning it (reused between refreshes).
    found: Vec<Vec<usize>>,
}

impl Views {
    /// The signal of a place and whether it was just registered (then the caller refreshes it
    /// with [`Views::refresh_one`]).
    pub fn get_or_register(&mut self, place: &str) -> (ArcRwSignal<PlaceView>, bool) {
        if let Some(&i) = self.by_place.get(place) {
            if let Some(e) = self.entries.get(i) {
                return (e.signal.clone(), false);
            }
        }
        let signal = ArcRwSignal::new(PlaceView::default());
        self.by_place.insert(place.to_string(), self.entries.len());
        self.entries.push(Entry {
            place: place.to_string(),
            part: place
                .strip_prefix(super::place::NARRATIVE_PREFIX)
                .map(str::to_string),
            cell: None,
            last: None,
            view: PlaceView::default(),
            signal: signal.clone(),
        });
        self.found.push(Vec::new());
        (signal, true)
    }

    /// Refreshes the view of one place.
    pub fn refresh_one(&mut self, place: &str, src: &Sources) {
        let Some(&i) = self.by_place.get(place) else {
            return;
        };
        let found: Vec<usize> = src
            .diags
            .iter()
            .enumerate()
            .filter(|(_, d)| d.cells.iter().any(|c| c == place))
            .map(|(i, _)| i)
            .collect();
        if let Some(e) = self.entries.get_mut(i) {
            if e.refresh(src, &found) {
                e.publish();
            }
        }
    }

    /// Refreshes every registered view; a signal is set only when its view changed.
    pub fn refresh_all(&mut self, src: &Sources) {
        for f in &mut self.found {
            f.clear();
        }
        for (i, d) in src.diags.iter().enumerate() {
            for c in &d.cells {
                if let Some(f) = self
                    .by_place
                    .get(c.as_str())
                    .and_then(|&e| self.found.get_mut(e))
                {
                    // A diagnostic naming the same place twice marks it once.
                    if f.last() != Some(&i) {
                        f.push(i);
                    }
                }
            }
        }
        for (e, found) in self.entries.iter_mut().zip(&self.found) {
            if e.refresh(src, found) {
                e.publish();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::marks::marks;

    fn diag(code: &'static str, severity: Severity, cells: &[&str], msg: &str) -> Diagnostic {
        Diagnostic {
            code,
            severity,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            message: msg.to_string(),
            help: "",
            fixes: Default::default(),
        }
    }

    fn refresh(views: &mut Views, r: &Report, issues: &InputIssues, diags: &[Diagnostic]) {
        views.refresh_all(&Sources {
            report: r,
            issues,
            diags,
            acks: &r.acknowledgements,
        });
    }

    #[test]
    fn views_match_marks_and_follow_changes() {
        let mut r = Report::new(FormatId::F2021);
        let issues = InputIssues::new();
        let mut views = Views::default();
        let (a, _) = views.get_or_register("table3.new.natural");
        let (m, _) = views.get_or_register("meta.year");
        let diags = vec![
            diag("T3-4", Severity::Warning, &["table3.new.natural"], "blank"),
            diag(
                "T3-1",
                Severity::Error,
                &["table3.new.natural", "table3.carry.natural"],
                "sum",
            ),
        ];
        r.set("table3.new.natural", Cell::Int(4));
        refresh(&mut views, &r, &issues, &diags);
        let v = a.get_untracked();
        assert_eq!(v.text, "4");
        assert_eq!(
            v.mark.as_ref(),
            marks(&diags, &r.acknowledgements).get("table3.new.natural")
        );
        assert_eq!(v.mark.unwrap().items[0].code, "T3-1");
        assert_eq!(m.get_untracked(), PlaceView::default());

        r.acknowledgements
            .insert(diags[0].key(), "理由".to_string());
        refresh(&mut views, &r, &issues, &diags);
        assert_eq!(
            a.get_untracked().mark.as_ref(),
            marks(&diags, &r.acknowledgements).get("table3.new.natural")
        );

        let mut issues = InputIssues::new();
        issues.insert(
            "table3.new.natural".into(),
            InputIssue {
                raw: "x".into(),
                message: "m".into(),
                rejected: true,
            },
        );
        refresh(&mut views, &r, &issues, &[]);
        let v = a.get_untracked();
        assert_eq!((v.text.as_str(), v.mark.is_none()), ("x", true));
        refresh(&mut views, &r, &InputIssues::new(), &[]);
        assert_eq!(a.get_untracked().text, "4");
    }

    #[test]
    fn registering_later_sees_the_current_state() {
        let mut r = Report::new(FormatId::F2021);
        r.set("table3.carry.other", Cell::Int(2));
        let diags = vec![diag("X", Severity::Warning, &["table3.carry.other"], "m")];
        let mut views = Views::default();
        let (s, new) = views.get_or_register("table3.carry.other");
        assert!(new);
        let src = Sources {
            report: &r,
            issues: &InputIssues::new(),
            diags: &diags,
            acks: &r.acknowledgements,
        };
        views.refresh_one("table3.carry.other", &src);
        let v = s.get_untracked();
        assert_eq!(v.text, "2");
        assert_eq!(v.mark.map(|m| m.items.len()), Some(1));
        assert!(!views.get_or_register("table3.carry.other").1);
    }
}
