//! What is stored on disk does not change: entries exactly as the app wrote them before the
//! storage code was unified (drafts of entry versions 0 and 1, 汇总审查 files with a report and
//! with the reason they could not be read, the crash marker, a quarantined entry) still load,
//! and what is written now is byte for byte what was written then.

use report_domain::{Cell, Report};

use super::crash::{read_crash, record_crash, CrashMarker, Feature};
use super::*;

/// The report the stored entries below hold.
const REPORT: &str = r#"{"schema_version":2,"format":"2021","meta":{"agency":"郑县商务局","year":2021},"table3":{"new":{"natural":3}}}"#;

fn kv_with(entries: &[(&str, String)]) -> MemoryKv {
    let kv = MemoryKv::default();
    for (k, v) in entries {
        kv.set(k, v).unwrap();
    }
    kv
}

#[test]
fn drafts_written_before_still_load() {
    let ns = Namespace::default();
    let v1 = format!(
        r#"{{"entry_version":1,"id":"d1","name":"初稿","revision":4,"writer":"tab-x","saved_at":1700000000000.0,"imported":true,"report":{REPORT},"previous":{REPORT}}}"#
    );
    let kv = kv_with(&[
        ("disclosure-report/v1/draft/d1", v1),
        ("disclosure-report/v1/draft/d0", REPORT.to_string()),
        ("disclosure-report/v1/last", "d1".to_string()),
    ]);
    let s = DraftStore::new(&kv, ns.clone(), "tab");
    let scan = s.scan(5.0).unwrap();
    assert!(scan.quarantined.is_empty(), "{:?}", scan.quarantined);
    let ids: Vec<_> = scan.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["d1", "d0"]);
    let d1 = s.open("d1", 5.0).unwrap();
    assert_eq!(
        (
            d1.session.revision,
            d1.session.name.as_str(),
            d1.session.imported
        ),
        (4, "初稿", true)
    );
    assert_eq!(d1.saved_at, 1_700_000_000_000.0);
    assert_eq!(d1.report.meta.agency, "郑县商务局");
    assert_eq!(d1.report.get("table3.new.natural"), Some(&Cell::Int(3)));
    assert!(d1.previous.is_some());
    let d0 = s.open("d0", 5.0).unwrap();
    assert_eq!((d0.session.revision, d0.session.name.as_str()), (0, ""));
    assert_eq!(d0.report, d1.report);
    // A bare report is written over as an entry of version 1.
    let mut session = d0.session;
    s.save(&mut session, &d0.report, 6.0).unwrap();
    assert!(kv
        .get("disclosure-report/v1/draft/d0")
        .unwrap()
        .unwrap()
        .starts_with(r#"{"entry_version":1,"id":"d0","#));
}

#[test]
fn a_draft_is_written_as_before() {
    let kv = MemoryKv::default();
    let s = DraftStore::new(&kv, Namespace::new("portal"), "tab-1");
    let report = Report::from_json_str(REPORT).unwrap();
    s.create("d9", "稿", &report, false, None, 1234.5).unwrap();
    let expected = format!(
        r#"{{"entry_version":1,"id":"d9","name":"稿","revision":1,"writer":"tab-1","saved_at":1234.5,"imported":false,"report":{},"previous":null}}"#,
        report.to_json()
    );
    assert_eq!(
        kv.get("portal/draft/d9").unwrap().as_deref(),
        Some(expected.as_str())
    );
}

#[test]
fn review_files_written_before_still_load_and_are_written_as_before() {
    let ns = Namespace::default();
    let read = format!(
        r#"{{"file":"郑县.json","imported":true,"order":17.5,"report":{REPORT},"review_version":1}}"#
    );
    let unread = r#"{"file":"坏.pdf","order":18,"review_version":1,"unread":"不是年度报告文件"}"#;
    let kv = kv_with(&[
        ("disclosure-report/v1/review/r1", read.clone()),
        ("disclosure-report/v1/review/r2", unread.to_string()),
    ]);
    let loaded = load_review(&kv, &ns, 5.0).unwrap();
    assert!(loaded.unreadable.is_empty() && loaded.newer == 0);
    let [a, b] = loaded.files.as_slice() else {
        panic!("{:?}", loaded.files)
    };
    assert_eq!(
        (a.id.as_str(), a.order, a.file.as_str()),
        ("r1", 17.5, "郑县.json")
    );
    let (report, imported) = a.outcome.as_ref().unwrap();
    assert!(*imported);
    assert_eq!(report.meta.agency, "郑县商务局");
    assert_eq!(b.outcome, Err("不是年度报告文件".to_string()));
    assert_eq!(
        a.size,
        "disclosure-report/v1/review/r1".len() + read.encode_utf16().count()
    );

    // Written again, each is the same text.
    let out = MemoryKv::default();
    let report = report.clone();
    save_review_file(&out, &ns, "r1", 17.5, "郑县.json", Ok((&report, true)), 0).unwrap();
    save_review_file(&out, &ns, "r2", 18.0, "坏.pdf", Err("不是年度报告文件"), 0).unwrap();
    let expected_read = format!(
        r#"{{"file":"郑县.json","imported":true,"order":17.5,"report":{},"review_version":1}}"#,
        report.to_json()
    );
    assert_eq!(
        out.get("disclosure-report/v1/review/r1")
            .unwrap()
            .as_deref(),
        Some(expected_read.as_str())
    );
    assert_eq!(
        out.get("disclosure-report/v1/review/r2")
            .unwrap()
            .as_deref(),
        Some(r#"{"file":"坏.pdf","order":18.0,"review_version":1,"unread":"不是年度报告文件"}"#)
    );
}

#[test]
fn the_crash_marker_and_the_quarantine_read_as_before() {
    let ns = Namespace::default();
    let kv = kv_with(&[
        (
            "disclosure-report/v1/crash",
            r#"{"at":99.0,"crash_version":1,"draft":"d1","feature":"draft"}"#.to_string(),
        ),
        (
            "disclosure-report/v1/quarantine/disclosure-report/v1/draft/d7/1700000000000",
            r#"{"entry_version":1,"name":"旧稿","report":7}"#.to_string(),
        ),
    ]);
    assert_eq!(
        read_crash(&kv, &ns).unwrap(),
        Some(CrashMarker {
            feature: Feature::Draft,
            draft: Some("d1".into()),
            at: 99.0
        })
    );
    let out = MemoryKv::default();
    record_crash(
        &out,
        &ns,
        &CrashMarker {
            feature: Feature::Review,
            draft: None,
            at: 5.0,
        },
    )
    .unwrap();
    assert_eq!(
        out.get("disclosure-report/v1/crash").unwrap().as_deref(),
        Some(r#"{"at":5.0,"crash_version":1,"draft":null,"feature":"review"}"#)
    );
    let items = list_quarantine(&kv, &ns).unwrap();
    let [item] = items.as_slice() else {
        panic!("{items:?}")
    };
    assert_eq!(item.moved_at, Some(1_700_000_000_000.0));
    assert_eq!(item.raw, r#"{"entry_version":1,"name":"旧稿","report":7}"#);
}
