//! Native tests of the stored 汇总审查 list: round trip, removal when empty, quota, and
//! unreadable content kept in quarantine.

use report_domain::{Cell, Report};

use super::*;

fn report(agency: &str, natural: i64) -> Report {
    let mut r = Report::for_year(2023);
    r.meta.agency = agency.into();
    r.set("table3.new.natural", Cell::Int(natural));
    r
}

fn save(kv: &MemoryKv, files: &[ReviewFile]) -> Result<(), StorageError> {
    save_review(
        kv,
        &Namespace::default(),
        files.iter().map(|f| {
            (
                f.file.as_str(),
                f.outcome
                    .as_ref()
                    .map(|(r, imported)| (r, *imported))
                    .map_err(String::as_str),
            )
        }),
    )
}

fn list() -> Vec<ReviewFile> {
    vec![
        ReviewFile {
            file: "甲局.json".into(),
            outcome: Ok((report("甲局", 3), false)),
        },
        ReviewFile {
            file: "乙局.html".into(),
            outcome: Ok((report("乙局", 4), true)),
        },
        ReviewFile {
            file: "照片.png".into(),
            outcome: Err("无法识别的文件类型".into()),
        },
    ]
}

#[test]
fn list_round_trips_in_order() {
    let kv = MemoryKv::default();
    save(&kv, &list()).unwrap();
    let loaded = load_review(&kv, &Namespace::default(), 1.0).unwrap();
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.files, list());
    assert!(kv.map.borrow().contains_key("disclosure-report/v1/review"));
}

#[test]
fn nothing_stored_is_an_empty_list_and_an_empty_list_removes_the_key() {
    let kv = MemoryKv::default();
    assert_eq!(
        load_review(&kv, &Namespace::default(), 1.0).unwrap(),
        LoadedReview::default()
    );
    save(&kv, &list()).unwrap();
    save(&kv, &[]).unwrap();
    assert!(kv.map.borrow().is_empty());
}

#[test]
fn the_list_lives_in_the_portals_namespace() {
    let kv = MemoryKv::default();
    let ns = Namespace::new("portal/x");
    save_review(&kv, &ns, [("a.json", Ok((&report("甲局", 1), false)))]).unwrap();
    assert!(kv.map.borrow().contains_key("portal/x/review"));
    assert!(load_review(&kv, &Namespace::default(), 1.0)
        .unwrap()
        .files
        .is_empty());
    assert_eq!(load_review(&kv, &ns, 1.0).unwrap().files.len(), 1);
}

#[test]
fn a_full_storage_is_reported_in_chinese_and_keeps_the_old_list() {
    let kv = MemoryKv::default();
    save(&kv, &list()[..1]).unwrap();
    let used = kv
        .map
        .borrow()
        .iter()
        .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
        .sum::<usize>();
    let kv = MemoryKv {
        quota: Some(used + 10),
        ..kv
    };
    let e = save(&kv, &list()).unwrap_err();
    assert_eq!(e, StorageError::QuotaExceeded);
    assert!(review_message(&e).contains("汇总审查的文件列表未能保存"));
    assert_eq!(
        load_review(&kv, &Namespace::default(), 1.0).unwrap().files,
        list()[..1]
    );
    let off = MemoryKv {
        disabled: true,
        ..MemoryKv::default()
    };
    let e = save(&off, &list()).unwrap_err();
    assert!(review_message(&e).contains("浏览器存储不可用"));
}

#[test]
fn an_unreadable_list_is_moved_to_quarantine_not_deleted() {
    for (text, why) in [
        ("{not json", "不是有效的 JSON"),
        (r#"{"review_version":9,"files":[]}"#, "更新版本"),
        (r#"{"files":[]}"#, "review_version"),
        (
            r#"{"review_version":1,"files":[{"imported":true}]}"#,
            "文件名",
        ),
    ] {
        let kv = MemoryKv::default();
        kv.set("disclosure-report/v1/review", text).unwrap();
        let loaded = load_review(&kv, &Namespace::default(), 7.0).unwrap();
        assert!(loaded.files.is_empty());
        let q = "disclosure-report/v1/quarantine/disclosure-report/v1/review/7";
        match loaded.problem {
            Some(StorageError::Corrupt {
                reason, moved_to, ..
            }) => {
                assert!(reason.contains(why), "{reason}");
                assert_eq!(moved_to.as_deref(), Some(q));
            }
            other => panic!("{other:?}"),
        }
        let map = kv.map.borrow();
        assert_eq!(map.get(q).map(String::as_str), Some(text));
        assert!(!map.contains_key("disclosure-report/v1/review"));
    }
}

#[test]
fn an_unreadable_report_shows_as_unread_and_the_stored_text_is_copied_aside() {
    let kv = MemoryKv::default();
    save(&kv, &list()).unwrap();
    let key = "disclosure-report/v1/review";
    let text = kv.get(key).unwrap().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["files"][1]["report"]["table3"] = serde_json::json!("坏");
    let broken = v.to_string();
    kv.set(key, &broken).unwrap();
    let loaded = load_review(&kv, &Namespace::default(), 5.0).unwrap();
    assert_eq!(loaded.files[0], list()[0]);
    assert_eq!(loaded.files[2], list()[2]);
    let reason = loaded.files[1].outcome.as_ref().unwrap_err();
    assert!(reason.starts_with("保存的报告无法读取："), "{reason}");
    let q = "disclosure-report/v1/quarantine/disclosure-report/v1/review/5";
    assert!(matches!(
        &loaded.problem,
        Some(StorageError::Corrupt { moved_to: Some(m), .. }) if m == q
    ));
    let map = kv.map.borrow();
    assert_eq!(map.get(q), Some(&broken));
    assert_eq!(map.get(key), Some(&broken), "a copy: the list stays");
}
