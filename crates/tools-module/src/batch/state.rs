//! The reports collected for review: each file with its report and its findings, or the reason
//! it could not be read. Findings are renewed whenever the list changes, since a report is
//! checked against last year's report of its agency when the list holds it.
//!
//! The list is kept in `localStorage`, a file per entry (`storage::review`): adding a file
//! writes it, removing one removes it, and opening the dialog reads the list again; while it is
//! open, another tab's change to the list reads it again too. A file that could not be stored
//! stays listed while the page is open, marked as not saved, and is tried again whenever the
//! list is read.
//!
//! Files picked or dropped together are listed together: each is stored as soon as it is read
//! (nothing read waits for the list), and the list takes in what was read when the last file of
//! the batch is read, or every [`LIST_EVERY`] while reading goes on. Every change of the list
//! checks, sums and draws it again: once per file, adding 1,000 files took the page 16 s.

use std::sync::Arc;

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
    /// The report as our JSON (compact), written once when it is read: 对标分析 sends every
    /// report to its worker, and writing 1,000 of them again on each press took the page's
    /// thread ~0.2 s.
    pub json: Arc<str>,
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
    /// Files read (and stored) but not listed yet.
    read: StoredValue<Read>,
    /// How many files picked or dropped are still being read.
    reading: StoredValue<usize>,
    /// Whether a listing of the files read is already due (`LIST_EVERY`).
    list_due: StoredValue<bool>,
    /// The storage the stored files take, those read but not listed yet included.
    used: StoredValue<usize>,
    /// The latest place in the list given (the time added), listed or not.
    last_order: StoredValue<f64>,
}

/// The most lines a list of the review shows until asked for all (the files of 汇总审查, the
/// lines of 对标分析's table), and the most reports whose 对标分析报告 is laid out in its frame at
/// once: thousands of rows take the page seconds to draw and lay out (the report of 1,000
/// reports one task of ~1 s, headless Chromium on a loaded 2-core machine); the exports carry
/// every one.
pub const SHOWN_ROWS: usize = 200;

/// How often the files read are listed while more are being read: the list shows progress, and
/// each listing (which checks, sums and draws the list) comes seldom enough for its cost to stay
/// a small share of the reading.
const LIST_EVERY: std::time::Duration = std::time::Duration::from_millis(300);

/// Files read and stored, waiting to be listed, with what storing them gave.
#[derive(Default)]
struct Read {
    entries: Vec<Entry>,
    /// Why the last file that could not be stored was refused.
    refused: Option<StorageError>,
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
            read: StoredValue::new(Read::default()),
            reading: StoredValue::new(0),
            list_due: StoredValue::new(false),
            used: StoredValue::new(0),
            last_order: StoredValue::new(0.0),
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
            json: report.to_json().to_string().into(),
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
        // The files read but not listed are stored already: listed now, the reading below
        // knows them by their storage ids (and does not list them twice).
        self.take_read(false);
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
        let mut units = used(&list);
        for mut e in unstored {
            match self.store(&e, units) {
                Ok(stored) => {
                    units += stored.1;
                    e.stored = Some(stored);
                }
                Err(err) => failed = Some(err),
            }
            list.push(e);
        }
        self.used.set_value(units);
        let last = list.iter().map(|e| e.order).fold(0.0, f64::max);
        self.last_order.update_value(|o| *o = o.max(last));
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

    /// Stores a file's outcome and puts it at the end of the files read; they are listed when
    /// the last file being read is in, or within [`LIST_EVERY`].
    fn add(&self, file: String, outcome: Result<Checked, String>) {
        // Two files read in the same millisecond keep the order they were read in.
        let order = now().max(self.last_order.get_value() + 1e-3);
        self.last_order.set_value(order);
        let mut entry = Entry {
            id: self.take_id(),
            file,
            outcome,
            order,
            stored: None,
        };
        let refused = match self.store(&entry, self.used.get_value()) {
            Ok(stored) => {
                self.used.update_value(|u| *u += stored.1);
                entry.stored = Some(stored);
                None
            }
            Err(e) => Some(e),
        };
        self.read.update_value(|r| {
            r.entries.push(entry);
            if refused.is_some() {
                r.refused = refused;
            }
        });
        self.one_read();
    }

    /// A file picked or dropped has been read (or given up): the files read are listed when it
    /// was the last, else within [`LIST_EVERY`] (a file whose reading never ends holds no
    /// other up).
    fn one_read(&self) {
        self.reading.update_value(|n| *n = n.saturating_sub(1));
        if self.reading.get_value() == 0 {
            self.take_read(true);
        } else if !self.list_due.get_value() {
            self.list_due.set_value(true);
            let this = *self;
            set_timeout(
                move || {
                    this.list_due.set_value(false);
                    this.take_read(true);
                },
                LIST_EVERY,
            );
        }
    }

    /// Lists the files read, each checked; with `notify`, the list's views follow at once (else
    /// the caller sets the list next). The notice says whether they could be stored.
    fn take_read(&self, notify: bool) {
        let Read { entries, refused } = self
            .read
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if entries.is_empty() {
            return;
        }
        match refused {
            Some(e) => self.notice.set(Some(review_message(&e))),
            None => self.notice.set(None),
        }
        let add = move |es: &mut Vec<Entry>| {
            es.extend(entries);
            recheck(es);
        };
        if notify {
            self.entries.update(add);
        } else {
            self.entries.update_untracked(add);
        }
    }

    /// Reads picked or dropped files, each checked and added as its reading ends.
    pub fn read_all(&self, files: &web_sys::FileList) {
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        self.reading.update_value(|n| *n += files.len());
        for f in files {
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
                this.one_read();
            }
            result => {
                if this.notice.get_untracked().as_deref() == Some(LOADING_IMPORTER) {
                    this.notice.set(None);
                }
                this.add(
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
        self.used
            .set_value(self.entries.with_untracked(|es| used(es)));
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
