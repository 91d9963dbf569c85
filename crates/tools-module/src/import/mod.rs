//! The import UI that the app's first load leaves out: the import itself (of what the app hands
//! over: a file picked or dropped, text pasted), its error and the paste dialog beside the
//! import buttons, and the import summary, drawn into the elements the app keeps for them.

mod controls;
mod importer;
mod mount;
mod summary;

pub use mount::{import_file, open_paste, show_import_summary};
pub use summary::{choose_split, ImportSummary};
