//! Moving reports in and out: JSON export (download), import of our JSON, pasted text and
//! published pages and PDFs (file picker, drag-and-drop over the page, paste dialog; the
//! importer is its own WebAssembly module, loaded on first use; the paste dialog, the import's
//! errors and its summary are drawn by the tools module, `crates/tools-module/src/import/`, into
//! the places kept here).

mod download;
mod export;
mod import;
mod import_module;
mod module_loader;
mod read_file;
mod summary;

pub use download::{
    download, download_announced, download_json, download_value, download_value_announced,
    export_json, report_file_name, CSV_MIME,
};
pub use export::ExportButton;
pub use import::{
    import_state, read_report_file, restore_json, DropZone, ImportControls, ImportState,
    IMPORT_ROOT_ID,
};
pub use import_module::{import_via_module, importer_loaded, ImportInput, LOADING_IMPORTER};
pub use module_loader::{Module, ModuleFailure};
pub use read_file::{file_input, first_file, read_file};
pub use summary::{ImportSummary, IMPORT_SUMMARY_ROOT_ID};
