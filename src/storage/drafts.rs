//! The draft operations over a [`KvStore`]: list (moving unreadable entries to quarantine),
//! open, save with the conflict protocol, create, duplicate, rename, delete.
//!
//! Conflict protocol: every entry carries a revision. A tab remembers the revision it loaded
//! or last wrote ([`Session::revision`]); before writing it reads the stored entry, and writes
//! only if the stored revision is still that one. Otherwise another tab saved newer work and
//! the write is refused with [`StorageError::Conflict`] — the caller lets the user choose
//! between loading theirs and keeping this tab's report as a copy.

use std::sync::Arc;

use report_domain::Report;
use serde_json::Value;

use super::entry::{decode_draft, write, DraftEntry, Unreadable, ENTRY_VERSION};
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::KvStore;
use super::quarantine::{quarantine, Quarantined};

/// What the draft list shows of a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftSummary {
    /// The draft id.
    pub id: String,
    /// The user's name for it ("" = none).
    pub name: String,
    /// The report's agency.
    pub agency: String,
    /// The report's year.
    pub year: Option<i32>,
    /// When it was saved (ms since the epoch).
    pub saved_at: f64,
    /// Whether it was imported.
    pub imported: bool,
}

/// The result of listing the drafts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scan {
    /// Readable drafts, most recently saved first.
    pub drafts: Vec<DraftSummary>,
    /// Unreadable entries found (and moved aside) by this listing.
    pub quarantined: Vec<Quarantined>,
}

/// An opened draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The tab's session on it.
    pub session: Session,
    /// The report.
    pub report: Report,
    /// Last year's report, if the draft keeps one and it is readable.
    pub previous: Option<Report>,
    /// When it was saved.
    pub saved_at: f64,
}

/// What a tab knows about the draft it edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// The draft id.
    pub id: String,
    /// The revision this tab loaded or last wrote.
    pub revision: u64,
    /// The name (kept in sync with renames made in this tab).
    pub name: String,
    /// Whether the report was imported.
    pub imported: bool,
    /// Last year's report (JSON), kept with the draft.
    pub previous: Option<Value>,
    /// The entry this tab last read or wrote at the draft's key (`None` before either).
    pub written: Option<Written>,
}

/// A stored draft entry as this tab last read or wrote it. While the key still holds exactly
/// this text, a save knows what reading it would give — this tab's revision, this name, a
/// readable entry — without decoding the whole report again (every autosave did). Any other
/// text (another tab's save or rename, a damaged entry) is read and checked as before.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The stored text.
    pub(super) text: Arc<str>,
    /// The draft's name in it.
    pub(super) name: String,
}

/// The draft operations of one tab.
pub struct DraftStore<K: KvStore> {
    kv: K,
    ns: Namespace,
    writer: String,
}

impl<K: KvStore> DraftStore<K> {
    /// Drafts in `kv` under `ns`, written by the tab `writer`.
    pub fn new(kv: K, ns: Namespace, writer: impl Into<String>) -> Self {
        DraftStore {
            kv,
            ns,
            writer: writer.into(),
        }
    }

    /// The namespace.
    pub fn namespace(&self) -> &Namespace {
        &self.ns
    }

    /// The underlying storage.
    pub fn kv(&self) -> &K {
        &self.kv
    }

    /// Lists the drafts. Unreadable entries are moved to quarantine (never deleted) and
    /// reported.
    pub fn scan(&self, now: f64) -> Result<Scan, StorageError> {
        let mut out = Scan::default();
        let mut keys = self.kv.keys()?;
        report_domain::order::sort(&mut keys);
        for key in keys {
            let Some(id) = self.ns.draft_id(&key) else {
                continue;
            };
            let Some(text) = self.kv.get(&key)? else {
                continue;
            };
            match decode_draft(id, &text) {
                Ok(d) => out.drafts.push(DraftSummary {
                    id: id.to_string(),
                    name: d.entry.name,
                    agency: d.report.meta.agency.clone(),
                    year: d.report.meta.year,
                    saved_at: d.entry.saved_at,
                    imported: d.entry.imported,
                }),
                Err(reason) => out
                    .quarantined
                    .push(self.quarantine(&key, text, reason, now)),
            }
        }
        report_domain::order::sort_by(&mut out.drafts, |a, b| b.saved_at.total_cmp(&a.saved_at));
        Ok(out)
    }

    /// Moves an unreadable entry to `<ns>/quarantine/<key>/<time>`: written there first, and
    /// removed from its key only once that write succeeded.
    fn quarantine(&self, key: &str, raw: String, reason: Unreadable, now: f64) -> Quarantined {
        quarantine(&self.kv, &self.ns, key, raw, reason, now)
    }

    /// Opens a draft. An unreadable one is moved to quarantine and reported as `Corrupt`.
    pub fn open(&self, id: &str, now: f64) -> Result<Opened, StorageError> {
        let key = self.ns.draft(id);
        let text = self
            .kv
            .get(&key)?
            .ok_or_else(|| StorageError::Missing { id: id.into() })?;
        match decode_draft(id, &text) {
            Ok(d) => {
                let previous = d
                    .entry
                    .previous
                    .as_ref()
                    .and_then(|v| Report::from_json(v).ok());
                let written = Written {
                    text: text.into(),
                    name: d.entry.name.clone(),
                };
                Ok(Opened {
                    session: Session {
                        id: id.to_string(),
                        revision: d.entry.revision,
                        name: d.entry.name,
                        imported: d.entry.imported,
                        previous: d.entry.previous,
                        written: Some(written),
                    },
                    report: d.report,
                    previous,
                    saved_at: d.entry.saved_at,
                })
            }
            Err(reason) => Err(self.quarantine(&key, text, reason, now).error()),
        }
    }

    /// Saves the report of a session. Refuses with `Conflict` when another tab saved a newer
    /// revision; moves an unreadable stored entry to quarantine before writing over its key.
    /// On success the session's revision is the one written; returns the save time.
    pub fn save(
        &self,
        session: &mut Session,
        report: &Report,
        now: f64,
    ) -> Result<f64, StorageError> {
        let key = self.ns.draft(&session.id);
        let mut name = session.name.clone();
        if let Some(text) = self.kv.get(&key)? {
            // The entry this tab read or wrote last, unchanged: its revision is the session's.
            let unchanged = session.written.as_ref().filter(|w| *w.text == *text);
            if let Some(w) = unchanged {
                // The name stored, as reading it would give.
                name.clone_from(&w.name);
            } else {
                match decode_draft(&session.id, &text) {
                    Ok(d) if d.entry.revision != session.revision => {
                        return Err(StorageError::Conflict {
                            theirs_revision: d.entry.revision,
                            mine_revision: session.revision,
                            theirs_saved_at: d.entry.saved_at,
                        });
                    }
                    // A rename in another tab does not bump the revision: keep it.
                    Ok(d) => name = d.entry.name,
                    Err(reason) => {
                        let q = self.quarantine(&key, text, reason, now);
                        if q.moved_to.is_none() {
                            return Err(q.error());
                        }
                    }
                }
            }
        }
        let revision = session.revision.saturating_add(1);
        let entry = DraftEntry {
            entry_version: ENTRY_VERSION,
            id: session.id.clone(),
            name: name.clone(),
            revision,
            writer: self.writer.clone(),
            saved_at: now,
            imported: session.imported,
            report: report.to_json(),
            previous: session.previous.clone(),
        };
        let text = write(&entry);
        self.kv.set(&key, &text)?;
        session.revision = revision;
        session.written = Some(Written {
            text: text.into(),
            name: name.clone(),
        });
        session.name = name;
        Ok(now)
    }

    /// Creates a draft holding `report` under a new id. Returns its session (revision 1).
    pub fn create(
        &self,
        id: &str,
        name: &str,
        report: &Report,
        imported: bool,
        previous: Option<Value>,
        now: f64,
    ) -> Result<Session, StorageError> {
        let mut session = Session {
            id: id.to_string(),
            revision: 0,
            name: name.to_string(),
            imported,
            previous,
            written: None,
        };
        if self.kv.get(&self.ns.draft(id))?.is_some() {
            // Ids are random; a clash would overwrite another draft.
            return Err(StorageError::Conflict {
                theirs_revision: 0,
                mine_revision: 0,
                theirs_saved_at: now,
            });
        }
        self.save(&mut session, report, now)?;
        Ok(session)
    }

    /// Renames a draft without changing its revision (a rename is not an edit of the report).
    pub fn rename(&self, id: &str, name: &str) -> Result<(), StorageError> {
        let key = self.ns.draft(id);
        let text = self
            .kv
            .get(&key)?
            .ok_or_else(|| StorageError::Missing { id: id.into() })?;
        let mut d = decode_draft(id, &text)
            .map_err(|reason| Quarantined::found(&self.ns, &key, text, reason).error())?;
        d.entry.name = name.trim().to_string();
        d.entry.report = d.report.to_json();
        self.kv.set(&key, &write(&d.entry))
    }

    /// Deletes a draft (the UI asks for confirmation first).
    pub fn delete(&self, id: &str) -> Result<(), StorageError> {
        self.kv.remove(&self.ns.draft(id))
    }

    /// Writes the raw text of a key (to remember the last opened draft).
    pub fn set_raw(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.kv.set(key, value)
    }

    /// Reads the raw text of a key.
    pub fn get_raw(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.kv.get(key)
    }
}
