//! The bridge to the importer, which is its own WebAssembly module (`crates/import-module`,
//! built into `dist/import/`): the first load leaves it out, and the page's loader
//! (`window.drImport` in index.html; in a portal, the JS API's module provides it) loads it the
//! first time a file is opened or text pasted. What comes back is the report as our JSON.

use report_domain::Report;
use wasm_bindgen::JsValue;

use super::module_loader::Module;
pub use super::module_loader::ModuleFailure;

/// Shown while the importer loads (the first import of the page's life).
pub const LOADING_IMPORTER: &str = "正在加载导入功能…";

/// The importer's module.
const IMPORTER: Module = Module {
    global: "drImport",
    feature: "导入功能",
};

/// What the importer is asked to read.
pub enum ImportInput<'a> {
    /// Pasted text (or a page's HTML).
    Text(&'a str),
    /// A file's bytes, read by content (a saved page, a .docx, a text).
    Bytes(&'a [u8]),
    /// A PDF's bytes: its text layer is read by pdf.js first (loaded with it).
    Pdf(&'a [u8]),
}

/// Whether the importer is loaded already (an import then starts at once, with nothing to
/// announce).
pub fn importer_loaded() -> bool {
    IMPORTER.loaded()
}

/// Imports `input` through the module (loading it first when needed); `done` gets the report
/// or why not. Never panics: every outcome, a missing loader too, ends in `done`.
pub fn import_via_module(
    input: ImportInput<'_>,
    done: impl FnOnce(Result<Report, ModuleFailure>) + 'static,
) {
    let (method, arg): (&str, JsValue) = match input {
        ImportInput::Text(t) => ("text", JsValue::from_str(t)),
        ImportInput::Bytes(b) => ("bytes", js_sys::Uint8Array::from(b).into()),
        ImportInput::Pdf(b) => ("pdf", js_sys::Uint8Array::from(b).into()),
    };
    IMPORTER.call(method, &[arg], move |answer| {
        done(answer.and_then(|json| report_of(&json)))
    });
}

/// The report in the module's answer (our JSON text).
fn report_of(json: &JsValue) -> Result<Report, ModuleFailure> {
    let text = json
        .as_string()
        .ok_or_else(|| IMPORTER.not_loaded("导入功能返回的结果无效"))?;
    Report::from_json_str(&text)
        .map_err(|e| ModuleFailure::Refused(format!("导入结果无法读取：{e}")))
}
