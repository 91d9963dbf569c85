//! The import UI's parts that the app's first load leaves out: the import summary, drawn into
//! the element the app keeps for it.

mod mount;
mod summary;

pub use mount::show_import_summary;
pub use summary::{choose_split, ImportSummary};
