//! The reports collected for review: each file with its report and its findings, or the reason
//! it could not be read. Findings are renewed whenever the list changes, since a report is
//! checked against last year's report of its agency when the list holds it.
//!
//! The list is kept in `localStorage`, a file per entry (`storage::review`): adding a file
//! writes it, removing one removes it, and opening the dialog reads the list again; while it is
//! open, another tab's change to the list reads it again too. A file that could not be stored
//! stays listed while the page is open, marked as not saved, and is tried again whenever the
//! list is read.

use leptos::prelude::*;
use report_domain::batch::check_changed;
use report_domain::{Diagnostic, Report};

use disclosure_report::components::drafts::words::{removal_refused_message, review_message};
use disclosure_report::components::io::{
    importer_loaded, read_report_file, ModuleFailure, LOADING_IMPORTER,
};
use disclosure_report::storage::crash::{self, CrashMarker, Feature};
use disclosure_report::storage::web::{new_id, now, Area, WebKv};
use disclosure_report::storage::{
    load_review, remove_review_file, save_review_file, Namespace, Quarantined, StorageError,
};
use disclosure_report::store::Counts;

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
    /// The entry id of the report it was checked against (`Some(None)`: none); `None` until
    /// checked. A file added or removed re-checks only the reports whose pairing it changes.
    checked_against: Option<Option<usize>>,
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
    /// Stored entries that could not be read, moved aside when the dialog was opened or since
    /// (named until the user dismisses them).
    pub unreadable: RwSignal<Vec<Quarantined>>,
    /// How many stored entries a newer version of the app wrote (left for it, not listed).
    pub newer: RwSignal<usize>,
    /// Whether the page crashed while 汇总审查 was open last time: the stored list is not read
    /// until the user chooses what to do with it (the notice at the top of the page).
    pub crashed: RwSignal<bool>,
    next_id: StoredValue<usize>,
    /// Whether a reading of the list for another tab's changes is already due.
    reload_due: StoredValue<bool>,
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
            newer: RwSignal::new(0),
            next_id: StoredValue::new(0),
            reload_due: StoredValue::new(false),
            crashed: RwSignal::new(false),
            ns: StoredValue::new(disclosure_report::embed_mount::storage_namespace()),
        };
        let crashed =
            s.ns.with_value(|ns| crash::read_crash(&WebKv(Area::Local), ns));
        if let Ok(Some(CrashMarker {
            feature: Feature::Review,
            ..
        })) = crashed
        {
            s.crashed.set(true);
        }
        // 汇总审查 is named for a crash while it is open (see `show`).
        Effect::new(move || {
            if !s.open.get() {
                crash::leave(Feature::Review);
            }
        });
        provide_context(s);
        s
    })
}

/// The reports of the list that could be read, each with its file name.
pub fn named_reports(entries: &[Entry]) -> Vec<(&str, &Report)> {
    entries
        .iter()
        .filter_map(|e| Some((e.file.as_str(), &e.outcome.as_ref().ok()?.report)))
        .collect()
}

/// Checks the reports of the list whose check would change: each against last year's report
/// of its agency when the list holds it, and only when that pairing is new (each file added
/// would otherwise check the whole list again: 1,000 files took about a minute).
fn recheck(entries: &mut [Entry]) {
    let results = {
        let read: Vec<&Entry> = entries.iter().filter(|e| e.outcome.is_ok()).collect();
        let ids: Vec<usize> = read.iter().map(|e| e.id).collect();
        let known: Vec<Option<Option<usize>>> = read
            .iter()
            .map(|e| e.outcome.as_ref().ok().and_then(|c| c.checked_against))
            .collect();
        let (files, reports): (Vec<&str>, Vec<&Report>) =
            named_reports(entries).into_iter().unzip();
        check_changed(&reports, &ids, &known)
            .into_iter()
            .map(|r| {
                r.map(|(p, findings)| {
                    let against = p.and_then(|i| Some((*ids.get(i)?, files.get(i)?.to_string())));
                    (against, findings)
                })
            })
            .collect::<Vec<_>>()
    };
    let checked = entries.iter_mut().filter_map(|e| e.outcome.as_mut().ok());
    for (c, result) in checked.zip(results) {
        if let Some((against, findings)) = result {
            c.findings = findings;
            c.checked_against = Some(against.as_ref().map(|(id, _)| *id));
            c.previous = against.map(|(_, file)| file);
        }
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
            checked_against: None,
        }
    }

    /// Its errors, open warnings and the warnings its agency acknowledged with a justification.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings, &self.report.acknowledgements)
    }
}

impl Entry {
    /// What its row shows that can change: the file's id, whether it is stored, and its
    /// findings (their number and the file they were checked against), which the other files
    /// of the list decide.
    pub fn row_key(&self) -> (usize, bool, Option<(usize, Option<String>)>) {
        let checked = self.outcome.as_ref().ok();
        let findings = checked.map(|c| (c.findings.len(), c.previous.clone()));
        (self.id, self.is_stored(), findings)
    }

    /// Whether the file is kept in the browser's storage.
    pub fn is_stored(&self) -> bool {
        self.stored.is_some()
    }
}

/// The storage the stored entries of `entries` take.
fn used(entries: &[Entry]) -> usize {
    entries
        .iter()
        .filter_map(|e| e.stored.as_ref())
        .map(|s| s.1)
        .sum()
}

impl BatchState {
    /// The storage namespace of the list.
    pub fn namespace(&self) -> Namespace {
        self.ns.get_value()
    }

    /// Whether no report of the list could be read (tracked): nothing to sum, export or
    /// compare, so those buttons are off.
    pub fn no_reports(&self) -> bool {
        self.entries
            .with(|es| es.iter().all(|e| e.outcome.is_err()))
    }

    /// Opens the dialog with the list as stored (plus the files this page could not store).
    /// After a crash in 汇总审查, the stored list is not read: the notice at the top of the page
    /// asks first (a panic never loops).
    pub fn show(&self) {
        if self.crashed.get_untracked() {
            focus_crash_notice();
            return;
        }
        crash::enter(
            &self.ns.get_value(),
            CrashMarker {
                feature: Feature::Review,
                draft: None,
                at: now(),
            },
        );
        self.reload(false);
        self.open.set(true);
    }

    /// The stored entries of the list as they are (a JSON object of key → stored text), to
    /// download after a crash.
    pub fn stored_raw(&self) -> Result<String, StorageError> {
        self.ns
            .with_value(|ns| crash::review_raw(&WebKv(Area::Local), ns))
    }

    /// After a crash: drops the stored list and forgets the crash. Returns how many entries
    /// were dropped.
    pub fn drop_stored(&self) -> Result<usize, StorageError> {
        let kv = WebKv(Area::Local);
        let n = self.ns.with_value(|ns| crash::drop_review(&kv, ns))?;
        self.forget_crash();
        Ok(n)
    }

    /// After a crash: reads the stored list again anyway (a new crash marks it again).
    pub fn read_anyway(&self) {
        self.forget_crash();
        self.show();
    }

    fn forget_crash(&self) {
        let _ = self
            .ns
            .with_value(|ns| crash::clear_crash(&WebKv(Area::Local), ns));
        self.crashed.set(false);
    }

    /// Follows another tab's change to the stored list while the dialog is open. `key` is the
    /// changed key of a `storage` event (which only the origin's other tabs receive); `None`
    /// when that tab cleared the storage. The entries this tab named as unreadable stay named
    /// (each can still be downloaded), with any the new reading finds.
    ///
    /// Another tab adding or removing many files sends an event for each: they are read in
    /// one go, a moment after the first.
    pub fn on_storage_event(&self, key: Option<&str>) {
        let ours = key.is_none_or(|k| self.ns.with_value(|ns| ns.review_id(k).is_some()));
        if !ours || !self.open.get_untracked() || self.reload_due.get_value() {
            return;
        }
        self.reload_due.set_value(true);
        let this = *self;
        set_timeout(
            move || {
                this.reload_due.set_value(false);
                if this.open.get_untracked() {
                    this.reload(true);
                }
            },
            std::time::Duration::from_millis(150),
        );
    }

    /// Writes a file of the list under a new id, within what the list may use besides `used`.
    fn store(&self, e: &Entry, used: usize) -> Result<(String, usize), StorageError> {
        let id = new_id("r");
        let outcome = match &e.outcome {
            Ok(c) => Ok((&c.report, c.imported)),
            Err(reason) => Err(reason.as_str()),
        };
        let ns = self.ns.get_value();
        save_review_file(
            &WebKv(Area::Local),
            &ns,
            &id,
            e.order,
            &e.file,
            outcome,
            used,
        )
        .map(|size| (id, size))
    }

    fn take_id(&self) -> usize {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }

    /// Reads the stored list again; the files this page could not store keep their places and
    /// are tried again, and every file keeps its id (so its row stays as it is). With `keep`
    /// (a reading the user did not ask for), the unreadable entries and the notice already shown
    /// stay, besides anything new. Returns whether the list could be read.
    fn reload(&self, keep: bool) -> bool {
        let loaded = match load_review(&WebKv(Area::Local), &self.ns.get_value(), now()) {
            Ok(l) => l,
            Err(e) => {
                self.notice.set(Some(review_message(&e)));
                return false;
            }
        };
        if keep {
            // An entry whose move failed is read again each time: named once. Nothing new, no
            // update (the notice is an alert, read out again when rebuilt).
            let fresh: Vec<Quarantined> = self.unreadable.with_untracked(|u| {
                let mut fresh = Vec::new();
                for e in loaded.unreadable {
                    if !u.contains(&e) && !fresh.contains(&e) {
                        fresh.push(e);
                    }
                }
                fresh
            });
            if !fresh.is_empty() {
                self.unreadable.update(|u| u.extend(fresh));
            }
        } else {
            self.unreadable.set(loaded.unreadable);
        }
        if self.newer.get_untracked() != loaded.newer {
            self.newer.set(loaded.newer);
        }
        let known: Vec<(String, usize)> = self.entries.with_untracked(|es| {
            es.iter()
                .filter_map(|e| Some((e.stored.as_ref()?.0.clone(), e.id)))
                .collect()
        });
        let mut list: Vec<Entry> = loaded
            .files
            .into_iter()
            .map(|f| Entry {
                id: known
                    .iter()
                    .find(|(key, _)| *key == f.id)
                    .map_or_else(|| self.take_id(), |&(_, id)| id),
                file: f.file,
                outcome: f.outcome.map(|(r, imported)| Checked::new(r, imported)),
                order: f.order,
                stored: Some((f.id, f.size)),
            })
            .collect();
        let unstored: Vec<Entry> = self
            .entries
            .with_untracked(|es| es.iter().filter(|e| e.stored.is_none()).cloned().collect());
        let mut failed = None;
        for mut e in unstored {
            match self.store(&e, used(&list)) {
                Ok(stored) => e.stored = Some(stored),
                Err(err) => failed = Some(err),
            }
            list.push(e);
        }
        match failed {
            Some(e) => self.notice.set(Some(review_message(&e))),
            None if !keep => self.notice.set(None),
            None => {}
        }
        list.sort_by(|a, b| a.order.total_cmp(&b.order));
        recheck(&mut list);
        self.entries.set(list);
        true
    }

    /// Adds a file's outcome at the end of the list and stores it.
    pub fn push(&self, file: String, outcome: Result<Checked, String>) {
        // Two files read in the same millisecond keep the order they were read in.
        let order = self.entries.with_untracked(|es| {
            es.iter()
                .map(|e| e.order)
                .fold(now(), |a, b| a.max(b + 1e-3))
        });
        let mut entry = Entry {
            id: self.take_id(),
            file,
            outcome,
            order,
            stored: None,
        };
        match self.store(&entry, self.entries.with_untracked(|es| used(es))) {
            Ok(stored) => {
                entry.stored = Some(stored);
                self.notice.set(None);
            }
            Err(e) => self.notice.set(Some(review_message(&e))),
        }
        self.entries.update(|es| {
            es.push(entry);
            recheck(es);
        });
    }

    /// Reads picked or dropped files, each checked and added as its reading ends.
    pub fn read_all(&self, files: &web_sys::FileList) {
        for f in (0..files.length()).filter_map(|i| files.get(i)) {
            self.read(f);
        }
    }

    /// Reads a picked or dropped file, then checks and adds it. When the importer could not
    /// be loaded, the file is not listed (it is not at fault): the notice says so.
    fn read(&self, file: web_sys::File) {
        let this = *self;
        if !importer_loaded() {
            self.notice.set(Some(LOADING_IMPORTER.to_string()));
        }
        read_report_file(file, move |name, result| match result {
            Err(ModuleFailure::NotLoaded(m)) => {
                this.notice.set(Some(format!("“{name}”未能读取：{m}")));
            }
            result => {
                if this.notice.get_untracked().as_deref() == Some(LOADING_IMPORTER) {
                    this.notice.set(None);
                }
                this.push(
                    name,
                    result
                        .map(|(report, imported)| Checked::new(report, imported))
                        .map_err(|f| f.message().to_string()),
                );
            }
        });
    }

    /// Drops files from the review and from storage. A stored file that cannot be removed
    /// from storage stays listed (it would come back on the next reading), with the reason.
    fn drop_where(&self, which: impl Fn(&Entry) -> bool) {
        let ns = self.ns.get_value();
        let mut kept = Vec::new();
        self.entries.update(|es| {
            es.retain(|e| {
                if !which(e) {
                    return true;
                }
                let Some((key, _)) = &e.stored else {
                    return false;
                };
                match remove_review_file(&WebKv(Area::Local), &ns, key) {
                    Ok(()) => false,
                    Err(_) => {
                        kept.push(e.file.clone());
                        true
                    }
                }
            });
            recheck(es);
        });
        self.notice
            .set((!kept.is_empty()).then(|| removal_refused_message(&kept)));
    }

    /// Drops a file from the review.
    pub fn remove(&self, id: usize) {
        self.drop_where(|e| e.id == id);
    }

    /// Empties the review, with the files another tab added since the list was read. When the
    /// stored list cannot be read, nothing is dropped: the reason is shown instead.
    pub fn clear(&self) {
        if self.reload(true) {
            self.drop_where(|_| true);
        }
    }
}

/// `id` of the notice shown after a crash in 汇总审查.
pub const CRASH_NOTICE_ID: &str = "review-crash-notice";

/// Moves the focus to the crash notice (the 汇总审查 button leads there while it waits).
fn focus_crash_notice() {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(CRASH_NOTICE_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
