//! What the importer says about JSON that is not a report we can read: a Chinese message and
//! the path of the offending value. And an old (schema version 0) draft is migrated, not lost.

use report_domain::{Cell, JsonError, Report, ReportKind};
use serde_json::json;

fn error(v: serde_json::Value) -> JsonError {
    Report::from_json(&v).expect_err("should be rejected")
}

/// A minimal valid report to break one key at a time.
fn base() -> serde_json::Value {
    json!({
        "schema_version": 1,
        "format": "2021",
        "meta": { "agency": "某县商务局", "year": 2021, "kind": "department", "published": "" },
        "table3": { "new": { "natural": 1, "total": 1 } }
    })
}

#[test]
fn the_base_reads() {
    let r = Report::from_json(&base()).unwrap();
    assert_eq!(r.get("table3.new.natural"), Some(&Cell::Int(1)));
    assert_eq!(r.get("table3.new.business"), Some(&Cell::Blank));
}

#[test]
fn not_json() {
    let e = Report::from_json_str("{ \"format\": ").unwrap_err();
    assert_eq!(e.path, "");
    assert!(
        e.message.starts_with("不是有效的 JSON 文件（第 1 行"),
        "{e}"
    );
}

#[test]
fn not_a_report() {
    assert_eq!(
        error(json!([1, 2])).message,
        "不是年度报告文件：内容应为一个 JSON 对象"
    );
    assert_eq!(
        error(json!({ "name": "x" })).message,
        "不是年度报告文件：缺少 schema_version 和表格数据"
    );
    let mut v = base();
    v["format"] = json!("2018");
    let e = error(v);
    assert_eq!(e.path, "format");
    assert_eq!(e.message, "未知的表格格式“2018”，应为 \"2021\" 或 \"2019\"");
}

#[test]
fn unknown_keys_are_refused_with_their_path() {
    let mut v = base();
    v["tabel3"] = json!({});
    let e = error(v);
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("tabel3", "未知的字段")
    );
    let mut v = base();
    v["table3"]["neww"] = json!({});
    assert_eq!(error(v).message, "未知的行");
    let mut v = base();
    v["table3"]["new"]["persons"] = json!(1);
    let e = error(v);
    assert_eq!(e.path, "table3.new.persons");
    assert_eq!(e.to_string(), "table3.new.persons：未知的列");
    let mut v = base();
    v["meta"]["author"] = json!("x");
    assert_eq!(error(v).path, "meta.author");
    let mut v = base();
    v["narrative"] = json!({ "summary": "x" });
    assert_eq!(error(v).message, "未知的正文部分");
    // Keys of the other format are unknown too: 2019's 本年增/减 is not a 2021 column.
    let mut v = base();
    v["table2"] = json!({ "licensing": { "change": -1 } });
    assert_eq!(error(v).path, "table2.licensing.change");
}

#[test]
fn a_negative_count_is_refused() {
    let mut v = base();
    v["table3"]["new"]["natural"] = json!(-1);
    let e = error(v);
    assert_eq!(e.path, "table3.new.natural");
    assert_eq!(e.message, "不能为负数");
    let mut v = base();
    v["format"] = json!("2019");
    v["table2"] = json!({ "licensing": { "change": -1 } });
    let r = Report::from_json(&v).unwrap();
    assert_eq!(r.get("table2.licensing.change"), Some(&Cell::Int(-1)));
}

#[test]
fn wrong_types_are_refused() {
    let mut v = base();
    v["table3"]["new"]["natural"] = json!("5");
    assert_eq!(error(v).message, "应为整数或 null");
    let mut v = base();
    v["table3"]["new"]["natural"] = json!(1.5);
    assert_eq!(error(v).message, "应为整数或 null");
    let mut v = base();
    v["meta"]["year"] = json!("2021");
    let e = error(v);
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("meta.year", "应为四位数年份或 null")
    );
    let mut v = base();
    v["meta"]["kind"] = json!("county");
    assert_eq!(error(v).message, "应为 \"department\" 或 \"government\"");
    let mut v = base();
    v["table2"] = json!({ "fees": { "amount": true } });
    assert_eq!(error(v).message, "应为金额文字（如 \"0.35\"）或 null");
    let mut v = base();
    v["table2"] = json!({ "fees": { "amount": "1e5" } });
    assert_eq!(error(v).message, "金额格式不正确");
    let mut v = base();
    v["table3"]["new"]["natural"] = json!(1_000_000_000);
    assert!(error(v).message.starts_with("数值过大"));
    let mut v = base();
    v["origin"] = json!({ "source": "text", "headngs": [] });
    let e = error(v);
    assert_eq!(e.path, "origin");
    assert!(e.message.starts_with("导入记录格式不正确"), "{e}");
}

#[test]
fn a_newer_schema_is_refused() {
    let mut v = base();
    v["schema_version"] = json!(4);
    let e = error(v);
    assert_eq!(e.path, "schema_version");
    assert!(e.message.contains("更新版本"), "{e}");
}

#[test]
fn a_version_0_draft_is_migrated() {
    // Pre-release drafts had no schema_version and no meta.kind.
    let draft = json!({
        "format": "2021",
        "meta": { "agency": "某县商务局", "year": 2021, "published": "" },
        "narrative": { "overview": "2021年，我局……" },
        "table3": { "new": { "natural": 2, "total": 2 } }
    });
    let r = Report::from_json(&draft).unwrap();
    assert_eq!(r.meta.kind, ReportKind::Department);
    assert_eq!(r.meta.agency, "某县商务局");
    assert_eq!(r.text("overview"), "2021年，我局……");
    assert_eq!(r.get("table3.new.total"), Some(&Cell::Int(2)));
    assert!(r.to_json_string().contains("\"schema_version\": 3"));
}

/// Schema 2 keeps what was typed into a cell and could not be read (`unread`); a version 1
/// file reads unchanged, and the reader stays strict about the new key.
#[test]
fn unread_text_reads_back_and_is_checked() {
    let mut v = base();
    v["schema_version"] = json!(2);
    v["table3"] = json!({ "new": { "natural": null } });
    v["unread"] = json!({ "table3.new.natural": "1O" });
    let r = Report::from_json(&v).unwrap();
    assert_eq!(r.unread("table3.new.natural"), Some("1O"));
    assert_eq!(r.get("table3.new.natural"), Some(&Cell::Blank));
    assert_eq!(Report::from_json_str(&r.to_json_string()).unwrap(), r);

    let refused = |unread: serde_json::Value, version: u64| {
        let mut v = base();
        v["schema_version"] = json!(version);
        v["table3"] = json!({});
        v["unread"] = unread;
        error(v)
    };
    let e = refused(json!({ "table3.new.natural": "1O" }), 1);
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("unread", "未知的字段")
    );
    let e = refused(json!({ "table3.new.nature": "1O" }), 2);
    assert_eq!(e.path, "unread.table3.new.nature");
    let e = refused(json!({ "table3.new.total": "1O" }), 2);
    assert!(e.message.contains("合计"), "{e}");
    let e = refused(json!({ "table3.new.natural": "" }), 2);
    assert!(e.message.contains("1 至 200"), "{e}");
    let e = refused(json!({ "table3.new.natural": 7 }), 2);
    assert_eq!(e.path, "unread.table3.new.natural");
    let mut v = base();
    v["schema_version"] = json!(2);
    v["table3"] = json!({ "new": { "natural": 3 } });
    v["unread"] = json!({ "table3.new.natural": "1O" });
    assert!(error(v).message.contains("已有数值"));
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", base());
    assert!(Report::from_json_str(&text).is_ok());
}

#[test]
fn the_most_negative_number_is_too_large_not_a_panic() {
    let mut v = base();
    v["format"] = json!("2019");
    v["table2"] = json!({ "licensing": { "change": i64::MIN } });
    let e = error(v);
    assert_eq!(e.path, "table2.licensing.change");
    assert!(e.message.starts_with("数值过大"), "{e}");
}
