//! The module's exports, as the page's loader (`window.drAnalysis.analyze(json)`) calls them:
//! JSON text in, JSON text out, or an `Error` with the Chinese message.

use wasm_bindgen::prelude::*;

/// The whole analysis the 汇总审查 view shows (see [`crate::analyze_json`]).
#[wasm_bindgen]
pub fn analyze(input: &str) -> Result<String, JsError> {
    crate::analyze_json(input).map_err(|m| JsError::new(&m))
}

/// One small analysis whose result is dropped, run by the page's worker right after it loads
/// the module, so the first real analysis runs optimised code (see [`crate::warm_up`]).
#[wasm_bindgen]
pub fn warm() {
    crate::warm_up();
}
