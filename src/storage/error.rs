//! Why a draft could not be read or written: a typed error, never a panic (the page must keep
//! the report in memory whatever the storage does). The components say it in words.

use std::fmt;

use super::quarantine::Quarantined;

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
    /// A stored entry could not be read; it was moved aside or, when even that failed, left
    /// where it was (`moved_to` is `None`). Never deleted.
    Corrupt(Box<Quarantined>),
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

/// For logs and developers; the user reads the components' wording.
impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable { detail } => write!(f, "storage unavailable: {detail}"),
            StorageError::QuotaExceeded => f.write_str("storage quota exceeded"),
            StorageError::Corrupt(q) => write!(f, "unreadable entry {}: {:?}", q.key, q.reason),
            StorageError::Conflict {
                theirs_revision,
                mine_revision,
                ..
            } => write!(
                f,
                "another tab saved revision {theirs_revision} over {mine_revision}"
            ),
            StorageError::Missing { id } => write!(f, "draft {id} is not stored"),
        }
    }
}

impl std::error::Error for StorageError {}
