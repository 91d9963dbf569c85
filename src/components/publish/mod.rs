//! Publishing the report: the print preview (the printable report in a sandboxed frame sized
//! like an A4 sheet), printing only the report (from the 打印 buttons and from the browser's own
//! print), and the Word, HTML and CSV downloads (Word and HTML written by the publisher module,
//! loaded on first use), and 核验 of a published copy against the draft.

mod code;
mod document;
mod exports;
mod module;
mod page_print;
mod preview;
mod state;
mod toolbar;
mod verify;

pub use code::subtle_code;
pub use document::{csv_file_name, preview_document};
pub use exports::{export_csv, export_docx, export_html};
pub use module::{publish, LOADING_PUBLISHER};
pub use page_print::PagePrint;
pub use preview::PrintPreview;
pub use state::{publish_state, PublishState};
pub use toolbar::PublishButtons;
pub use verify::VerifyDialog;
