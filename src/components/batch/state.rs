//! The reports collected for review: each file with its report and its findings, or the reason
//! it could not be read. Findings are renewed whenever the list changes, since a report is
//! checked against last year's report of its agency when the list holds it. The list is kept
//! in `localStorage` (read when the dialog first opens, written on every change), so a reload
//! does not cost a supervising office the files it collected.

use leptos::prelude::*;
use report_domain::batch::check_all;
use report_domain::{Diagnostic, Report};

use crate::components::io::{read_file, report_from_file};
use crate::storage::web::{now, Area, WebKv};
use crate::storage::{load_review, review_message, save_review};
use crate::store::Counts;

/// A report read from a file and checked.
#[derive(Clone)]
pub struct Checked {
    /// The report as read.
    pub report: Report,
    /// Whether it came from a published copy (a page or a text) rather than our JSON.
    pub imported: bool,
    /// Every finding of the checks.
    pub findings: Vec<Diagnostic>,
    /// The file of last year's report it was checked against, when the list holds one.
    pub previous: Option<String>,
}

/// One file of the review.
#[derive(Clone)]
pub struct Entry {
    /// Stable within the review, for removing it.
    pub id: usize,
    /// The file name.
    pub file: String,
    /// The checked report, or why the file could not be read (Chinese).
    pub outcome: Result<Checked, String>,
}

/// The review's state, shared by the header's button, the dialog and the page's drop zone.
#[derive(Clone, Copy)]
pub struct BatchState {
    /// Whether the dialog is shown.
    pub open: RwSignal<bool>,
    /// The files, in the order they were added.
    pub entries: RwSignal<Vec<Entry>>,
    /// Why the list could not be kept in, or read back from, the browser's storage (Chinese).
    pub notice: RwSignal<Option<String>>,
    next_id: StoredValue<usize>,
    /// Whether the stored list has been read (on the first opening).
    loaded: StoredValue<bool>,
}

/// The review state: provided by the app's root on first use, found by context after that.
pub fn batch_state() -> BatchState {
    use_context::<BatchState>().unwrap_or_else(|| {
        let s = BatchState {
            open: RwSignal::new(false),
            entries: RwSignal::new(Vec::new()),
            notice: RwSignal::new(None),
            next_id: StoredValue::new(0),
            loaded: StoredValue::new(false),
        };
        provide_context(s);
        s
    })
}

/// Reads one file's bytes (checked by [`recheck`] once it is in the list).
fn read_report(name: &str, bytes: &[u8]) -> Result<Checked, String> {
    let (report, imported) = report_from_file(name, bytes).map_err(|e| e.message())?;
    Ok(Checked {
        report,
        imported,
        findings: Vec::new(),
        previous: None,
    })
}

/// The reports of the list that could be read, each with its file name.
pub fn named_reports(entries: &[Entry]) -> Vec<(&str, &Report)> {
    entries
        .iter()
        .filter_map(|e| Some((e.file.as_str(), &e.outcome.as_ref().ok()?.report)))
        .collect()
}

/// Checks every report of the list again, each against last year's report of its agency when
/// the list holds it.
fn recheck(entries: &mut [Entry]) {
    let (files, reports): (Vec<&str>, Vec<&Report>) = named_reports(entries).into_iter().unzip();
    let results: Vec<(Option<String>, Vec<Diagnostic>)> = check_all(&reports)
        .into_iter()
        .map(|(p, findings)| (p.map(|i| files[i].to_string()), findings))
        .collect();
    let checked = entries.iter_mut().filter_map(|e| e.outcome.as_mut().ok());
    for (c, (previous, findings)) in checked.zip(results) {
        c.findings = findings;
        c.previous = previous;
    }
}

impl Checked {
    /// Its errors, open warnings and the warnings its agency acknowledged with a justification.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings, &self.report.acknowledgements)
    }
}

impl BatchState {
    /// Opens the dialog, with the list kept from an earlier visit on the first opening.
    pub fn show(&self) {
        self.restore();
        self.open.set(true);
    }

    /// Reads the stored list once, before any file of this visit is added (they come after
    /// it). It is not written back: a report that could not be read stays stored as it was
    /// until the list changes.
    fn restore(&self) {
        if self.loaded.get_value() {
            return;
        }
        self.loaded.set_value(true);
        let ns = crate::embed_mount::storage_namespace();
        let loaded = match load_review(&WebKv(Area::Local), &ns, now()) {
            Ok(l) => l,
            Err(e) => {
                self.notice.set(Some(review_message(&e)));
                return;
            }
        };
        self.notice.set(loaded.problem.as_ref().map(review_message));
        let stored: Vec<Entry> = loaded
            .files
            .into_iter()
            .map(|f| Entry {
                id: self.take_id(),
                file: f.file,
                outcome: f.outcome.map(|(report, imported)| Checked {
                    report,
                    imported,
                    findings: Vec::new(),
                    previous: None,
                }),
            })
            .collect();
        if !stored.is_empty() {
            self.entries.update(|es| {
                let added = std::mem::replace(es, stored);
                es.extend(added);
                recheck(es);
            });
        }
    }

    fn take_id(&self) -> usize {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }

    /// Changes the list, checks it again and stores it.
    fn change(&self, f: impl FnOnce(&mut Vec<Entry>)) {
        self.restore();
        self.entries.update(|es| {
            f(es);
            recheck(es);
        });
        let ns = crate::embed_mount::storage_namespace();
        let saved = self.entries.with_untracked(|es| {
            save_review(
                &WebKv(Area::Local),
                &ns,
                es.iter().map(|e| {
                    let outcome = match &e.outcome {
                        Ok(c) => Ok((&c.report, c.imported)),
                        Err(reason) => Err(reason.as_str()),
                    };
                    (e.file.as_str(), outcome)
                }),
            )
        });
        match saved {
            Ok(()) => {
                // A failure to read the stored list stays shown until the list is written again.
                self.notice.set(None);
            }
            Err(e) => self.notice.set(Some(review_message(&e))),
        }
    }

    /// Adds a file's outcome at the end of the list.
    pub fn push(&self, file: String, outcome: Result<Checked, String>) {
        let id = self.take_id();
        self.change(|es| es.push(Entry { id, file, outcome }));
    }

    /// Reads a picked or dropped file, then checks and adds it.
    pub fn read(&self, file: web_sys::File) {
        let this = *self;
        read_file(file, move |name, bytes| {
            let outcome = bytes.and_then(|b| read_report(&name, &b));
            this.push(name, outcome);
        });
    }

    /// Drops a file from the review.
    pub fn remove(&self, id: usize) {
        self.change(|es| es.retain(|e| e.id != id));
    }

    /// Empties the review.
    pub fn clear(&self) {
        self.change(Vec::clear);
    }
}
