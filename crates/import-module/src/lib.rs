//! The importer of published reports (text, saved pages, Word .docx, Markdown, a PDF's text
//! runs) as its own WebAssembly module: the app's first load leaves it out and loads it
//! (`dist/import/`) only when the user opens a file or pastes text (see `index.html`'s loader
//! and `src/components/io/import.rs`). What comes back is the report as the project's JSON
//! (docs/json-format.md, its `origin` holding the notes), or the Chinese message of why not.

#[cfg(all(feature = "bindings", target_arch = "wasm32"))]
mod bindings;
mod calls;

pub use calls::{import_bytes_json, import_runs_json, import_text_json, pdf_error_message};
