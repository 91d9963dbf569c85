//! Drafts and the 汇总审查 list in `localStorage`: the key namespace, the stored entry format,
//! the draft operations with their conflict protocol and quarantine of unreadable entries, the
//! review list, and the 隔离区 of entries that could not
//! be read. Plain Rust over a [`KvStore`], so the logic is unit-tested natively;
//! the browser glue is in [`web`].

pub mod crash;
mod drafts;
mod entry;
mod error;
mod keys;
mod kv;
mod quarantine;
mod review;
pub mod web;

#[cfg(test)]
mod crash_tests;
#[cfg(test)]
mod format_tests;
#[cfg(test)]
mod review_tests;
#[cfg(test)]
mod tests;

pub use drafts::{display_name, DraftStore, DraftSummary, Opened, Scan, Session};
pub use entry::{DraftEntry, ENTRY_VERSION};
pub use error::StorageError;
pub use keys::{Namespace, DEFAULT_NAMESPACE};
pub use kv::{KvStore, MemoryKv};
pub use quarantine::{
    download_name, kilobytes, list_quarantine, quarantine_summary, remove_quarantined,
    QuarantineItem, QuarantineKind, Quarantined, QUARANTINE_HINT,
};
pub use review::{
    load_review, newer_entries_message, removal_refused_message, remove_review_file,
    review_message, save_review_file, LoadedReview, ReviewFile, REVIEW_BUDGET, REVIEW_VERSION,
};
