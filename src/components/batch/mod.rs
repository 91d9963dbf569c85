//! 汇总审查: a supervising office's review of many reports at once. Each file is read and
//! checked; the reports of one year are summed, and any of them (or the sum) opens as a draft.

mod analysis;
mod crash_notice;
mod dialog;
mod entry_row;
mod state;
mod sum_view;
mod unreadable;

pub use crash_notice::ReviewCrashNotice;
pub use dialog::BatchReview;
pub use state::{batch_state, BatchState, Checked, Entry};
pub use sum_view::BatchSum;
