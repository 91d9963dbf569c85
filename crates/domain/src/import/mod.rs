//! Importing published reports: pasted text, saved web pages, PDF text and our own JSON become
//! a report in the model, with a record of every doubt (see `model::ImportRecord`).

mod api;
mod cells;
mod detect;
mod docx;
mod docx_zip;
mod fuzzy;
mod headings;
mod html;
mod markdown;
mod meta;
mod mhtml;
mod narrative;
pub(crate) mod normalize;
mod own;
mod placed;
mod sniff;
mod solve;
mod split;
mod tables;

pub use api::{
    import, import_bytes, import_placed, ImportError, Imported, InputKind, MAX_FILE_BYTES,
    MAX_INPUT_BYTES,
};
pub use docx::document_text as docx_document_text;
pub use html::to_text as html_to_text;
pub use placed::{placed_to_text, PlacedText};
pub use sniff::{sniff, FileKind};
pub use split::{split, RowRule, Splits};
