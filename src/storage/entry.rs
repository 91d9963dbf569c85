//! The stored form of one draft: the report's JSON interchange object wrapped with what the
//! conflict protocol and the draft list need. Older stored forms are migrated on reading.
//!
//! Entry versions:
//! - 0: the bare report JSON (pre-release drafts). Read as an entry at revision 0.
//! - 1: `{ entry_version, id, name, revision, writer, saved_at, imported, report, previous }`.
//!
//! The report inside passes through `Report::from_json`, which migrates older report schemas.

use report_domain::Report;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The entry version this code writes.
pub const ENTRY_VERSION: u32 = 1;

/// One stored draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftEntry {
    /// The stored form's version ([`ENTRY_VERSION`]).
    pub entry_version: u32,
    /// The draft id (also the last part of its key).
    pub id: String,
    /// The name the user gave it ("" = named after its agency and year).
    #[serde(default)]
    pub name: String,
    /// Bumped by every save; a tab writes only over the revision it loaded.
    #[serde(default)]
    pub revision: u64,
    /// The tab that wrote it last.
    #[serde(default)]
    pub writer: String,
    /// When it was written (ms since the epoch).
    #[serde(default)]
    pub saved_at: f64,
    /// Whether the report was imported from a published copy.
    #[serde(default)]
    pub imported: bool,
    /// The report (JSON interchange format).
    pub report: Value,
    /// Last year's report, when the draft was started from it (for the cross-year rules).
    #[serde(default)]
    pub previous: Option<Value>,
}

/// A decoded entry with its report read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Decoded {
    pub entry: DraftEntry,
    pub report: Report,
}

fn is_bare_report(v: &Value) -> bool {
    v.get("entry_version").is_none()
        && (v.get("schema_version").is_some() || v.get("format").is_some())
}

/// Why a stored entry is not JSON, in Chinese, with where.
pub(super) fn json_error(e: &serde_json::Error) -> String {
    format!(
        "不是有效的 JSON（第 {} 行第 {} 列附近有误）",
        e.line(),
        e.column()
    )
}

/// Why a stored entry's fields do not make a draft entry, in Chinese (serde says it in English;
/// its wording is matched here, and `an_incomplete_entry_is_named_in_chinese` would see it
/// change).
fn entry_error(e: &serde_json::Error) -> String {
    let m = e.to_string();
    let what = if let Some(field) = m
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        format!("缺少字段“{field}”")
    } else if m.starts_with("invalid type") {
        "某个字段的类型不对".to_string()
    } else {
        "字段不符合草稿格式".to_string()
    };
    format!("草稿条目不完整：{what}")
}

/// Reads a stored entry (any entry version). The reason is Chinese.
pub(super) fn decode(id: &str, text: &str) -> Result<Decoded, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    let entry = if is_bare_report(&v) {
        DraftEntry {
            entry_version: 0,
            id: id.to_string(),
            name: String::new(),
            revision: 0,
            writer: String::new(),
            saved_at: 0.0,
            imported: v.get("origin").is_some_and(|o| !o.is_null()),
            report: v,
            previous: None,
        }
    } else {
        let version = v.get("entry_version").and_then(Value::as_u64);
        match version {
            Some(n) if n > u64::from(ENTRY_VERSION) => {
                return Err(format!("由更新版本的程序保存（草稿格式 {n}）"))
            }
            Some(_) => {}
            None => return Err("不是草稿条目".into()),
        }
        serde_json::from_value::<DraftEntry>(v).map_err(|e| entry_error(&e))?
    };
    let report = Report::from_json(&entry.report).map_err(|e| format!("报告内容有误：{e}"))?;
    Ok(Decoded {
        entry: DraftEntry {
            entry_version: ENTRY_VERSION,
            id: id.to_string(),
            ..entry
        },
        report,
    })
}

/// The entry as stored text.
pub(super) fn encode(entry: &DraftEntry) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_incomplete_entry_is_named_in_chinese() {
        let reason = |text: &str| decode("x", text).err().unwrap_or_default();
        assert_eq!(
            reason(r#"{"entry_version":1,"report":{}}"#),
            "草稿条目不完整：缺少字段“id”"
        );
        assert_eq!(
            reason(r#"{"entry_version":1,"id":7,"report":{}}"#),
            "草稿条目不完整：某个字段的类型不对"
        );
        assert!(reason(r#"{"entry_version":1,"id":"x","report":7}"#).starts_with("报告内容有误"));
    }
}
