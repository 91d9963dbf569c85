//! The drafts controller: which draft this tab edits, the draft list, the last save time and
//! the storage problems to show. Provided by context ([`use_drafts`]); every write to
//! `localStorage` goes through [`Drafts::flush`], which the one autosave effect calls.

use leptos::prelude::*;
use report_domain::Report;
use serde_json::Value;

use super::words::display_name;
use crate::components::layout::{use_status, Status};
use crate::storage::crash::{self, CrashMarker, Feature};
use crate::storage::web::{self, Area, WebKv};
use crate::storage::{
    draft_revision, DraftStore, DraftSummary, KvStore, Namespace, Quarantined, Session,
    StorageError,
};
use crate::store::{Load, Store};

/// The drafts controller. `Copy`: fetch it with [`use_drafts`].
#[derive(Clone, Copy)]
pub struct Drafts {
    store: Store,
    status: Status,
    ns: StoredValue<Namespace>,
    writer: StoredValue<String>,
    session: RwSignal<Option<Session>>,
    list: RwSignal<Vec<DraftSummary>>,
    last_saved: RwSignal<Option<f64>>,
    error: RwSignal<Option<StorageError>>,
    conflict: RwSignal<Option<StorageError>>,
    quarantined: RwSignal<Vec<Quarantined>>,
    crashed: RwSignal<bool>,
}

/// The drafts controller provided by the App.
pub fn use_drafts() -> Option<Drafts> {
    use_context::<Drafts>()
}

/// The year a new report is for: agencies report in January on the year just ended.
pub fn default_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32 - 1
}

impl Drafts {
    /// A controller for `store` in the namespace `ns`, provided to the tree below.
    pub(super) fn provide(store: Store, ns: Namespace) -> Drafts {
        let d = Drafts {
            store,
            status: use_status(),
            ns: StoredValue::new(ns),
            writer: StoredValue::new(web::new_id("tab-")),
            session: RwSignal::new(None),
            list: RwSignal::new(Vec::new()),
            last_saved: RwSignal::new(None),
            error: RwSignal::new(None),
            conflict: RwSignal::new(None),
            quarantined: RwSignal::new(Vec::new()),
            crashed: RwSignal::new(false),
        };
        provide_context(d);
        d
    }

    fn ds(&self) -> DraftStore<WebKv> {
        DraftStore::new(
            WebKv(Area::Local),
            self.ns.get_value(),
            self.writer.get_value(),
        )
    }

    /// The namespace.
    pub fn namespace(&self) -> Namespace {
        self.ns.get_value()
    }

    /// The drafts, most recently saved first (tracked).
    pub fn list(&self) -> Vec<DraftSummary> {
        self.list.get()
    }

    /// The id of this tab's draft (tracked).
    pub fn current_id(&self) -> Option<String> {
        self.session.with(|s| s.as_ref().map(|s| s.id.clone()))
    }

    /// The revision of this tab's draft as loaded or last written (untracked).
    pub fn current_revision(&self) -> Option<u64> {
        self.session
            .with_untracked(|s| s.as_ref().map(|s| s.revision))
    }

    /// The name shown for this tab's draft (tracked).
    pub fn current_title(&self) -> String {
        let name = self
            .session
            .with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
        self.store
            .with_meta(|m| display_name(&name, &m.agency, m.year))
    }

    /// When this tab last saved (tracked).
    pub fn last_saved(&self) -> Option<f64> {
        self.last_saved.get()
    }

    /// The storage problem to show, if any (tracked).
    pub fn error(&self) -> Option<StorageError> {
        self.error.get()
    }

    /// Another tab's newer work, if detected (tracked).
    pub fn conflict(&self) -> Option<StorageError> {
        self.conflict.get()
    }

    /// Unreadable entries moved aside in this session (tracked).
    pub fn quarantined(&self) -> Vec<Quarantined> {
        self.quarantined.get()
    }

    /// Whether the page crashed last time while opening the draft at start, which was moved
    /// aside for it (tracked).
    pub fn crashed(&self) -> bool {
        self.crashed.get()
    }

    /// Forgets the reported quarantined entries (they stay in storage).
    pub fn dismiss_quarantined(&self) {
        self.quarantined.set(Vec::new());
        self.crashed.set(false);
    }

    /// The store.
    pub fn store(&self) -> Store {
        self.store
    }

    // ----- start-up ----------------------------------------------------------------------

    /// Lists the drafts and opens this tab's draft (the one it had before a reload, else the
    /// last opened, else the most recent), or starts a new one. When the page crashed while
    /// opening a draft last time, that draft is moved to the 隔离区 and a new one starts: a
    /// panic never loops.
    pub(super) fn start(&self) {
        let ds = self.ds();
        let crashed = self.contain_crash();
        match ds.scan(web::now()) {
            Ok(scan) => {
                self.quarantined.update(|q| q.extend(scan.quarantined));
                let ids: Vec<String> = scan.drafts.iter().map(|d| d.id.clone()).collect();
                self.list.set(scan.drafts);
                let remembered = WebKv(Area::Session)
                    .get(&self.ns.with_value(Namespace::tab_draft))
                    .ok()
                    .flatten()
                    .filter(|id| ids.contains(id))
                    .or_else(|| {
                        ds.get_raw(&self.ns.with_value(Namespace::last_opened))
                            .ok()
                            .flatten()
                            .filter(|id| ids.contains(id))
                    })
                    .or_else(|| ids.first().cloned())
                    .filter(|_| !crashed);
                if let Some(id) = remembered {
                    if self.open_quietly(&id) {
                        return;
                    }
                }
            }
            Err(e) => self.error.set(Some(e)),
        }
        let report = self.store.report_untracked();
        self.begin(report, String::new(), false, None);
    }

    /// Reads the crash marker: when the page crashed while opening a draft, moves that draft
    /// to the 隔离区 (never deleted) and clears the marker. Returns whether it did.
    fn contain_crash(&self) -> bool {
        let kv = WebKv(Area::Local);
        let ns = self.ns.get_value();
        let Ok(Some(marker)) = crash::read_crash(&kv, &ns) else {
            return false;
        };
        if marker.feature != Feature::Draft {
            return false;
        }
        if let Some(id) = &marker.draft {
            match crash::quarantine_crashed_draft(&kv, &ns, id, web::now()) {
                Ok(Some(q)) => self.quarantined.update(|v| v.push(q)),
                Ok(None) => {}
                Err(e) => self.error.set(Some(e)),
            }
        }
        let _ = crash::clear_crash(&kv, &ns);
        self.crashed.set(true);
        true
    }

    // ----- saving --------------------------------------------------------------------------

    /// Writes this tab's report now if it changed since the last save. Does nothing while a
    /// conflict with another tab waits for the user's choice.
    pub fn flush(&self) {
        if self.conflict.get_untracked().is_some() {
            return;
        }
        let Some(mut session) = self.session.get_untracked() else {
            return;
        };
        if !self.dirty() && session.revision > 0 {
            return;
        }
        let report = self.store.report_untracked();
        match self.ds().save(&mut session, &report, web::now()) {
            Ok(at) => {
                self.store.mark_saved();
                self.last_saved.set(Some(at));
                if self.error.get_untracked().is_some() {
                    self.error.set(None);
                }
                self.remember(&session.id);
                self.update_summary(&session, &report, at);
                self.session.set(Some(session));
            }
            Err(e @ StorageError::Conflict { .. }) => self.conflict.set(Some(e)),
            Err(e) => self.error.set(Some(e)),
        }
    }

    fn update_summary(&self, session: &Session, report: &Report, at: f64) {
        let summary = DraftSummary {
            id: session.id.clone(),
            name: session.name.clone(),
            agency: report.meta.agency.clone(),
            year: report.meta.year,
            saved_at: at,
            imported: session.imported,
        };
        self.list.update(|l| {
            l.retain(|d| d.id != summary.id);
            l.insert(0, summary);
        });
    }

    fn remember(&self, id: &str) {
        let _ = WebKv(Area::Session).set(&self.ns.with_value(Namespace::tab_draft), id);
        let _ = self
            .ds()
            .set_raw(&self.ns.with_value(Namespace::last_opened), id);
    }

    /// Re-reads the draft list (after another tab changed it).
    pub fn refresh_list(&self) {
        match self.ds().scan(web::now()) {
            Ok(scan) => {
                self.list.set(scan.drafts);
                if !scan.quarantined.is_empty() {
                    self.quarantined.update(|q| q.extend(scan.quarantined));
                }
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    // ----- another tab -----------------------------------------------------------------------

    /// Another tab wrote this tab's draft (a `storage` event): load its work when this tab has
    /// nothing unsaved, otherwise stop autosaving and ask.
    pub(super) fn on_external_write(&self, new_value: Option<String>) {
        let Some(session) = self.session.get_untracked() else {
            return;
        };
        let Some(text) = new_value else {
            self.status
                .announce("此草稿已在另一个标签页中删除；本页内容仍在，将在下次修改时重新保存。");
            return;
        };
        let Some((revision, saved_at)) = draft_revision(&text) else {
            return;
        };
        if revision <= session.revision {
            return;
        }
        if self.dirty() {
            self.conflict.set(Some(StorageError::Conflict {
                theirs_revision: revision,
                mine_revision: session.revision,
                theirs_saved_at: saved_at,
            }));
        } else if self.open_quietly(&session.id) {
            self.status.announce("已载入另一个标签页中保存的修改");
        }
    }

    /// Resolves a conflict by loading the other tab's version (undoable).
    pub fn load_theirs(&self) {
        let Some(id) = self.current_id_untracked() else {
            return;
        };
        match self.ds().open(&id, web::now()) {
            Ok(o) => {
                self.store.replace_report(o.report, Load::Undoable);
                self.store.set_previous(o.previous);
                self.store.mark_saved();
                self.last_saved.set(Some(o.saved_at));
                self.session.set(Some(o.session));
                self.conflict.set(None);
                self.status
                    .announce("已载入另一个标签页的版本；按 Ctrl+Z 可找回本页刚才的内容");
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Resolves a conflict by saving this tab's report as a new draft (the other tab's
    /// version stays as it is).
    pub fn keep_mine_as_copy(&self) {
        let report = self.store.report_untracked();
        let (imported, previous) = self.session.with_untracked(|s| {
            s.as_ref()
                .map_or((false, None), |s| (s.imported, s.previous.clone()))
        });
        let name = format!("{}（本页副本）", self.current_title_untracked());
        self.conflict.set(None);
        self.begin(report, name, imported, previous);
        self.status
            .announce("本页内容已另存为新草稿；另一个标签页的版本保留在原草稿中");
    }

    fn dirty(&self) -> bool {
        untrack(|| self.store.is_dirty())
    }

    fn current_id_untracked(&self) -> Option<String> {
        self.session
            .with_untracked(|s| s.as_ref().map(|s| s.id.clone()))
    }

    fn current_title_untracked(&self) -> String {
        untrack(|| self.current_title())
    }

    // ----- switching drafts ------------------------------------------------------------------

    fn blocked(&self) -> bool {
        if self.conflict.get_untracked().is_some() {
            self.status.announce("请先处理页面上方的草稿冲突");
            true
        } else {
            false
        }
    }

    /// Opens a stored draft (saving this one first).
    pub fn open(&self, id: &str) {
        if self.blocked() {
            return;
        }
        self.flush();
        if self.open_quietly(id) {
            self.status
                .announce(format!("已打开草稿“{}”", self.current_title_untracked()));
        }
    }

    /// Opens a stored draft into the form. The draft is named for a crash (the panic hook's
    /// marker) until its first render and the effects have run (a timer runs after them): a
    /// panic meanwhile moves it to the 隔离区 on the next load, whichever way it was opened (at
    /// start, from the list, another tab's newer version).
    fn open_quietly(&self, id: &str) -> bool {
        crash::enter(
            &self.ns.get_value(),
            CrashMarker {
                feature: Feature::Draft,
                draft: Some(id.to_string()),
                at: web::now(),
            },
        );
        let opened = self.open_in_scope(id);
        if opened {
            set_timeout(|| crash::leave(Feature::Draft), std::time::Duration::ZERO);
        } else {
            crash::leave(Feature::Draft);
        }
        opened
    }

    fn open_in_scope(&self, id: &str) -> bool {
        match self.ds().open(id, web::now()) {
            Ok(o) => {
                self.store.replace_report(o.report, Load::ResetHistory);
                self.store.set_previous(o.previous);
                self.store.mark_saved();
                self.last_saved.set(Some(o.saved_at));
                self.remember(id);
                self.session.set(Some(o.session));
                true
            }
            Err(e) => {
                if let StorageError::Corrupt(_) = e {
                    self.refresh_list();
                }
                self.error.set(Some(e));
                false
            }
        }
    }

    /// Opens `report` as a new draft (this one is saved first) and saves it at once. Returns
    /// false (having said why) while a conflict with another tab waits for the user's choice.
    pub fn open_new(
        &self,
        report: Report,
        name: String,
        imported: bool,
        previous: Option<Report>,
    ) -> bool {
        if self.blocked() {
            return false;
        }
        self.flush();
        let previous_json = previous.as_ref().map(Report::to_json);
        self.store.set_previous(previous);
        self.begin(report, name, imported, previous_json);
        true
    }

    /// Makes `report` this tab's draft under a new id and writes it.
    fn begin(&self, report: Report, name: String, imported: bool, previous: Option<Value>) {
        let id = web::new_id("d");
        self.store.replace_report(report, Load::ResetHistory);
        self.session.set(Some(Session {
            id,
            revision: 0,
            name,
            imported,
            previous,
            written: None,
        }));
        self.last_saved.set(None);
        self.flush();
    }

    /// A new empty report for last year.
    pub fn new_blank(&self) {
        self.open_new(Report::for_year(default_year()), String::new(), false, None);
        self.status.announce("已新建草稿");
    }

    /// A copy of this tab's draft, opened.
    pub fn duplicate(&self) {
        let report = self.store.report_untracked();
        let name = format!("{}（副本）", self.current_title_untracked());
        let (imported, previous) = self.session.with_untracked(|s| {
            s.as_ref()
                .map_or((false, None), |s| (s.imported, s.previous.clone()))
        });
        let previous = previous.and_then(|v| Report::from_json(&v).ok());
        self.open_new(report, name, imported, previous);
        self.status.announce("已复制为新草稿");
    }

    /// Renames a draft.
    pub fn rename(&self, id: &str, name: &str) {
        let is_current = self.current_id_untracked().as_deref() == Some(id);
        if is_current {
            self.session.update(|s| {
                if let Some(s) = s {
                    s.name = name.trim().to_string();
                }
            });
        }
        match self.ds().rename(id, name) {
            Ok(()) => self.status.announce("已重命名"),
            Err(StorageError::Missing { .. }) if is_current => {}
            Err(e) => self.error.set(Some(e)),
        }
        self.refresh_list();
    }

    /// Deletes a draft (after the user confirmed). Deleting this tab's draft opens the most
    /// recent other one, or a new one.
    pub fn delete(&self, id: &str) {
        if let Err(e) = self.ds().delete(id) {
            self.error.set(Some(e));
            return;
        }
        self.refresh_list();
        if self.current_id_untracked().as_deref() == Some(id) {
            self.conflict.set(None);
            let next = self
                .list
                .with_untracked(|l| l.first().map(|d| d.id.clone()));
            match next {
                Some(next) if self.open_quietly(&next) => {}
                _ => self.begin(Report::for_year(default_year()), String::new(), false, None),
            }
        }
        self.status.announce("已删除草稿");
    }

    /// Keeps the current report's `previous` in the draft (new report from last year's).
    pub fn set_previous(&self, previous: Option<Report>) {
        let json = previous.as_ref().map(Report::to_json);
        self.session.update(|s| {
            if let Some(s) = s {
                s.previous = json;
            }
        });
        self.store.set_previous(previous);
    }

    /// The report of a stored draft, without opening it.
    pub fn peek(&self, id: &str) -> Result<Report, StorageError> {
        self.ds().open(id, web::now()).map(|o| o.report)
    }

    /// Whether the current report differs from the saved one (tracked).
    pub fn is_dirty(&self) -> bool {
        self.store.is_dirty()
    }
}
