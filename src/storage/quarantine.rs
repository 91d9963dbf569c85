//! The 隔离区: stored entries that could not be read, moved aside under
//! `<ns>/quarantine/<original key>/<time>` (by [`quarantine`], for the drafts and the 汇总审查
//! list alike) and never deleted by the app itself. The user can see them at any time (not only
//! in the notice shown when they were moved), named by what their content still tells, download
//! each one's content as stored, and delete the ones not needed, which gives their storage back.
//!
//! One type, [`Quarantined`], is both the entry just found unreadable (with its reason) and an
//! entry listed from the 隔离区 later (the reason is not stored). The components word it.

use super::entry::{origin, EntryKind, Origin, Unreadable};
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::{entry_units, KvStore};

/// An unreadable entry: just found while reading the drafts or the 汇总审查 list (and moved
/// aside, or left where it was when even that failed), or listed from the 隔离区.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// The key it was found under.
    pub key: String,
    /// What it was.
    pub kind: EntryKind,
    /// What its content still tells of it, when that much can be read.
    pub origin: Option<Origin>,
    /// The 隔离区 key it is kept under (`None`: moving failed, it is still under `key`).
    pub moved_to: Option<String>,
    /// When it was moved aside (ms since the epoch), as its 隔离区 key says.
    pub moved_at: Option<f64>,
    /// Why it could not be read, when it was found now (the 隔离区 does not keep the reason).
    pub reason: Option<Unreadable>,
    /// Its content, exactly as stored (for the download).
    pub raw: String,
    /// The storage it takes (UTF-16 code units of key and value).
    pub units: usize,
}

impl Quarantined {
    /// An entry found unreadable under `key` and left where it is, for `reason`.
    pub(super) fn found(ns: &Namespace, key: &str, raw: String, reason: Unreadable) -> Quarantined {
        let kind = EntryKind::of(ns, key);
        Quarantined {
            key: key.to_string(),
            kind,
            origin: origin(kind, &raw),
            moved_to: None,
            moved_at: None,
            reason: Some(reason),
            units: entry_units(key, &raw),
            raw,
        }
    }

    /// The same finding as a typed error.
    pub fn error(&self) -> StorageError {
        StorageError::Corrupt(Box::new(self.clone()))
    }
}

/// Moves the unreadable entry `raw` at `key` to `<ns>/quarantine/<key>/<time>`: written there
/// first, and removed from its key only once that write succeeded, so it is never lost.
pub(super) fn quarantine<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    key: &str,
    raw: String,
    reason: Unreadable,
    now: f64,
) -> Quarantined {
    let target = ns.quarantine(key, now);
    let moved_to = match kv.set(&target, &raw) {
        Ok(()) => kv.remove(key).ok().map(|()| target),
        Err(_) => None,
    };
    let mut q = Quarantined::found(ns, key, raw, reason);
    if let Some(to) = moved_to {
        q.moved_at = ns.quarantined_from(&to).map(|(_, t)| t);
        q.units = entry_units(&to, &q.raw);
        q.moved_to = Some(to);
    }
    q
}

/// Every quarantined entry of the namespace, most recently moved first.
pub fn list_quarantine<K: KvStore>(
    kv: &K,
    ns: &Namespace,
) -> Result<Vec<Quarantined>, StorageError> {
    let mut out = Vec::new();
    for key in kv.keys()? {
        let Some((original, moved_at)) = ns.quarantined_from(&key) else {
            continue;
        };
        let Some(raw) = kv.get(&key)? else {
            continue;
        };
        let kind = EntryKind::of(ns, original);
        out.push(Quarantined {
            key: original.to_string(),
            kind,
            origin: origin(kind, &raw),
            moved_at: Some(moved_at),
            reason: None,
            units: entry_units(&key, &raw),
            raw,
            moved_to: Some(key.clone()),
        });
    }
    report_domain::order::sort_by(&mut out, |a, b| {
        let at = |q: &Quarantined| q.moved_at.unwrap_or(0.0);
        at(b)
            .total_cmp(&at(a))
            .then_with(|| a.moved_to.cmp(&b.moved_to))
    });
    Ok(out)
}

/// Deletes a quarantined entry for good; returns whether `key` was one. A key outside the
/// namespace's 隔离区 is left alone: only what the user chose in the 隔离区 is deleted here.
pub fn remove_quarantined<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    key: &str,
) -> Result<bool, StorageError> {
    if ns.quarantined_from(key).is_none() {
        return Ok(false);
    }
    kv.remove(key)?;
    Ok(true)
}

/// Storage in KB, rounded up, from UTF-16 code units (two bytes each).
pub fn kilobytes(units: usize) -> usize {
    units.saturating_mul(2).div_ceil(1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::entry::Origin;
    use crate::storage::{DraftStore, MemoryKv};

    fn ns() -> Namespace {
        Namespace::default()
    }

    #[test]
    fn lists_what_was_moved_aside_newest_first_and_deletes_only_there() {
        let kv = MemoryKv::default();
        let n = ns();
        kv.set(&n.draft("bad"), "{not json").unwrap();
        kv.set(&n.review("r1"), "{\"review_version\":1,\"report\":7}")
            .unwrap();
        // A draft scan moves the draft aside at 1000; the review list's reading the file at 2000.
        let drafts = DraftStore::new(&kv, n.clone(), "tab");
        assert_eq!(drafts.scan(1000.0).unwrap().quarantined.len(), 1);
        let review = crate::storage::load_review(&kv, &n, 2000.0).unwrap();
        assert_eq!(review.unreadable.len(), 1);
        kv.set(&n.quarantine("disclosure-report/v1/last", 500.0), "x")
            .unwrap();

        let items = list_quarantine(&kv, &n).unwrap();
        let kinds: Vec<_> = items.iter().map(|i| (i.kind, i.moved_at)).collect();
        assert_eq!(
            kinds,
            [
                (EntryKind::ReviewFile, Some(2000.0)),
                (EntryKind::Draft, Some(1000.0)),
                (EntryKind::Other, Some(500.0)),
            ]
        );
        assert_eq!(items[1].raw, "{not json");
        assert_eq!(items[1].key, n.draft("bad"));
        assert_eq!(items[1].reason, None, "the 隔离区 keeps no reason");
        // The entry as the review list reported it when it moved it is the entry listed now,
        // less the reason.
        let moved = &review.unreadable[0];
        assert_eq!(moved.reason, Some(Unreadable::MissingField("file".into())));
        assert_eq!(
            Quarantined {
                reason: None,
                ..moved.clone()
            },
            items[0]
        );
        assert_eq!(
            items[1].units,
            entry_units(items[1].moved_to.as_deref().unwrap(), "{not json")
        );
        assert_eq!((kilobytes(0), kilobytes(512), kilobytes(513)), (0, 1, 2));

        // Only keys of the 隔离区 are deleted.
        kv.set(&n.draft("kept"), "{}").unwrap();
        assert!(!remove_quarantined(&kv, &n, &n.draft("kept")).unwrap());
        assert!(kv.get(&n.draft("kept")).unwrap().is_some());
        assert!(remove_quarantined(&kv, &n, items[1].moved_to.as_deref().unwrap()).unwrap());
        let left: Vec<_> = list_quarantine(&kv, &n)
            .unwrap()
            .into_iter()
            .map(|i| i.kind)
            .collect();
        assert_eq!(left, [EntryKind::ReviewFile, EntryKind::Other]);
    }

    /// What a damaged entry's content still names, typed (the components word it).
    #[test]
    fn the_origin_of_a_damaged_entry() {
        let draft = |raw: &str| origin(EntryKind::Draft, raw);
        assert_eq!(
            draft(r#"{"entry_version":1,"name":" 初稿 ","report":7}"#),
            Some(Origin::Draft {
                name: "初稿".into(),
                agency: String::new(),
                year: None
            })
        );
        assert_eq!(
            draft(r#"{"schema_version":1,"meta":{"agency":"郑县民政局","year":2021},"table3":7}"#),
            Some(Origin::Draft {
                name: String::new(),
                agency: "郑县民政局".into(),
                year: Some(2021)
            })
        );
        assert_eq!(
            draft(r#"{"entry_version":1,"report":{"meta":{"agency":7}}}"#),
            None
        );
        assert_eq!(draft("{oops"), None);
        // Read leniently: a year of the wrong type is no year; a null report is none.
        assert_eq!(
            draft(r#"{"entry_version":1,"report":{"meta":{"agency":" 甲 ","year":"2021"}}}"#),
            Some(Origin::Draft {
                name: String::new(),
                agency: "甲".into(),
                year: None
            })
        );
        assert_eq!(
            draft(r#"{"report":null,"meta":{"agency":"乙","year":99999999999}}"#),
            Some(Origin::Draft {
                name: String::new(),
                agency: "乙".into(),
                year: None
            })
        );
        assert_eq!(draft(r#"{"name":7,"meta":[]}"#), None);
        assert_eq!(
            origin(EntryKind::ReviewFile, r#"{"file":" 坏.json "}"#),
            Some(Origin::File("坏.json".into()))
        );
        assert_eq!(origin(EntryKind::ReviewFile, r#"{"file":7}"#), None);
        assert_eq!(origin(EntryKind::Other, r#"{"file":"x"}"#), None);
    }

    /// A portal namespace nested in another ("a/quarantine", "a/review", "a/draft" in "a"):
    /// neither lists, reads nor deletes the other's entries.
    #[test]
    fn nested_namespaces_stay_apart() {
        let kv = MemoryKv::default();
        let a = Namespace::new("a");
        for nested in ["a/quarantine", "a/review", "a/draft"] {
            let n = Namespace::new(nested);
            kv.set(&n.draft("x"), "{}").unwrap();
            kv.set(&n.review("y"), "{}").unwrap();
            kv.set(&n.quarantine(&n.draft("z"), 5.0), "bad").unwrap();
        }
        assert!(list_quarantine(&kv, &a).unwrap().is_empty());
        for key in kv.keys().unwrap() {
            assert!(!remove_quarantined(&kv, &a, &key).unwrap(), "{key}");
            assert_eq!(a.draft_id(&key), None, "{key}");
            assert_eq!(a.review_id(&key), None, "{key}");
        }
        // The review list of "a" reads none of them (and moves none aside).
        let review = crate::storage::load_review(&kv, &a, 9.0).unwrap();
        assert!(review.files.is_empty() && review.unreadable.is_empty());
        assert_eq!(kv.keys().unwrap().len(), 9);
        // Each nested namespace still finds its own.
        let q = Namespace::new("a/quarantine");
        assert_eq!(list_quarantine(&kv, &q).unwrap().len(), 1);
    }

    #[test]
    fn another_namespace_and_an_unavailable_storage() {
        let kv = MemoryKv::default();
        let portal = Namespace::new("portal");
        kv.set(&ns().quarantine(&ns().draft("a"), 1.0), "x")
            .unwrap();
        assert!(list_quarantine(&kv, &portal).unwrap().is_empty());
        assert!(
            !remove_quarantined(&kv, &portal, &ns().quarantine(&ns().draft("a"), 1.0)).unwrap()
        );
        assert_eq!(list_quarantine(&kv, &ns()).unwrap().len(), 1);
        let broken = MemoryKv {
            disabled: true,
            ..MemoryKv::default()
        };
        assert!(matches!(
            list_quarantine(&broken, &ns()),
            Err(StorageError::Unavailable { .. })
        ));
    }
}
