//! 汇总审查: a supervising office's review of many reports at once. Each file is read and
//! checked and flagged (listed by result as chosen), set against the roster of units expected to
//! submit; the reports of one year are summed, and any of them (or the sum) opens as a draft.

mod analysis;
mod crash_notice;
mod dialog;
mod entry_row;
mod filter_bar;
mod flag_badges;
mod roster;
mod roster_store;
mod standing;
mod state;
mod sum_table;
mod sum_view;
mod unreadable;

pub use crash_notice::ReviewCrashNotice;
pub use dialog::BatchReview;
pub use state::{batch_state, BatchState, Checked, Entry};
pub use sum_view::BatchSum;
