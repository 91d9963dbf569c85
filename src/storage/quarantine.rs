//! The 隔离区: stored entries that could not be read, moved aside under
//! `<ns>/quarantine/<original key>/<time>` (by [`quarantine`], for the drafts and the 汇总审查
//! list alike) and never deleted by the app itself. The user can see them at any time (not only
//! in the notice shown when they were moved), named by what their content still tells, download
//! each one's content as stored, and delete the ones not needed, which gives their storage back.

use serde_json::Value;

use super::drafts::display_name;
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::{entry_units, KvStore};

/// An unreadable entry, found while reading the drafts or the 汇总审查 list and moved aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// The key it was found under.
    pub key: String,
    /// What it was.
    pub kind: QuarantineKind,
    /// What its content still tells of it, when that much can be read ([`origin_name`]).
    pub name: Option<String>,
    /// Where it is now (`None`: moving failed, it is still under `key`).
    pub moved_to: Option<String>,
    /// Why it could not be read (Chinese).
    pub reason: String,
    /// Its content, exactly as stored (for the download).
    pub raw: String,
}

impl Quarantined {
    /// How the notices name it: 草稿“郑县商务局 2021年度”, or what it was.
    pub fn describe(&self) -> String {
        describe(self.kind, self.name.as_deref())
    }

    /// The same finding as a typed error.
    pub fn error(&self) -> StorageError {
        StorageError::Corrupt {
            what: self.describe(),
            reason: self.reason.clone(),
            moved_to: self.moved_to.clone(),
        }
    }
}

/// Moves the unreadable entry `raw` at `key` to `<ns>/quarantine/<key>/<time>`: written there
/// first, and removed from its key only once that write succeeded, so it is never lost.
pub(super) fn quarantine<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    key: &str,
    raw: String,
    reason: String,
    now: f64,
) -> Quarantined {
    let target = ns.quarantine(key, now);
    let moved_to = match kv.set(&target, &raw) {
        Ok(()) => kv.remove(key).ok().map(|()| target),
        Err(_) => None,
    };
    let kind = QuarantineKind::of(ns, key);
    Quarantined {
        key: key.to_string(),
        kind,
        name: origin_name(kind, &raw),
        moved_to,
        reason,
        raw,
    }
}

/// How an entry whose content is `raw` is named to the user ([`describe`] of its
/// [`origin_name`]).
pub(super) fn describe_raw(kind: QuarantineKind, raw: &str) -> String {
    describe(kind, origin_name(kind, raw).as_deref())
}

/// How an entry is named to the user: what it was, with its name when that can still be read
/// (草稿“郑县商务局 2021年度”), so that entries of one kind can be told apart.
fn describe(kind: QuarantineKind, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("{}“{name}”", kind.label()),
        None => kind.label().to_string(),
    }
}

/// What a quarantined entry was before it was moved aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuarantineKind {
    /// A draft.
    Draft,
    /// A file of the 汇总审查 list.
    ReviewFile,
    /// Any other entry of the namespace.
    Other,
}

/// Where the 隔离区 is and what can be done there, as the notices of a newly moved entry say.
pub const QUARANTINE_HINT: &str = "可随时在草稿列表底部的“隔离区”查看、下载或删除";

impl QuarantineKind {
    /// What a key of the namespace holds.
    pub(super) fn of(ns: &Namespace, key: &str) -> QuarantineKind {
        if ns.draft_id(key).is_some() {
            QuarantineKind::Draft
        } else if ns.review_id(key).is_some() {
            QuarantineKind::ReviewFile
        } else {
            QuarantineKind::Other
        }
    }

    /// The file name its content downloads as: "隔离区-草稿-1732770000000.txt", the time it
    /// was moved aside when it was.
    fn file_name(self, moved_at: Option<f64>) -> String {
        let kind = match self {
            QuarantineKind::Draft => "草稿",
            QuarantineKind::ReviewFile => "汇总审查",
            QuarantineKind::Other => "条目",
        };
        match moved_at {
            Some(t) => format!("隔离区-{kind}-{}.txt", t as u64),
            None => format!("隔离区-{kind}.txt"),
        }
    }

    /// How the 隔离区 names it.
    pub fn label(self) -> &'static str {
        match self {
            QuarantineKind::Draft => "草稿",
            QuarantineKind::ReviewFile => "汇总审查列表中的文件",
            QuarantineKind::Other => "其他条目",
        }
    }
}

/// A quarantined entry.
#[derive(Debug, Clone, PartialEq)]
pub struct QuarantineItem {
    /// The key it is kept under.
    pub key: String,
    /// What it was.
    pub kind: QuarantineKind,
    /// When it was moved aside (ms since the epoch), as its key says.
    pub moved_at: f64,
    /// The storage it takes (UTF-16 code units of key and value).
    pub units: usize,
    /// Its content as stored.
    pub raw: String,
    /// What its content still tells of it, when that much can be read ([`origin_name`]).
    pub name: Option<String>,
}

impl QuarantineItem {
    /// How the 隔离区 names it ([`describe`]).
    pub fn describe(&self) -> String {
        describe(self.kind, self.name.as_deref())
    }

    /// A file name for its downloaded content: "隔离区-草稿-1732770000000.txt".
    pub fn file_name(&self) -> String {
        self.kind.file_name(Some(self.moved_at))
    }
}

/// Every quarantined entry of the namespace, most recently moved first.
pub fn list_quarantine<K: KvStore>(
    kv: &K,
    ns: &Namespace,
) -> Result<Vec<QuarantineItem>, StorageError> {
    let mut out = Vec::new();
    for key in kv.keys()? {
        let Some((original, moved_at)) = ns.quarantined_from(&key) else {
            continue;
        };
        let Some(raw) = kv.get(&key)? else {
            continue;
        };
        let kind = QuarantineKind::of(ns, original);
        out.push(QuarantineItem {
            units: entry_units(&key, &raw),
            moved_at,
            name: origin_name(kind, &raw),
            kind,
            raw,
            key: key.clone(),
        });
    }
    out.sort_by(|a, b| {
        b.moved_at
            .total_cmp(&a.moved_at)
            .then_with(|| a.key.cmp(&b.key))
    });
    Ok(out)
}

/// What an unreadable entry's content still tells of where it came from, when it is JSON
/// (an entry whose report does not read, or of an unknown version): a draft's name as the draft
/// list shows it (its own name, else its agency and year), a review file's name. `None` when the
/// content is not JSON or names nothing.
fn origin_name(kind: QuarantineKind, raw: &str) -> Option<String> {
    let v: Value = serde_json::from_str(raw).ok()?;
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").trim().to_string();
    let name = match kind {
        QuarantineKind::ReviewFile => text(v.get("file")),
        QuarantineKind::Draft => {
            // A draft entry holds its report; the oldest drafts are the bare report.
            let report = v.get("report").unwrap_or(&v);
            let meta = report.get("meta");
            let agency = text(meta.and_then(|m| m.get("agency")));
            let year = meta
                .and_then(|m| m.get("year"))
                .and_then(Value::as_i64)
                .and_then(|y| i32::try_from(y).ok());
            let own = text(v.get("name"));
            if own.is_empty() && agency.is_empty() {
                return None;
            }
            display_name(&own, &agency, year)
        }
        QuarantineKind::Other => String::new(),
    };
    // A name as long as a paragraph (the content is what could not be read) is cut short.
    let short: String = name.chars().take(NAME_CHARS).collect();
    match (name.is_empty(), short.len() < name.len()) {
        (true, _) => None,
        (false, true) => Some(format!("{short}…")),
        (false, false) => Some(name),
    }
}

/// The most characters of a name read from an unreadable entry that its notices show.
const NAME_CHARS: usize = 40;

/// The file name an entry just moved aside downloads as, the same the 隔离区 gives it later.
pub fn download_name(ns: &Namespace, q: &Quarantined) -> String {
    let moved_at = q
        .moved_to
        .as_deref()
        .and_then(|k| ns.quarantined_from(k))
        .map(|(_, t)| t);
    q.kind.file_name(moved_at)
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

/// What the 隔离区 holds, in a few words: "2 条，约 13 KB".
pub fn quarantine_summary(items: &[QuarantineItem]) -> String {
    let units: usize = items.iter().map(|i| i.units).sum();
    format!("{} 条，约 {} KB", items.len(), kilobytes(units))
}

#[cfg(test)]
mod tests {
    use super::*;
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
                (QuarantineKind::ReviewFile, 2000.0),
                (QuarantineKind::Draft, 1000.0),
                (QuarantineKind::Other, 500.0),
            ]
        );
        assert_eq!(items[1].raw, "{not json");
        assert_eq!(items[1].file_name(), "隔离区-草稿-1000.txt");
        let moved = Quarantined {
            key: n.review("r1"),
            kind: QuarantineKind::ReviewFile,
            name: None,
            moved_to: Some(n.quarantine(&n.review("r1"), 2000.0)),
            reason: String::new(),
            raw: String::new(),
        };
        assert_eq!(download_name(&n, &moved), items[0].file_name());
        let kept = Quarantined {
            moved_to: None,
            ..moved
        };
        assert_eq!(download_name(&n, &kept), "隔离区-汇总审查.txt");
        assert_eq!(items[0].kind.label(), "汇总审查列表中的文件");
        assert_eq!(items[1].units, entry_units(&items[1].key, "{not json"));
        assert_eq!(quarantine_summary(&items[1..2]), "1 条，约 1 KB");
        assert_eq!((kilobytes(0), kilobytes(512), kilobytes(513)), (0, 1, 2));

        // Only keys of the 隔离区 are deleted.
        kv.set(&n.draft("kept"), "{}").unwrap();
        assert!(!remove_quarantined(&kv, &n, &n.draft("kept")).unwrap());
        assert!(kv.get(&n.draft("kept")).unwrap().is_some());
        assert!(remove_quarantined(&kv, &n, &items[1].key).unwrap());
        let left: Vec<_> = list_quarantine(&kv, &n)
            .unwrap()
            .into_iter()
            .map(|i| i.kind)
            .collect();
        assert_eq!(left, [QuarantineKind::ReviewFile, QuarantineKind::Other]);
    }

    /// Entries of one kind are told apart by what their content still names.
    #[test]
    fn names_what_the_content_still_tells() {
        let kv = MemoryKv::default();
        let n = ns();
        let put = |key: String, at: f64, raw: &str| kv.set(&n.quarantine(&key, at), raw).unwrap();
        // A draft whose report does not read: its own name, else its agency and year.
        put(
            n.draft("a"),
            1.0,
            r#"{"entry_version":1,"name":" 初稿 ","report":7}"#,
        );
        put(
            n.draft("b"),
            2.0,
            r#"{"entry_version":1,"report":{"format":"2021","meta":{"agency":"郑县商务局","year":2021},"table3":7}}"#,
        );
        // The oldest drafts are the bare report; a newer version's entry still names itself.
        put(
            n.draft("c"),
            3.0,
            r#"{"schema_version":1,"meta":{"agency":"郑县民政局"},"table3":7}"#,
        );
        put(
            n.review("d"),
            4.0,
            r#"{"review_version":1,"file":"坏.json","report":7}"#,
        );
        // Nothing to name: not JSON, no name, a name of blanks, another kind of entry.
        // A name as long as a paragraph is cut short.
        let long = format!(
            r#"{{"review_version":1,"file":"{}.json"}}"#,
            "长".repeat(50)
        );
        put(n.review("d2"), 9.0, &long);
        put(n.draft("e"), 5.0, r#"{"entry_version":1,"report":{oops"#);
        put(
            n.draft("f"),
            6.0,
            r#"{"entry_version":1,"report":{"meta":{"agency":""}}}"#,
        );
        put(n.review("g"), 7.0, r#"{"review_version":1,"file":"  "}"#);
        put(
            "disclosure-report/v1/last".into(),
            8.0,
            r#"{"file":"x.json"}"#,
        );
        let items = list_quarantine(&kv, &n).unwrap();
        let named: Vec<_> = items.iter().rev().map(QuarantineItem::describe).collect();
        // The notice of an entry just moved aside names it the same way.
        let raw = r#"{"entry_version":1,"id":"h","report":{"meta":{"agency":"郑县商务局","year":2021},"table3":7}}"#;
        kv.set(&n.draft("h"), raw).unwrap();
        let scan = DraftStore::new(&kv, n.clone(), "tab").scan(9.0).unwrap();
        let [moved] = scan.quarantined.as_slice() else {
            panic!("{:?}", scan.quarantined)
        };
        assert_eq!(moved.describe(), "草稿“郑县商务局 2021年度”");
        let m = moved.error().message();
        assert!(
            m.starts_with("草稿“郑县商务局 2021年度”无法读取（报告内容有误"),
            "{m}"
        );
        assert!(m.ends_with("已原样移至隔离区保存，未删除。"), "{m}");
        assert_eq!(
            named,
            [
                "草稿“初稿”",
                "草稿“郑县商务局 2021年度”",
                "草稿“郑县民政局”",
                "汇总审查列表中的文件“坏.json”",
                "草稿",
                "草稿",
                "汇总审查列表中的文件",
                "其他条目",
                &format!("汇总审查列表中的文件“{}…”", "长".repeat(40)),
            ]
        );
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
