//! The reports collected for review: each file with its report and its findings, or the reason
//! it could not be read. Findings are renewed whenever the list changes, since a report is
//! checked against last year's report of its agency when the list holds it.
//!
//! The list is kept in `localStorage`, a file per entry (`storage::review`): adding a file
//! writes it, removing one removes it, and opening the dialog reads the list again (so files
//! another tab added show up). A file that could not be stored stays listed while the page is
//! open, with the reason shown.

use leptos::prelude::*;
use report_domain::batch::check_all;
use report_domain::{Diagnostic, Report};

use crate::components::io::{read_file, report_from_file};
use crate::storage::web::{new_id, now, Area, WebKv};
use crate::storage::{
    load_review, remove_review_file, review_message, save_review_file, Namespace, UnreadableEntry,
};
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
    /// Its place in the list (the time it was added).
    order: f64,
    /// Its id in storage and the storage it takes; `None` when it could not be stored.
    stored: Option<(String, usize)>,
}

/// The review's state, shared by the header's button, the dialog and the page's drop zone.
#[derive(Clone, Copy)]
pub struct BatchState {
    /// Whether the dialog is shown.
    pub open: RwSignal<bool>,
    /// The files, in the order they were added.
    pub entries: RwSignal<Vec<Entry>>,
    /// Why the last file could not be kept in, or removed from, the browser's storage
    /// (Chinese).
    pub notice: RwSignal<Option<String>>,
    /// Stored entries that could not be read, moved aside when the list was read.
    pub unreadable: RwSignal<Vec<UnreadableEntry>>,
    next_id: StoredValue<usize>,
    /// The storage namespace, fixed when the state is made: files are added from file-reader
    /// callbacks, where no context can be looked up.
    ns: StoredValue<Namespace>,
}

/// The review state: provided by the app's root on first use, found by context after that.
pub fn batch_state() -> BatchState {
    use_context::<BatchState>().unwrap_or_else(|| {
        let s = BatchState {
            open: RwSignal::new(false),
            entries: RwSignal::new(Vec::new()),
            notice: RwSignal::new(None),
            unreadable: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
            ns: StoredValue::new(crate::embed_mount::storage_namespace()),
        };
        provide_context(s);
        s
    })
}

/// Reads one file's bytes (checked by [`recheck`] once it is in the list).
fn read_report(name: &str, bytes: &[u8]) -> Result<Checked, String> {
    let (report, imported) = report_from_file(name, bytes).map_err(|e| e.message())?;
    Ok(Checked::new(report, imported))
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
    /// A report not checked yet.
    fn new(report: Report, imported: bool) -> Checked {
        Checked {
            report,
            imported,
            findings: Vec::new(),
            previous: None,
        }
    }

    /// Its errors, open warnings and the warnings its agency acknowledged with a justification.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings, &self.report.acknowledgements)
    }
}

impl BatchState {
    /// Opens the dialog with the list as stored (plus the files this page could not store).
    pub fn show(&self) {
        self.reload();
        self.open.set(true);
    }

    fn take_id(&self) -> usize {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }

    /// Reads the stored list again; the files this page could not store keep their places.
    fn reload(&self) {
        let loaded = match load_review(&WebKv(Area::Local), &self.ns.get_value(), now()) {
            Ok(l) => l,
            Err(e) => {
                self.notice.set(Some(review_message(&e)));
                return;
            }
        };
        if !loaded.unreadable.is_empty() {
            self.unreadable.update(|u| u.extend(loaded.unreadable));
        }
        let mut list: Vec<Entry> = loaded
            .files
            .into_iter()
            .map(|f| Entry {
                id: self.take_id(),
                file: f.file,
                outcome: f.outcome.map(|(r, imported)| Checked::new(r, imported)),
                order: f.order,
                stored: Some((f.id, f.size)),
            })
            .collect();
        let unstored: Vec<Entry> = self
            .entries
            .with_untracked(|es| es.iter().filter(|e| e.stored.is_none()).cloned().collect());
        list.extend(unstored);
        list.sort_by(|a, b| a.order.total_cmp(&b.order));
        recheck(&mut list);
        self.entries.set(list);
    }

    /// Adds a file's outcome at the end of the list and stores it.
    pub fn push(&self, file: String, outcome: Result<Checked, String>) {
        let ns = self.ns.get_value();
        // Two files read in the same millisecond keep the order they were read in.
        let order = self.entries.with_untracked(|es| {
            es.iter()
                .map(|e| e.order)
                .fold(now(), |a, b| a.max(b + 1e-3))
        });
        let used: usize = self.entries.with_untracked(|es| {
            es.iter()
                .filter_map(|e| e.stored.as_ref())
                .map(|s| s.1)
                .sum()
        });
        let key = new_id("r");
        let saved = save_review_file(
            &WebKv(Area::Local),
            &ns,
            &key,
            order,
            &file,
            match &outcome {
                Ok(c) => Ok((&c.report, c.imported)),
                Err(reason) => Err(reason.as_str()),
            },
            used,
        );
        let stored = match saved {
            Ok(size) => {
                self.notice.set(None);
                Some((key, size))
            }
            Err(e) => {
                self.notice.set(Some(review_message(&e)));
                None
            }
        };
        let id = self.take_id();
        self.entries.update(|es| {
            es.push(Entry {
                id,
                file,
                outcome,
                order,
                stored,
            });
            recheck(es);
        });
    }

    /// Reads a picked or dropped file, then checks and adds it.
    pub fn read(&self, file: web_sys::File) {
        let this = *self;
        read_file(file, move |name, bytes| {
            let outcome = bytes.and_then(|b| read_report(&name, &b));
            this.push(name, outcome);
        });
    }

    /// Drops files from the review and from storage.
    fn drop_where(&self, which: impl Fn(&Entry) -> bool) {
        let ns = self.ns.get_value();
        let mut failed = None;
        self.entries.update(|es| {
            es.retain(|e| {
                if !which(e) {
                    return true;
                }
                if let Some((key, _)) = &e.stored {
                    if let Err(err) = remove_review_file(&WebKv(Area::Local), &ns, key) {
                        failed = Some(err);
                    }
                }
                false
            });
            recheck(es);
        });
        self.notice.set(failed.map(|e| review_message(&e)));
    }

    /// Drops a file from the review.
    pub fn remove(&self, id: usize) {
        self.drop_where(|e| e.id == id);
    }

    /// Empties the review, with the files another tab added since the list was read.
    pub fn clear(&self) {
        self.reload();
        self.drop_where(|_| true);
    }
}
