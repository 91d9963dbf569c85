//! Native tests of the draft logic: listing, quarantine, conflicts, quota, migration.

use report_domain::{Cell, Report};
use serde_json::json;

use super::*;

/// A 2023 report of `agency` with `natural` new applications from natural persons.
pub(super) fn report(agency: &str, natural: i64) -> Report {
    let mut r = Report::for_year(2023);
    r.meta.agency = agency.into();
    r.set("table3.new.natural", Cell::Int(natural));
    r
}

fn store(kv: MemoryKv, writer: &str) -> DraftStore<MemoryKv> {
    DraftStore::new(kv, Namespace::default(), writer)
}

#[test]
fn namespace_keys() {
    let ns = Namespace::new("portal/x/");
    assert_eq!(ns.draft("a"), "portal/x/draft/a");
    assert_eq!(ns.draft_id("portal/x/draft/a"), Some("a"));
    assert_eq!(ns.draft_id("portal/x/draft/"), None);
    assert_eq!(ns.draft_id("other/draft/a"), None);
    assert_eq!(
        ns.quarantine("portal/x/draft/a", 12.0),
        "portal/x/quarantine/portal/x/draft/a/12"
    );
    assert_eq!(ns.draft_id(&ns.quarantine("portal/x/draft/a", 1.0)), None);
    assert_eq!(Namespace::new("").prefix(), DEFAULT_NAMESPACE);
}

#[test]
fn create_open_save_list() {
    let s = store(MemoryKv::default(), "tab1");
    let mut a = s
        .create("a", "", &report("甲局", 1), false, None, 10.0)
        .unwrap();
    let b = s
        .create("b", "乙稿", &report("乙局", 2), true, None, 20.0)
        .unwrap();
    assert_eq!((a.revision, b.revision), (1, 1));
    s.save(&mut a, &report("甲局", 5), 30.0).unwrap();
    assert_eq!(a.revision, 2);

    let scan = s.scan(40.0).unwrap();
    assert!(scan.quarantined.is_empty());
    let ids: Vec<&str> = scan.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "most recently saved first");
    assert_eq!(
        (scan.drafts[0].agency.as_str(), scan.drafts[0].year),
        ("甲局", Some(2023))
    );
    assert_eq!(scan.drafts[1].name, "乙稿");
    assert!(scan.drafts[1].imported);

    // Two drafts stay separate.
    let oa = s.open("a", 50.0).unwrap();
    let ob = s.open("b", 50.0).unwrap();
    assert_eq!(oa.report.get("table3.new.natural"), Some(&Cell::Int(5)));
    assert_eq!(ob.report.get("table3.new.natural"), Some(&Cell::Int(2)));
    assert_eq!(oa.session.revision, 2);
    assert_eq!(oa.saved_at, 30.0);
}

#[test]
fn a_second_tab_does_not_overwrite_newer_work() {
    let kv = MemoryKv::default();
    let t1 = store(kv, "tab1");
    t1.create("a", "", &report("甲局", 1), false, None, 1.0)
        .unwrap();
    let mut s1 = t1.open("a", 2.0).unwrap().session;
    let mut s2 = s1.clone(); // the second tab loaded the same revision
    t1.save(&mut s1, &report("甲局", 7), 3.0).unwrap();
    let err = t1.save(&mut s2, &report("甲局", 9), 4.0).unwrap_err();
    assert_eq!(
        err,
        StorageError::Conflict {
            theirs_revision: 2,
            mine_revision: 1,
            theirs_saved_at: 3.0
        }
    );
    // The newer edit is intact.
    assert_eq!(
        t1.open("a", 5.0).unwrap().report.get("table3.new.natural"),
        Some(&Cell::Int(7))
    );
    // "Keep mine as a copy": a new draft, theirs untouched.
    let copy = t1
        .create("a2", "副本", &report("甲局", 9), false, None, 6.0)
        .unwrap();
    assert_eq!(copy.revision, 1);
    assert_eq!(t1.scan(7.0).unwrap().drafts.len(), 2);
    // "Load theirs": the session takes their revision and may write again.
    let mut theirs = t1.open("a", 8.0).unwrap().session;
    assert!(t1.save(&mut theirs, &report("甲局", 8), 9.0).is_ok());
}

#[test]
fn rename_keeps_the_revision_and_survives_saves() {
    let s = store(MemoryKv::default(), "t");
    let mut a = s
        .create("a", "", &report("甲局", 1), false, None, 1.0)
        .unwrap();
    s.rename("a", "  我的草稿 ").unwrap();
    // Another tab's session on the same revision still saves, and keeps the new name.
    s.save(&mut a, &report("甲局", 2), 2.0).unwrap();
    assert_eq!(a.name, "我的草稿");
    assert_eq!(s.scan(3.0).unwrap().drafts[0].name, "我的草稿");
    s.delete("a").unwrap();
    assert!(s.scan(4.0).unwrap().drafts.is_empty());
    assert!(matches!(
        s.open("a", 5.0),
        Err(StorageError::Missing { .. })
    ));
}

#[test]
fn corrupt_entries_are_moved_aside_never_deleted() {
    let kv = MemoryKv::default();
    kv.map
        .borrow_mut()
        .insert(Namespace::default().draft("bad"), "{not json".into());
    kv.map.borrow_mut().insert(
        Namespace::default().draft("wrong"),
        json!({"entry_version": 1, "id": "wrong", "revision": 3, "report": {"schema_version": 1, "format": "1999"}}).to_string(),
    );
    let s = DraftStore::new(&kv, Namespace::default(), "t");
    s.create("ok", "", &report("甲局", 1), false, None, 1.0)
        .unwrap();
    let scan = s.scan(1234.0).unwrap();
    assert_eq!(scan.drafts.len(), 1);
    assert_eq!(scan.quarantined.len(), 2);
    let q = &scan.quarantined[0];
    assert_eq!(q.key, "disclosure-report/v1/draft/bad");
    assert_eq!(
        q.moved_to.as_deref(),
        Some("disclosure-report/v1/quarantine/disclosure-report/v1/draft/bad/1234")
    );
    assert!(matches!(q.reason, Some(Unreadable::NotJson { .. })));
    assert_eq!(q.moved_at, Some(1234.0));
    let kept: Vec<String> = list_quarantine(&kv, &Namespace::default())
        .unwrap()
        .into_iter()
        .map(|i| i.raw)
        .collect();
    assert_eq!(kept.len(), 2);
    assert!(kept.iter().any(|raw| raw == "{not json"), "{kept:?}");
    // A second listing finds nothing new.
    assert!(s.scan(2000.0).unwrap().quarantined.is_empty());
}

#[test]
fn a_corrupt_entry_that_cannot_be_moved_stays_in_place() {
    let kv = MemoryKv {
        quota: Some(60),
        ..MemoryKv::default()
    };
    let key = Namespace::default().draft("bad");
    kv.map.borrow_mut().insert(key.clone(), "garbage".into());
    let s = store(kv, "t");
    let scan = s.scan(1.0).unwrap();
    assert_eq!(scan.quarantined[0].moved_to, None);
    assert_eq!(
        s.kv().map.borrow().get(&key).map(String::as_str),
        Some("garbage")
    );
    assert!(
        matches!(scan.quarantined[0].error(), StorageError::Corrupt(q) if q.moved_to.is_none())
    );
}

#[test]
fn a_full_quota_is_a_typed_error_and_changes_nothing() {
    let kv = MemoryKv::default();
    let s = store(kv, "t");
    let mut a = s
        .create("a", "", &report("甲局", 1), false, None, 1.0)
        .unwrap();
    let before = s.kv().map.borrow().clone();
    let s = DraftStore::new(
        MemoryKv {
            map: before.clone().into(),
            quota: Some(100),
            disabled: false,
        },
        Namespace::default(),
        "t",
    );
    let err = s.save(&mut a, &report("甲局", 2), 2.0).unwrap_err();
    assert_eq!(err, StorageError::QuotaExceeded);
    assert_eq!(a.revision, 1, "a failed write does not advance the session");
    assert_eq!(*s.kv().map.borrow(), before);
}

#[test]
fn disabled_storage_is_unavailable() {
    let s = store(
        MemoryKv {
            disabled: true,
            ..MemoryKv::default()
        },
        "t",
    );
    let err = s.scan(1.0).unwrap_err();
    assert!(matches!(err, StorageError::Unavailable { .. }));
}

#[test]
fn older_drafts_are_migrated() {
    // A pre-release draft: the bare report JSON of schema 0 (no schema_version, no kind).
    let mut v = report("甲局", 4).to_json();
    let o = v.as_object_mut().unwrap();
    o.remove("schema_version");
    o.get_mut("meta")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("kind");
    let kv = MemoryKv::default();
    kv.map
        .borrow_mut()
        .insert(Namespace::default().draft("old"), v.to_string());
    let s = store(kv, "t");
    let scan = s.scan(1.0).unwrap();
    assert!(scan.quarantined.is_empty());
    assert_eq!(scan.drafts[0].agency, "甲局");
    let mut opened = s.open("old", 2.0).unwrap();
    assert_eq!(opened.session.revision, 0);
    assert_eq!(opened.report.get("table3.new.natural"), Some(&Cell::Int(4)));
    // The first save rewrites it in the current entry format.
    s.save(&mut opened.session, &opened.report, 3.0).unwrap();
    let text = s
        .get_raw(&Namespace::default().draft("old"))
        .unwrap()
        .unwrap();
    let stored: DraftEntry = serde_json::from_str(&text).unwrap();
    assert_eq!((stored.entry_version, stored.revision), (ENTRY_VERSION, 1));
    assert_eq!(
        stored.report["schema_version"],
        json!(report_domain::model::SCHEMA_VERSION)
    );
}

#[test]
fn entries_from_a_newer_version_are_kept_aside() {
    let kv = MemoryKv::default();
    kv.map.borrow_mut().insert(
        Namespace::default().draft("new"),
        json!({"entry_version": 99, "id": "new", "report": {}}).to_string(),
    );
    let scan = store(kv, "t").scan(1.0).unwrap();
    assert_eq!(scan.quarantined[0].reason, Some(Unreadable::Newer(99)));
}

/// A save over the entry this tab read or wrote last does not decode it again (the session
/// keeps its text); any other text at the key is read and checked as before: another tab's
/// save is a conflict, another tab's rename is kept, a damaged entry is moved aside.
#[test]
fn a_save_reads_only_what_this_tab_did_not_write() {
    let kv = MemoryKv::default();
    let t1 = DraftStore::new(&kv, Namespace::default(), "tab1");
    let t2 = DraftStore::new(&kv, Namespace::default(), "tab2");
    let key = Namespace::default().draft("a");
    let stored = || kv.map.borrow().get(&key).cloned().unwrap_or_default();
    let mut a = t1
        .create("a", "", &report("甲局", 1), false, None, 1.0)
        .unwrap();
    assert_eq!(
        a.written.as_ref().map(|w| &*w.text),
        Some(stored().as_str())
    );
    t1.save(&mut a, &report("甲局", 2), 2.0).unwrap();
    assert_eq!(
        a.written.as_ref().map(|w| &*w.text),
        Some(stored().as_str())
    );
    let opened = t1.open("a", 3.0).unwrap().session;
    assert_eq!(opened.written, a.written);

    // What the session remembers is not read again: even a text that would not read is
    // written over when it is exactly what the session holds.
    let mut own = a.clone();
    kv.map.borrow_mut().insert(key.clone(), "{not json".into());
    own.written = Some(Written {
        text: "{not json".into(),
        name: "旧名".into(),
    });
    t1.save(&mut own, &report("甲局", 3), 4.0).unwrap();
    assert_eq!((own.revision, own.name.as_str()), (a.revision + 1, "旧名"));
    assert!(list_quarantine(&kv, &Namespace::default())
        .unwrap()
        .is_empty());
    let mut a = own;

    // Another tab renames: the text differs, is read, and the name is kept.
    t2.rename("a", "乙改名").unwrap();
    t1.save(&mut a, &report("甲局", 4), 5.0).unwrap();
    assert_eq!(a.name, "乙改名");

    // Another tab saves: a conflict, as before.
    let mut b = t2.open("a", 6.0).unwrap().session;
    t2.save(&mut b, &report("甲局", 5), 7.0).unwrap();
    assert!(matches!(
        t1.save(&mut a, &report("甲局", 6), 8.0),
        Err(StorageError::Conflict { theirs_revision, .. }) if theirs_revision == b.revision
    ));

    // A damaged entry at the key: moved aside, then written over.
    kv.map.borrow_mut().insert(key.clone(), "{damaged".into());
    t2.save(&mut b, &report("甲局", 7), 9.0).unwrap();
    let kept = list_quarantine(&kv, &Namespace::default()).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].raw, "{damaged");
    assert_eq!(
        t1.open("a", 10.0).unwrap().report.get("table3.new.natural"),
        Some(&Cell::Int(7))
    );
}
