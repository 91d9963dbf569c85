//! 汇总审查 as the app sees it: the review is its own WebAssembly module (`crates/tools-module`,
//! built into `dist/review/`), loaded when the user presses 汇总审查. The app keeps the button,
//! the element the review mounts into, and the bridge through which the review opens drafts
//! and speaks in the status line.

mod bridge;
pub(crate) mod loader;

pub use bridge::install_bridge;
pub use loader::{
    import_file, import_summary_loaded, mount_after_crash, open_from_last_year, open_paste,
    open_review, prefetch_for_import, read_dropped, review_is_open, show_format_offer,
    show_import_summary, ReviewMount, FROM_LAST_YEAR_ROOT_ID, LOADING_SUMMARY, NAMESPACE_ATTR,
    REVIEW_ROOT_ID,
};
