//! The roster (应报送单位名单) in `localStorage`, beside the files of the list: the text as the
//! user typed or pasted it, under its own key (`Namespace::roster`), so a reload keeps it and
//! the list's files never take it for one of theirs. Any text is a roster, so a stored one is
//! always readable.

use report_domain::batch::roster_too_long;

use disclosure_report::components::drafts::words::storage_message;
use disclosure_report::storage::web::{Area, WebKv};
use disclosure_report::storage::{KvStore, Namespace, StorageError};

/// The stored roster ("" when none), or why it could not be read (Chinese).
pub fn load_roster(ns: &Namespace) -> Result<String, String> {
    WebKv(Area::Local)
        .get(&ns.roster())
        .map(Option::unwrap_or_default)
        .map_err(|e| roster_message(&e))
}

/// Keeps `text` as the roster (an empty one is removed). A text too long is refused with its
/// reason, as is a storage that will not take it (Chinese).
pub fn save_roster(ns: &Namespace, text: &str) -> Result<(), String> {
    if let Some(m) = roster_too_long(text) {
        return Err(m);
    }
    let kv = WebKv(Area::Local);
    let key = ns.roster();
    let done = if text.trim().is_empty() {
        kv.remove(&key)
    } else {
        kv.set(&key, text)
    };
    done.map_err(|e| roster_message(&e))
}

/// A storage failure, worded for the roster.
fn roster_message(e: &StorageError) -> String {
    match e {
        StorageError::Unavailable { .. } => {
            "浏览器存储不可用：应报送单位名单无法保存，刷新或关闭页面后需要重新粘贴。".into()
        }
        StorageError::QuotaExceeded => {
            "浏览器存储空间不足：应报送单位名单未能保存，刷新或关闭页面后需要重新粘贴。".into()
        }
        other => storage_message(other),
    }
}
