//! The module's exports, as the page's loader (`index.html`, `window.drPublish.call(name, …)`)
//! calls them. Each takes the report's JSON text and returns its answer or throws an `Error`
//! with the Chinese message.

use wasm_bindgen::prelude::*;

use crate::calls;

/// The report's .docx file in the official layout.
#[wasm_bindgen(js_name = renderDocx)]
pub fn render_docx(json: &str) -> Result<Vec<u8>, JsError> {
    calls::render_docx_json(json).map_err(|m| JsError::new(&m))
}

/// The report's printable page, carrying its data and its 校验码.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(json: &str) -> Result<String, JsError> {
    calls::render_html_json(json).map_err(|m| JsError::new(&m))
}

/// The report's 校验码.
#[wasm_bindgen]
pub fn fingerprint(json: &str) -> Result<String, JsError> {
    calls::fingerprint_json(json).map_err(|m| JsError::new(&m))
}

/// 核验 of a code typed from paper: the draft (JSON), the code, the versions exported earlier
/// (a JSON array). Answers `{ status, message, cells }` as JSON text.
#[wasm_bindgen(js_name = verifyCode)]
pub fn verify_code(draft: &str, typed: &str, known: &str) -> Result<String, JsError> {
    calls::verify_code_json(draft, typed, known).map_err(|m| JsError::new(&m))
}

/// 核验 of a copy read back from a file (its report as JSON) against the draft (JSON).
#[wasm_bindgen(js_name = verifyCopy)]
pub fn verify_copy(draft: &str, copy: &str) -> Result<String, JsError> {
    calls::verify_copy_json(draft, copy).map_err(|m| JsError::new(&m))
}
