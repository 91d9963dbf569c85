//! Drafts and the 汇总审查 list in `localStorage`: the key namespace, the stored entries (one
//! reader and writer for all of them, `entry`), the draft operations with their conflict
//! protocol, the review list, the crash marker, and the 隔离区 of entries that could not be
//! read. Plain Rust over a [`KvStore`], so the logic is unit-tested natively; the browser glue
//! is in [`web`]. Failures are typed ([`StorageError`], [`Unreadable`]): the components word
//! them (`components::drafts::words`).

pub mod crash;
mod drafts;
mod entry;
mod error;
mod fields;
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

pub use drafts::{DraftStore, DraftSummary, Opened, Scan, Session, Written};
pub use entry::{
    draft_revision, DraftEntry, EntryKind, Origin, Unreadable, ENTRY_VERSION, REVIEW_VERSION,
};
pub use error::StorageError;
pub use keys::{Namespace, DEFAULT_NAMESPACE};
pub use kv::{KvStore, MemoryKv};
pub use quarantine::{kilobytes, list_quarantine, remove_quarantined, Quarantined};
pub use review::{
    load_review, remove_review_file, save_review_file, LoadedReview, ReviewFile, REVIEW_BUDGET,
};
