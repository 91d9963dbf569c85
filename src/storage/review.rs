//! The 汇总审查 list in `localStorage`: the files a supervising office collected for review, so
//! a reload or a closed tab does not cost it the list. Each file is an entry of its own
//! (`<prefix>/review/<id>`): adding a file writes only that file, a tab never writes over what
//! another tab added, and an entry that cannot be read is moved aside alone. The findings are
//! not stored: they are computed again on loading, so a newer version's checks apply.
//!
//! Entry (`review_version` 1): `{ "review_version", "order", "file", "imported", "report" }`, or
//! `{ "review_version", "order", "file", "unread" }` for a file that could not be read; `report`
//! is the JSON interchange format (migrated on reading like any report), `order` the position in
//! the list (the time it was added).

use report_domain::Report;
use serde_json::{json, Value};

use super::entry::json_error;
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::{entry_units, KvStore};
use super::quarantine::{quarantine, Quarantined};

/// The entry version this code writes.
pub const REVIEW_VERSION: u64 = 1;

/// Most of the storage the list may take, in UTF-16 code units as browsers count them (about a
/// third of the usual quota; some 100 reports): the rest stays for the drafts, which, unlike the
/// files of the list, cannot be added again from disk.
pub const REVIEW_BUDGET: usize = 1_800_000;

/// One file of the review as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewFile {
    /// The entry's id (the last part of its key).
    pub id: String,
    /// Its place in the list: files are listed by it.
    pub order: f64,
    /// The file name.
    pub file: String,
    /// The report read from it, and whether it came from a published copy (a page or a text);
    /// or why the file could not be read (Chinese).
    pub outcome: Result<(Report, bool), String>,
    /// The storage it takes (UTF-16 code units of key and value).
    pub size: usize,
}

/// What loading the list gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedReview {
    /// The files, in list order.
    pub files: Vec<ReviewFile>,
    /// The entries that could not be read, each moved aside (a failed move leaves it under its
    /// key, which nothing writes again).
    pub unreadable: Vec<Quarantined>,
    /// How many entries a newer version of the app wrote: left as they are, not listed.
    pub newer: usize,
}

/// Writes one file of the list under its id, unless the list would then take more than
/// [`REVIEW_BUDGET`] with the `used` units it takes already (that is refused as a full
/// storage). Returns the units the entry takes.
pub fn save_review_file<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    id: &str,
    order: f64,
    file: &str,
    outcome: Result<(&Report, bool), &str>,
    used: usize,
) -> Result<usize, StorageError> {
    let value = match outcome {
        Ok((report, imported)) => json!({
            "review_version": REVIEW_VERSION, "order": order, "file": file,
            "imported": imported, "report": report.to_json(),
        }),
        Err(reason) => json!({
            "review_version": REVIEW_VERSION, "order": order, "file": file, "unread": reason,
        }),
    }
    .to_string();
    let key = ns.review(id);
    let size = entry_units(&key, &value);
    if used.saturating_add(size) > REVIEW_BUDGET {
        return Err(StorageError::QuotaExceeded);
    }
    kv.set(&key, &value)?;
    Ok(size)
}

/// Removes one file of the list.
pub fn remove_review_file<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    id: &str,
) -> Result<(), StorageError> {
    kv.remove(&ns.review(id))
}

/// Reads the list. An entry that cannot be read is moved to quarantine and reported; one that
/// a newer version of the app wrote is left for it and counted; the others are listed.
pub fn load_review<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    now: f64,
) -> Result<LoadedReview, StorageError> {
    let mut out = LoadedReview::default();
    let mut keys = kv.keys()?;
    keys.sort();
    for key in keys {
        let Some(id) = ns.review_id(&key) else {
            continue;
        };
        let Some(text) = kv.get(&key)? else {
            continue;
        };
        match decode(&text) {
            Ok((order, file, outcome)) => out.files.push(ReviewFile {
                id: id.to_string(),
                order,
                file,
                outcome,
                size: entry_units(&key, &text),
            }),
            Err(Unread::Newer) => out.newer += 1,
            Err(Unread::Damaged(reason)) => {
                out.unreadable
                    .push(quarantine(kv, ns, &key, text, reason, now));
            }
        }
    }
    out.files.sort_by(|a, b| a.order.total_cmp(&b.order));
    Ok(out)
}

type Decoded = (f64, String, Result<(Report, bool), String>);

/// Why an entry was not read.
enum Unread {
    /// Written by a newer version of the app: left as it is for that version.
    Newer,
    /// Damaged, for the reason given (Chinese).
    Damaged(String),
}

/// Reads an entry.
fn decode(text: &str) -> Result<Decoded, Unread> {
    let fail = Unread::Damaged;
    let v: Value = serde_json::from_str(text).map_err(|e| fail(json_error(&e)))?;
    match v.get("review_version").and_then(Value::as_u64) {
        Some(REVIEW_VERSION) => {}
        Some(n) if n > REVIEW_VERSION => return Err(Unread::Newer),
        Some(n) => return Err(fail(format!("未知的版本（第 {n} 版）"))),
        None => return Err(fail("缺少版本（review_version）".into())),
    }
    let name = v
        .get("file")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| fail("缺少文件名".into()))?;
    let order = v.get("order").and_then(Value::as_f64).unwrap_or(0.0);
    let outcome = match (v.get("report"), v.get("unread").and_then(Value::as_str)) {
        (Some(r), _) => {
            let imported = v.get("imported").and_then(Value::as_bool).unwrap_or(false);
            Ok((
                Report::from_json(r).map_err(|e| fail(e.to_string()))?,
                imported,
            ))
        }
        (None, Some(reason)) => Err(reason.to_string()),
        (None, None) => return Err(fail("缺少报告内容".into())),
    };
    Ok((order, name, outcome))
}

/// The message for a failure to keep the list, in Chinese: unlike a draft, the list only
/// costs adding the files again.
pub fn review_message(e: &StorageError) -> String {
    match e {
        StorageError::Unavailable { .. } => "浏览器存储不可用（可能已禁用网站数据或处于受限模式）：汇总审查的文件列表无法保存，刷新或关闭页面后需要重新添加文件。".into(),
        StorageError::QuotaExceeded => "浏览器存储空间不足，或汇总审查列表已达其存储上限（为草稿留出空间）：标为“未保存在浏览器中”的文件在刷新或关闭页面后需要重新添加。移除不需要的文件后再打开汇总审查，会再次尝试保存。".into(),
        other => other.message(),
    }
}

/// The message when the storage refused to remove `files` from the list, in Chinese: they stay
/// listed, since they would come back on the next reading.
pub fn removal_refused_message(files: &[String]) -> String {
    format!(
        "浏览器存储拒绝了移除操作：“{}”仍保存在浏览器中，刷新页面后会再次出现，因此仍留在列表中。",
        files.join("”“")
    )
}

/// The message when `n` stored entries were written by a newer version of the app, in Chinese.
pub fn newer_entries_message(n: usize) -> String {
    format!("浏览器中另有 {n} 份文件由更新版本的本应用加入汇总审查，此页面无法读取，未列出（已原样保留）。请使用最新版本的页面查看。")
}
