//! Publishing the report: the toolbar's buttons, printing only the report (from the browser's
//! own print, Ctrl+P, with its 校验码 kept ready), and the Word, HTML and CSV downloads (Word and
//! HTML written by the publisher module, loaded on first use). The print preview and 核验 are
//! dialogs of the tools module (loaded on their first press, `tools.rs`).

mod code;
mod exports;
mod module;
mod page_print;
mod state;
mod toolbar;
mod tools;

pub use code::{code_now, subtle_code};
pub use exports::{csv_file_name, export_csv, export_docx, export_html};
pub use module::{publish, publish_json, LOADING_PUBLISHER};
pub use page_print::PagePrint;
pub use state::{publish_state, PublishState};
pub use toolbar::PublishButtons;
pub use tools::{PublishMount, PUBLISH_ROOT_ID};
