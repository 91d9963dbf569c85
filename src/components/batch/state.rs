//! The reports collected for review: each file with its report and its findings, or the reason
//! it could not be read.

use leptos::prelude::*;
use report_domain::diagnostics::counts;
use report_domain::{validate, Diagnostic, Report};

use crate::components::io::{read_file, report_from_file};

/// A report read from a file and checked.
#[derive(Clone)]
pub struct Checked {
    /// The report as read.
    pub report: Report,
    /// Whether it came from a published copy (a page or a text) rather than our JSON.
    pub imported: bool,
    /// Every finding of the checks (last year's report is not known here).
    pub findings: Vec<Diagnostic>,
    /// How many findings are errors and how many warnings.
    pub counts: (usize, usize),
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

/// Reads and checks one file's bytes.
pub fn check_file(name: &str, bytes: &[u8]) -> Result<Checked, String> {
    let (report, imported) = report_from_file(name, bytes).map_err(|e| e.message())?;
    let findings = validate(&report, None);
    let counts = counts(&findings);
    Ok(Checked {
        report,
        imported,
        findings,
        counts,
    })
}

impl BatchState {
    /// Adds a file's outcome at the end of the list.
    pub fn push(&self, file: String, outcome: Result<Checked, String>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.entries
            .update(|es| es.push(Entry { id, file, outcome }));
    }

    /// Reads a picked or dropped file, then checks and adds it.
    pub fn read(&self, file: web_sys::File) {
        let this = *self;
        read_file(file, move |name, bytes| {
            let outcome = bytes.and_then(|b| check_file(&name, &b));
            this.push(name, outcome);
        });
    }

    /// Drops a file from the review.
    pub fn remove(&self, id: usize) {
        self.entries.update(|es| es.retain(|e| e.id != id));
    }
}
