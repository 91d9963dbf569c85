//! 汇总审查 (a supervising office's review of many reports at once), 从上年报告新建, the print
//! preview and 核验, as their own WebAssembly module. The app's first load leaves it out; the
//! page's loader (`window.drReview` in index.html) loads it when the user presses one of their
//! buttons (or, after a crash while the review was open, to show what to do with the stored
//! list). It runs its own Leptos runtime, mounted into the elements the app keeps for it, and
//! reaches the app only through the page (`bridge`).

mod batch;
#[cfg(all(feature = "bindings", target_arch = "wasm32"))]
mod bindings;
mod bridge;
mod from_last_year;
mod publish;
mod root;

pub use batch::{
    batch_state, BatchReview, BatchState, BatchSum, Checked, Entry, ReviewCrashNotice,
};
pub use bridge::{use_drafts, AppDrafts};
pub use from_last_year::FromLastYear;
pub use publish::{
    preview_document, publish_dialogs, publishing, PrintPreview, PublishDialogs, PublishRoot,
    VerifyDialog,
};
pub use root::{is_open, mount, open, open_from_last_year, read_files, ReviewRoot};
