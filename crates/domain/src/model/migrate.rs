//! Schema migrations: every stored or exported report passes through here before it is read,
//! so a draft written by an older version of the app is upgraded, never rejected or lost.
//!
//! Version history:
//! - 0: pre-release drafts (no `schema_version` field, `meta.kind` absent, narrative of section
//!   一 in one field `overview`). Migrated by adding the version and the default kind.
//! - 1: tables, narrative, meta, acknowledgements, origin.
//! - 2: adds the optional `unread` object (text typed into a cell that could not be read). A
//!   version 1 file has none, so it reads unchanged.
//! - 3: the current format (docs/json-format.md): adds the narrative part `intro` (the 引言).
//!   An older file has none, so it reads unchanged.

use serde_json::Value;

use super::json::{JsonError, SCHEMA_VERSION};

/// Upgrades a JSON report of any known schema version to the current one.
pub fn migrate(v: &Value) -> Result<Value, JsonError> {
    let obj = v.as_object().ok_or_else(|| JsonError {
        path: String::new(),
        message: "不是年度报告文件：内容应为一个 JSON 对象".into(),
    })?;
    let version = match obj.get("schema_version") {
        None if obj.contains_key("format") && obj.contains_key("table3") => 0,
        None => {
            return Err(JsonError {
                path: String::new(),
                message: "不是年度报告文件：缺少 schema_version 和表格数据".into(),
            })
        }
        Some(v) => v.as_u64().ok_or_else(|| JsonError {
            path: "schema_version".into(),
            message: "应为正整数".into(),
        })?,
    };
    if version > SCHEMA_VERSION {
        return Err(JsonError {
            path: "schema_version".into(),
            message: format!("此文件由更新版本的程序生成（版本 {version}），请使用最新版本打开"),
        });
    }
    let mut out = v.clone();
    if let Some(o) = out.as_object_mut() {
        if version == 0 {
            if let Some(Value::Object(meta)) = o.get_mut("meta") {
                meta.entry("kind").or_insert_with(|| "department".into());
            }
        }
        // 1 → 2 adds an optional key only: a version 1 file (which cannot hold `unread`) is read
        // as it is. A version 1 file that does hold it is refused as it always was.
        if version == 1 && o.contains_key("unread") {
            return Err(JsonError {
                path: "unread".into(),
                message: "未知的字段".into(),
            });
        }
        // 2 → 3 adds an optional narrative part (`intro`): an older file is read as it is. One
        // that holds the key anyway (written by hand, or from a current report with its version
        // lowered) is read with it: refusing it would lose the text for nothing.
        o.insert("schema_version".into(), SCHEMA_VERSION.into());
    }
    Ok(out)
}
