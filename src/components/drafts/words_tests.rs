//! The wording of the storage's typed results, on entries read through the real storage code
//! (a [`MemoryKv`]): the messages the banners, the 隔离区 and the 汇总审查 show.

use report_domain::{Cell, Report};

use super::*;
use crate::storage::{load_review, DraftStore, KvStore, MemoryKv, Namespace};

fn report(agency: &str) -> Report {
    let mut r = Report::for_year(2023);
    r.meta.agency = agency.into();
    r.set("table3.new.natural", Cell::Int(1));
    r
}

/// The notice of the one draft entry `raw` found unreadable by a scan.
fn draft_notice(raw: &str) -> String {
    let kv = MemoryKv::default();
    let n = Namespace::default();
    kv.set(&n.draft("x"), raw).unwrap();
    let scan = DraftStore::new(&kv, n, "tab").scan(9.0).unwrap();
    let [q] = scan.quarantined.as_slice() else {
        panic!("{:?}", scan.quarantined)
    };
    unreadable_message(q)
}

#[test]
fn draft_names_and_titles() {
    assert_eq!(display_name(" 初稿 ", "甲局", Some(2023)), "初稿");
    assert_eq!(display_name("", "甲局", Some(2023)), "甲局 2023年度");
    assert_eq!(display_name("", " ", None), "未命名草稿");
    let kv = MemoryKv::default();
    let s = DraftStore::new(&kv, Namespace::default(), "tab");
    s.create("a", "", &report("甲局"), false, None, 1.0)
        .unwrap();
    s.create("b", "乙稿", &report("乙局"), false, None, 2.0)
        .unwrap();
    let titles: Vec<_> = s
        .scan(3.0)
        .unwrap()
        .drafts
        .iter()
        .map(draft_title)
        .collect();
    assert_eq!(titles, ["乙稿", "甲局 2023年度"]);
}

#[test]
fn why_a_draft_could_not_be_read() {
    let n = draft_notice("{not json");
    assert_eq!(
        n,
        "草稿无法读取（不是有效的 JSON（第 1 行第 2 列附近有误）），已原样移至隔离区保存，未删除。"
    );
    assert!(draft_notice(r#"{"entry_version":1,"report":{}}"#)
        .contains("（草稿条目不完整：缺少字段“id”）"));
    assert!(draft_notice(r#"{"entry_version":1,"id":7,"report":{}}"#)
        .contains("（草稿条目不完整：某个字段的类型不对）"));
    assert!(draft_notice(r#"{"entry_version":99,"id":"x","report":{}}"#)
        .contains("（由更新版本的程序保存（草稿格式 99））"));
    assert!(draft_notice(r#"{"a":1}"#).contains("（不是草稿条目）"));
    let m = draft_notice(
        r#"{"entry_version":1,"id":"h","report":{"meta":{"agency":"郑县商务局","year":2021},"table3":7}}"#,
    );
    assert!(
        m.starts_with("草稿“郑县商务局 2021年度”无法读取（报告内容有误"),
        "{m}"
    );
}

#[test]
fn an_entry_left_in_place_says_so() {
    let kv = MemoryKv {
        quota: Some(60),
        ..MemoryKv::default()
    };
    let n = Namespace::default();
    kv.map.borrow_mut().insert(n.draft("bad"), "garbage".into());
    let scan = DraftStore::new(&kv, n, "t").scan(1.0).unwrap();
    let q = &scan.quarantined[0];
    assert!(unreadable_message(q).ends_with("，已原样保留，未删除。"));
    assert_eq!(file_name(q), "隔离区-草稿.txt");
    // The same entry as the typed error the banners show.
    assert_eq!(storage_message(&q.error()), unreadable_message(q));
}

#[test]
fn why_a_review_file_could_not_be_read() {
    let cases = [
        ("{not json", "汇总审查列表中的文件无法读取（不是有效的 JSON"),
        (
            r#"{"review_version":0,"file":"零.json"}"#,
            "汇总审查列表中的文件“零.json”无法读取（未知的版本（第 0 版））",
        ),
        (
            r#"{"file":"无版本.json"}"#,
            "汇总审查列表中的文件“无版本.json”无法读取（缺少版本（review_version））",
        ),
        (
            r#"{"review_version":1,"imported":true}"#,
            "汇总审查列表中的文件无法读取（缺少文件名）",
        ),
        (
            r#"{"review_version":1,"file":"空.json"}"#,
            "汇总审查列表中的文件“空.json”无法读取（缺少报告内容）",
        ),
        (
            r#"{"review_version":1,"file":"坏.json","report":{"format":"2021","table3":"坏"}}"#,
            "汇总审查列表中的文件“坏.json”无法读取（table3",
        ),
    ];
    for (text, start) in cases {
        let kv = MemoryKv::default();
        let ns = Namespace::default();
        kv.set(&ns.review("zz"), text).unwrap();
        let loaded = load_review(&kv, &ns, 7.0).unwrap();
        let [u] = loaded.unreadable.as_slice() else {
            panic!("{:?}", loaded.unreadable)
        };
        let m = unreadable_message(u);
        assert!(m.starts_with(start), "{m}");
        assert!(m.ends_with("已原样移至隔离区保存，未删除。"), "{m}");
        assert_eq!(file_name(u), "隔离区-汇总审查-7.txt");
    }
}

#[test]
fn a_crashed_draft_is_named_with_its_reason() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    let s = DraftStore::new(&kv, ns.clone(), "t");
    s.create("d", "", &report("甲局"), false, None, 1.0)
        .unwrap();
    let q = crate::storage::crash::quarantine_crashed_draft(&kv, &ns, "d", 5.0)
        .unwrap()
        .unwrap();
    assert_eq!(
        unreadable_message(&q),
        "草稿“甲局 2023年度”无法读取（上次打开时页面出错），已原样移至隔离区保存，未删除。"
    );
}

/// Entries of one kind are told apart by what their content still names.
#[test]
fn the_quarantine_names_what_the_content_still_tells() {
    let kv = MemoryKv::default();
    let n = Namespace::default();
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
    // The oldest drafts are the bare report.
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
    let items = crate::storage::list_quarantine(&kv, &n).unwrap();
    let named: Vec<_> = items.iter().rev().map(describe).collect();
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
    assert_eq!(file_name(&items[0]), "隔离区-汇总审查-9.txt");
    assert_eq!(file_name(&items[1]), "隔离区-条目-8.txt");
    assert_eq!(kind_label(items[0].kind), "汇总审查列表中的文件");
    // Listed from the 隔离区, an entry carries no reason: the notice says only what it was.
    assert_eq!(
        unreadable_message(&items[2]),
        "汇总审查列表中的文件无法读取，已原样移至隔离区保存，未删除。"
    );
    assert_eq!(quarantine_summary(&items[..1]), "1 条，约 1 KB");
}

#[test]
fn storage_failures_in_words() {
    let quota = StorageError::QuotaExceeded;
    let off = StorageError::Unavailable { detail: "x".into() };
    assert!(storage_message(&quota).contains("存储空间已满"));
    assert!(storage_message(&off).contains("浏览器存储不可用"));
    assert!(storage_message(&StorageError::Conflict {
        theirs_revision: 2,
        mine_revision: 1,
        theirs_saved_at: 0.0
    })
    .contains("此草稿已在另一个标签页中修改"));
    assert!(review_message(&quota)
        .contains("标为“未保存在浏览器中”的文件在刷新或关闭页面后需要重新添加"));
    assert!(review_message(&off).contains("汇总审查的文件列表无法保存"));
    assert_eq!(
        removal_refused_message(&["甲.json".into(), "乙.html".into()]),
        "浏览器存储拒绝了移除操作：“甲.json”“乙.html”仍保存在浏览器中，刷新页面后会再次出现，因此仍留在列表中。"
    );
    assert!(newer_entries_message(2).starts_with("浏览器中另有 2 份文件由更新版本"));
    assert!(crash_notice(Feature::Review).starts_with("上次打开“汇总审查”时页面出错"));
    assert!(crash_notice(Feature::Draft).starts_with("上次打开草稿时页面出错"));
}
