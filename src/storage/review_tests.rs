//! Native tests of the stored 汇总审查 list: one entry per file, in list order; removal; the
//! portal's namespace; the storage budget and a full storage; unreadable entries moved aside
//! alone.

use report_domain::Report;

use super::tests::report;
use super::*;

/// A file the tests store: (id, order, file, outcome).
type Stored = (
    &'static str,
    f64,
    &'static str,
    Result<(Report, bool), String>,
);

/// The files the tests store.
fn files() -> Vec<Stored> {
    vec![
        ("b", 1.0, "甲局.json", Ok((report("甲局", 3), false))),
        ("a", 2.0, "乙局.html", Ok((report("乙局", 4), true))),
        ("c", 3.0, "照片.png", Err("无法识别的文件类型".into())),
    ]
}

/// Stores `files()` in `kv`, returning the units they take.
fn store_all(kv: &MemoryKv, ns: &Namespace) -> usize {
    let mut used = 0;
    for (id, order, file, outcome) in files() {
        let outcome = outcome
            .as_ref()
            .map(|(r, i)| (r, *i))
            .map_err(String::as_str);
        used += save_review_file(kv, ns, id, order, file, outcome, used).expect("saved");
    }
    used
}

#[test]
fn files_round_trip_in_list_order_whatever_their_ids() {
    let kv = MemoryKv::default();
    let used = store_all(&kv, &Namespace::default());
    let loaded = load_review(&kv, &Namespace::default(), 1.0).unwrap();
    assert!(loaded.unreadable.is_empty());
    let got: Vec<_> = loaded
        .files
        .iter()
        .map(|f| (f.id.as_str(), f.order, f.file.as_str(), f.outcome.clone()))
        .collect();
    assert_eq!(got, files());
    assert_eq!(loaded.files.iter().map(|f| f.size).sum::<usize>(), used);
    assert!(kv
        .map
        .borrow()
        .contains_key("disclosure-report/v1/review/b"));
}

#[test]
fn removing_a_file_removes_its_entry_only() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    store_all(&kv, &ns);
    remove_review_file(&kv, &ns, "a").unwrap();
    let loaded = load_review(&kv, &ns, 1.0).unwrap();
    let names: Vec<_> = loaded.files.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(names, ["甲局.json", "照片.png"]);
    assert_eq!(
        load_review(&MemoryKv::default(), &ns, 1.0).unwrap(),
        LoadedReview::default()
    );
}

#[test]
fn the_list_lives_in_the_portals_namespace() {
    let kv = MemoryKv::default();
    let portal = Namespace::new("portal/x");
    store_all(&kv, &portal);
    assert!(kv.map.borrow().contains_key("portal/x/review/a"));
    assert!(load_review(&kv, &Namespace::default(), 1.0)
        .unwrap()
        .files
        .is_empty());
    assert_eq!(load_review(&kv, &portal, 1.0).unwrap().files.len(), 3);
    assert_eq!(portal.review_id("portal/x/review/a"), Some("a"));
    assert_eq!(portal.review_id("portal/x/review/"), None);
    assert_eq!(portal.review_id("portal/xy/review/a"), None);
    assert_eq!(
        portal.review_id(&portal.quarantine("portal/x/review/a", 1.0)),
        None
    );
}

#[test]
fn the_budget_and_a_full_storage_refuse_the_file_and_keep_the_others() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    let r = report("甲局", 1);
    // Over the list's budget: refused like a full storage, nothing written.
    let e = save_review_file(
        &kv,
        &ns,
        "x",
        1.0,
        "a.json",
        Ok((&r, false)),
        REVIEW_BUDGET - 10,
    )
    .unwrap_err();
    assert_eq!(e, StorageError::QuotaExceeded);
    assert!(kv.map.borrow().is_empty());
    // A storage that is full itself.
    let used = store_all(&kv, &ns);
    let kv = MemoryKv {
        quota: Some(used + 10),
        ..kv
    };
    let e = save_review_file(&kv, &ns, "y", 4.0, "b.json", Ok((&r, false)), used).unwrap_err();
    assert_eq!(e, StorageError::QuotaExceeded);
    assert_eq!(load_review(&kv, &ns, 1.0).unwrap().files.len(), 3);
    let off = MemoryKv {
        disabled: true,
        ..MemoryKv::default()
    };
    let e = save_review_file(&off, &ns, "x", 1.0, "a.json", Ok((&r, false)), 0).unwrap_err();
    assert!(matches!(e, StorageError::Unavailable { .. }));
}

#[test]
fn an_unreadable_entry_is_moved_aside_alone_and_named() {
    let file = |f: &str| Some(Origin::File(f.into()));
    let cases = [
        (
            "{not json",
            None,
            Unreadable::NotJson { line: 1, column: 2 },
        ),
        (
            r#"{"review_version":0,"file":"零.json"}"#,
            file("零.json"),
            Unreadable::UnknownVersion(0),
        ),
        (
            r#"{"file":"无版本.json"}"#,
            file("无版本.json"),
            Unreadable::NotAnEntry,
        ),
        (
            r#"{"review_version":1,"imported":true}"#,
            None,
            Unreadable::MissingField("file".into()),
        ),
        (
            r#"{"review_version":1,"file":"空.json"}"#,
            file("空.json"),
            Unreadable::MissingField("report".into()),
        ),
    ];
    for (text, origin, why) in cases {
        let kv = MemoryKv::default();
        let ns = Namespace::default();
        store_all(&kv, &ns);
        kv.set("disclosure-report/v1/review/zz", text).unwrap();
        let loaded = load_review(&kv, &ns, 7.0).unwrap();
        assert_eq!(loaded.files.len(), 3, "the other files stay listed");
        let [u] = loaded.unreadable.as_slice() else {
            panic!("{:?}", loaded.unreadable)
        };
        let q = "disclosure-report/v1/quarantine/disclosure-report/v1/review/zz/7";
        assert_eq!(u.origin, origin);
        assert_eq!(u.reason.as_ref(), Some(&why), "{text}");
        assert_eq!(u.kind, EntryKind::ReviewFile);
        assert_eq!(u.moved_to.as_deref(), Some(q));
        assert_eq!(u.raw, text);
        let map = kv.map.borrow();
        assert_eq!(map.get(q).map(String::as_str), Some(text));
        assert!(!map.contains_key("disclosure-report/v1/review/zz"));
    }
    // A report that does not read: the domain's reason, with its place.
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    kv.set(
        "disclosure-report/v1/review/zz",
        r#"{"review_version":1,"file":"坏.json","report":{"format":"2021","table3":"坏"}}"#,
    )
    .unwrap();
    let loaded = load_review(&kv, &ns, 7.0).unwrap();
    assert!(
        matches!(&loaded.unreadable[0].reason, Some(Unreadable::Report(e)) if e.to_string().contains("table3")),
        "{:?}",
        loaded.unreadable
    );
}

#[test]
fn an_unreadable_entry_that_cannot_be_moved_stays_where_it_is() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    kv.set("disclosure-report/v1/review/zz", "{not json")
        .unwrap();
    // Room for nothing more: the quarantine copy cannot be written.
    let kv = MemoryKv {
        quota: Some(0),
        ..kv
    };
    let loaded = load_review(&kv, &ns, 7.0).unwrap();
    assert_eq!(loaded.unreadable[0].moved_to, None);
    assert_eq!(
        kv.map
            .borrow()
            .get("disclosure-report/v1/review/zz")
            .map(String::as_str),
        Some("{not json")
    );
}

#[test]
fn an_entry_of_a_newer_version_is_left_for_it() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    store_all(&kv, &ns);
    let newer = r#"{"review_version":2,"order":9,"file":"新.json","report":{}}"#;
    kv.set("disclosure-report/v1/review/n", newer).unwrap();
    let loaded = load_review(&kv, &ns, 7.0).unwrap();
    assert_eq!(loaded.files.len(), 3);
    assert_eq!(loaded.newer, 1);
    assert!(loaded.unreadable.is_empty());
    assert_eq!(
        kv.map
            .borrow()
            .get("disclosure-report/v1/review/n")
            .map(String::as_str),
        Some(newer)
    );
}

#[test]
fn the_roster_is_kept_beside_the_list_and_is_no_file_of_it() {
    let kv = MemoryKv::default();
    let portal = Namespace::new("portal/x");
    store_all(&kv, &portal);
    kv.set(&portal.roster(), "郑县商务局\n平潭综合实验区")
        .unwrap();
    assert_eq!(portal.roster(), "portal/x/review-roster");
    assert_eq!(portal.review_id(&portal.roster()), None);
    // Reading the list neither lists nor moves the roster aside.
    let loaded = load_review(&kv, &portal, 1.0).unwrap();
    assert_eq!(loaded.files.len(), 3);
    assert!(loaded.unreadable.is_empty());
    assert_eq!(
        kv.get(&portal.roster()).unwrap().as_deref(),
        Some("郑县商务局\n平潭综合实验区")
    );
}
