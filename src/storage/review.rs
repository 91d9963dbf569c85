//! The 汇总审查 list in `localStorage`: the files a supervising office collected for review, so
//! a reload or a closed tab does not cost it the list. Each file is an entry of its own
//! (`<prefix>/review/<id>`): adding a file writes only that file, a tab never writes over what
//! another tab added, and an entry that cannot be read is moved aside alone. The findings are
//! not stored: they are computed again on loading, so a newer version's checks apply.
//!
//! Entry (`review_version` 1): `{ "review_version", "order", "file", "imported", "report" }`, or
//! `{ "review_version", "order", "file", "unread" }` for a file that could not be read; `report`
//! is the JSON interchange format (migrated on reading like any report), `order` the position in
//! the list (the time it was added).

use report_domain::Report;

use super::entry::{read, write, ReviewEntry, Unreadable};
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::{entry_units, KvStore};
use super::quarantine::{quarantine, Quarantined};

pub use super::entry::REVIEW_VERSION;

/// Most of the storage the list may take, in UTF-16 code units as browsers count them (about a
/// third of the usual quota; some 100 reports): the rest stays for the drafts, which, unlike the
/// files of the list, cannot be added again from disk.
pub const REVIEW_BUDGET: usize = 1_800_000;

/// One file of the review as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewFile {
    /// The entry's id (the last part of its key).
    pub id: String,
    /// Its place in the list: files are listed by it.
    pub order: f64,
    /// The file name.
    pub file: String,
    /// The report read from it, and whether it came from a published copy (a page or a text);
    /// or why the file could not be read (Chinese).
    pub outcome: Result<(Report, bool), String>,
    /// The storage it takes (UTF-16 code units of key and value).
    pub size: usize,
}

/// What loading the list gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedReview {
    /// The files, in list order.
    pub files: Vec<ReviewFile>,
    /// The entries that could not be read, each moved aside (a failed move leaves it under its
    /// key, which nothing writes again).
    pub unreadable: Vec<Quarantined>,
    /// How many entries a newer version of the app wrote: left as they are, not listed.
    pub newer: usize,
}

/// Writes one file of the list under its id, unless the list would then take more than
/// [`REVIEW_BUDGET`] with the `used` units it takes already (that is refused as a full
/// storage). Returns the units the entry takes.
pub fn save_review_file<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    id: &str,
    order: f64,
    file: &str,
    outcome: Result<(&Report, bool), &str>,
    used: usize,
) -> Result<usize, StorageError> {
    let (report, imported, unread) = match outcome {
        Ok((report, imported)) => (Some(report.to_json()), Some(imported), None),
        Err(reason) => (None, None, Some(reason.to_string())),
    };
    let value = write(&ReviewEntry {
        file: file.to_string(),
        imported,
        order,
        report,
        review_version: REVIEW_VERSION,
        unread,
    });
    let key = ns.review(id);
    let size = entry_units(&key, &value);
    if used.saturating_add(size) > REVIEW_BUDGET {
        return Err(StorageError::QuotaExceeded);
    }
    kv.set(&key, &value)?;
    Ok(size)
}

/// Removes one file of the list.
pub fn remove_review_file<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    id: &str,
) -> Result<(), StorageError> {
    kv.remove(&ns.review(id))
}

/// Reads the list. An entry that cannot be read is moved to quarantine and reported; one that
/// a newer version of the app wrote is left for it and counted; the others are listed.
pub fn load_review<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    now: f64,
) -> Result<LoadedReview, StorageError> {
    let mut out = LoadedReview::default();
    let mut keys = kv.keys()?;
    report_domain::order::sort(&mut keys);
    for key in keys {
        let Some(id) = ns.review_id(&key) else {
            continue;
        };
        let Some(text) = kv.get(&key)? else {
            continue;
        };
        match read::<ReviewEntry>(&text).and_then(|e| Ok((e.outcome()?, e))) {
            Ok((outcome, e)) => out.files.push(ReviewFile {
                id: id.to_string(),
                order: e.order,
                file: e.file,
                outcome,
                size: entry_units(&key, &text),
            }),
            Err(Unreadable::Newer(_)) => out.newer += 1,
            Err(reason) => {
                out.unreadable
                    .push(quarantine(kv, ns, &key, text, reason, now));
            }
        }
    }
    report_domain::order::sort_by(&mut out.files, |a, b| a.order.total_cmp(&b.order));
    Ok(out)
}
