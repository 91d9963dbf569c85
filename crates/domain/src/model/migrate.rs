//! Schema migrations: every stored or exported report passes through here before it is read,
//! so a draft written by an older version of the app is upgraded, never rejected or lost.
//!
//! Version history:
//! - 0: pre-release drafts (no `schema_version` field, `meta.kind` absent, narrative of section
//!   一 in one field `overview`). Migrated by adding the version and the default kind.
//! - 1: the current format (docs/json-format.md).

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
    if version == 0 {
        if let Some(o) = out.as_object_mut() {
            o.insert("schema_version".into(), SCHEMA_VERSION.into());
            if let Some(Value::Object(meta)) = o.get_mut("meta") {
                meta.entry("kind").or_insert_with(|| "department".into());
            }
        }
    }
    Ok(out)
}
