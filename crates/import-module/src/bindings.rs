//! The module's exports, as the page's loader (`index.html`, `window.drImport*`) calls them.
//! Each returns the report's JSON text or throws an `Error` with the Chinese message.

use wasm_bindgen::prelude::*;

use crate::calls;

/// A pasted text (or a page's HTML) imported: the report's JSON.
#[wasm_bindgen(js_name = importText)]
pub fn import_text(text: &str) -> Result<String, JsError> {
    calls::import_text_json(text).map_err(|m| JsError::new(&m))
}

/// A file's bytes imported by their content (page, .docx, text): the report's JSON.
#[wasm_bindgen(js_name = importBytes)]
pub fn import_bytes(bytes: &[u8]) -> Result<String, JsError> {
    calls::import_bytes_json(bytes).map_err(|m| JsError::new(&m))
}

/// A PDF's text runs (the JSON text of what `pdf-runs.js` returned) imported: the report's JSON.
#[wasm_bindgen(js_name = importRuns)]
pub fn import_runs(runs: &str) -> Result<String, JsError> {
    calls::import_runs_json(runs).map_err(|m| JsError::new(&m))
}

/// The message for a PDF the reader refused (`code` "encrypted", else unreadable).
#[wasm_bindgen(js_name = pdfErrorMessage)]
pub fn pdf_error(code: &str, detail: &str) -> String {
    calls::pdf_error_message(code, detail)
}
