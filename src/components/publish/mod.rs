//! Publishing the report: the print preview (the printable report in a sandboxed frame sized
//! like an A4 sheet), printing only the report (from the 打印 buttons and from the browser's own
//! print), and the HTML and CSV downloads.

mod document;
mod exports;
mod page_print;
mod preview;
mod state;
mod toolbar;

pub use document::{csv_file_name, preview_document};
pub use exports::{export_csv, export_html};
pub use page_print::PagePrint;
pub use preview::PrintPreview;
pub use state::{publish_state, PublishState};
pub use toolbar::PublishButtons;
