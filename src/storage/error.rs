//! Why a draft could not be read or written: a typed error with a Chinese message, never a
//! panic (the page must keep the report in memory whatever the storage does).

use std::fmt;

/// A storage failure.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// No `localStorage` (disabled site data, some private modes, a sandboxed frame) or the
    /// browser refused the access.
    Unavailable {
        /// What the browser said, for the technically minded.
        detail: String,
    },
    /// The storage quota is used up: the draft was not written.
    QuotaExceeded,
    /// A stored entry could not be read; it was moved aside (`moved_to`) or, when even that
    /// failed, left where it was. Never deleted.
    Corrupt {
        /// How the entry is named to the user: what it was, with its name when its content
        /// still tells it (草稿“郑县商务局 2021年度”, 汇总审查列表中的文件“坏.json”).
        what: String,
        /// Why it could not be read (Chinese).
        reason: String,
        /// The quarantine key it now lives under, if moving it succeeded.
        moved_to: Option<String>,
    },
    /// Another tab saved newer work to this draft since this tab loaded it.
    Conflict {
        /// The revision now stored.
        theirs_revision: u64,
        /// The revision this tab loaded.
        mine_revision: u64,
        /// When the other tab saved it (ms since the epoch).
        theirs_saved_at: f64,
    },
    /// The draft is not (or no longer) in storage.
    Missing {
        /// The draft id.
        id: String,
    },
}

/// What became of an entry that could not be read: moved to the 隔离区, or (when even that
/// failed) left where it was.
fn kept_words(moved: bool) -> &'static str {
    if moved {
        "已原样移至隔离区保存"
    } else {
        "已原样保留"
    }
}

impl StorageError {
    /// The message for the user, in Chinese.
    pub fn message(&self) -> String {
        match self {
            StorageError::Unavailable { .. } => "浏览器存储不可用（可能已禁用网站数据或处于受限模式）：草稿无法自动保存。请下载 JSON 备份，以免数据丢失。".into(),
            StorageError::QuotaExceeded => "浏览器存储空间已满：草稿无法自动保存。请下载 JSON 备份，或删除不需要的草稿后再试。".into(),
            StorageError::Corrupt {
                what,
                reason,
                moved_to,
            } => {
                let kept = kept_words(moved_to.is_some());
                format!("{what}无法读取（{reason}），{kept}，未删除。")
            }
            StorageError::Conflict { .. } => "此草稿已在另一个标签页中修改，为免覆盖较新的内容，本标签页已暂停自动保存。请选择：载入另一个标签页的版本，或将本页的内容另存为副本。".into(),
            StorageError::Missing { .. } => "草稿已不在浏览器存储中（可能已在另一个标签页中删除）。".into(),
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for StorageError {}
