//! The 汇总审查 list in `localStorage`: the files a supervising office collected for review, so
//! a reload or a closed tab does not cost it the list. The findings are not stored: they are
//! computed again from the reports on loading, so a newer version's checks apply.
//!
//! Stored form (`<prefix>/review`):
//! `{ "review_version": 1, "files": [{ "file", "imported", "report" } | { "file", "unread" }] }`,
//! each `report` in the JSON interchange format (migrated on reading like any report).

use report_domain::Report;
use serde_json::{json, Value};

use super::drafts::quarantine;
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::KvStore;

/// The stored form's version this code writes.
pub const REVIEW_VERSION: u64 = 1;

/// One file of the review as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewFile {
    /// The file name.
    pub file: String,
    /// The report read from it, and whether it came from a published copy (a page or a text);
    /// or why the file could not be read (Chinese).
    pub outcome: Result<(Report, bool), String>,
}

/// Writes the list (an empty list removes the key).
pub fn save_review<'a, K: KvStore>(
    kv: &K,
    ns: &Namespace,
    files: impl IntoIterator<Item = (&'a str, Result<(&'a Report, bool), &'a str>)>,
) -> Result<(), StorageError> {
    let files: Vec<Value> = files
        .into_iter()
        .map(|(file, outcome)| match outcome {
            Ok((report, imported)) => {
                json!({ "file": file, "imported": imported, "report": report.to_json() })
            }
            Err(reason) => json!({ "file": file, "unread": reason }),
        })
        .collect();
    if files.is_empty() {
        return kv.remove(&ns.review());
    }
    let text = json!({ "review_version": REVIEW_VERSION, "files": files }).to_string();
    kv.set(&ns.review(), &text)
}

/// What loading the list gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedReview {
    /// The files, in the order they were added.
    pub files: Vec<ReviewFile>,
    /// Set when the stored list, or a report in it, could not be read: the stored text was
    /// copied to quarantine first (never deleted), and what could be read is in `files`.
    pub problem: Option<StorageError>,
}

/// Reads the list. A list that cannot be read at all is moved to quarantine; a report in it
/// that cannot be read shows as a file that could not be read, after the stored text was
/// copied to quarantine.
pub fn load_review<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    now: f64,
) -> Result<LoadedReview, StorageError> {
    let key = ns.review();
    let Some(text) = kv.get(&key)? else {
        return Ok(LoadedReview::default());
    };
    let files = match decode(&text) {
        Ok(files) => files,
        Err(reason) => {
            let q = quarantine(kv, ns, &key, text, reason, now);
            return Ok(LoadedReview {
                files: Vec::new(),
                problem: Some(q.error()),
            });
        }
    };
    let broken = files
        .iter()
        .find_map(|d| match (&d.entry.outcome, d.was_report) {
            (Err(reason), true) => Some(reason.clone()),
            _ => None,
        });
    let problem = broken.map(|reason| {
        // A copy, not a move: the readable files stay listed under the key.
        let target = ns.quarantine(&key, now);
        StorageError::Corrupt {
            key: key.clone(),
            reason,
            moved_to: kv.set(&target, &text).ok().map(|()| target),
        }
    });
    Ok(LoadedReview {
        files: files.into_iter().map(|d| d.entry).collect(),
        problem,
    })
}

struct Decoded {
    entry: ReviewFile,
    /// Whether a report was stored for it (as opposed to a file that was never readable).
    was_report: bool,
}

fn decode(text: &str) -> Result<Vec<Decoded>, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "不是有效的 JSON（第 {} 行第 {} 列附近有误）",
            e.line(),
            e.column()
        )
    })?;
    match v.get("review_version").and_then(Value::as_u64) {
        Some(REVIEW_VERSION) => {}
        Some(n) => return Err(format!("由更新版本的本应用保存（列表格式第 {n} 版）")),
        None => return Err("缺少列表格式版本（review_version）".into()),
    }
    let files = v
        .get("files")
        .and_then(Value::as_array)
        .ok_or("缺少文件列表（files）")?;
    files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let file = f
                .get("file")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("第 {} 个文件缺少文件名", i + 1))?
                .to_string();
            let imported = f.get("imported").and_then(Value::as_bool).unwrap_or(false);
            let (outcome, was_report) = match (f.get("report"), f.get("unread")) {
                (Some(r), _) => (
                    Report::from_json(r)
                        .map(|r| (r, imported))
                        .map_err(|e| format!("保存的报告无法读取：{e}")),
                    true,
                ),
                (None, Some(reason)) => (Err(reason.as_str().unwrap_or("").to_string()), false),
                (None, None) => return Err(format!("第 {} 个文件“{file}”缺少内容", i + 1)),
            };
            Ok(Decoded {
                entry: ReviewFile { file, outcome },
                was_report,
            })
        })
        .collect()
}

/// The message for a failure to keep the list, in Chinese: unlike a draft, the list only
/// costs re-adding the files.
pub fn review_message(e: &StorageError) -> String {
    match e {
        StorageError::Unavailable { .. } => {
            "浏览器存储不可用：汇总审查的文件列表无法保存，刷新或关闭页面后需要重新添加文件。"
                .into()
        }
        StorageError::QuotaExceeded => {
            "浏览器存储空间已满：汇总审查的文件列表未能保存，刷新或关闭页面后需要重新添加文件。可移除不需要的文件或草稿后再试。"
                .into()
        }
        other => other.message(),
    }
}
