//! The module's exports, as the page's loader (`index.html`, `window.drReview`) calls them.

use std::sync::Once;

use wasm_bindgen::prelude::*;

use crate::root;

/// The module's own panic hook (once): a panic here names 汇总审查 for the next load (the crash
/// marker) and shows the page's banner, as the app's does.
fn hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(disclosure_report::panic_banner::install);
}

/// Mounts the review (once): after a crash while it was open, its notice shows.
#[wasm_bindgen]
pub fn mount() {
    hook();
    root::mount();
}

/// Opens the 汇总审查 dialog (mounting the review first).
#[wasm_bindgen]
pub fn open() {
    hook();
    root::open();
}

/// Opens 从上年报告新建's dialog under the app's draft menu.
#[wasm_bindgen(js_name = openFromLastYear)]
pub fn open_from_last_year() {
    hook();
    root::open_from_last_year();
}

/// The print preview and 核验 as the app's buttons ask for them: `action` is "preview",
/// "closePreview", "print" or "verify" (`crate::publish::publishing`).
#[wasm_bindgen]
pub fn publishing(action: &str) {
    hook();
    crate::publish::publishing(action);
}

/// Whether the dialog is open.
#[wasm_bindgen(js_name = isOpen)]
pub fn is_open() -> bool {
    root::is_open()
}

/// Reads files dropped on the page into the review.
#[wasm_bindgen(js_name = readFiles)]
pub fn read_files(files: web_sys::FileList) {
    hook();
    root::read_files(&files);
}

/// Shows the import summary of the app's report (its JSON), or closes it (`None`).
#[wasm_bindgen(js_name = importSummary)]
pub fn import_summary(json: Option<String>) {
    hook();
    crate::import::show_import_summary(json);
}

/// Opens the paste dialog (粘贴文本导入) beside the app's import buttons.
#[wasm_bindgen(js_name = openPaste)]
pub fn open_paste() {
    hook();
    crate::import::open_paste();
}

/// Imports a file picked or dropped on the app's page.
#[wasm_bindgen(js_name = importFile)]
pub fn import_file(file: web_sys::File) {
    hook();
    crate::import::import_file(file);
}

/// Shows the format offer for the app's report (its JSON), or hides it (`None`).
#[wasm_bindgen(js_name = formatOffer)]
pub fn format_offer(json: Option<String>) {
    hook();
    crate::format_offer::show_format_offer(json);
}
