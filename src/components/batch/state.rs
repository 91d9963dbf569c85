//! The reports collected for review: each file with its report and its findings, or the reason
//! it could not be read. Findings are renewed whenever the list changes, since a report is
//! checked against last year's report of its agency when the list holds it.

use leptos::prelude::*;
use report_domain::batch::check_all;
use report_domain::{Diagnostic, Report};

use crate::components::io::{read_file, report_from_file};
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
    next_id: StoredValue<usize>,
}

/// The review state: provided by the app's root on first use, found by context after that.
pub fn batch_state() -> BatchState {
    use_context::<BatchState>().unwrap_or_else(|| {
        let s = BatchState {
            open: RwSignal::new(false),
            entries: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
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
    /// Adds a file's outcome at the end of the list.
    pub fn push(&self, file: String, outcome: Result<Checked, String>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.entries.update(|es| {
            es.push(Entry { id, file, outcome });
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

    /// Drops a file from the review.
    pub fn remove(&self, id: usize) {
        self.entries.update(|es| {
            es.retain(|e| e.id != id);
            recheck(es);
        });
    }
}
