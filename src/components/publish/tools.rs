//! The print preview and 核验 as the app sees them: both dialogs are the tools module's
//! (`crates/tools-module/src/publish/`, loaded with 汇总审查's module when one of their buttons is
//! first pressed). The app keeps the buttons, the element the dialogs mount into, and what the
//! module asks of it through `window.drApp` (the report, its 校验码, the versions exported).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::io::Module;
use crate::components::layout::Status;
use crate::components::review::loader::call_announced_with;

/// `id` of the element the module's print preview and 核验 dialogs mount into (where the app
/// drew them before: after the toolbar, so 核验 drops down under it).
pub const PUBLISH_ROOT_ID: &str = "publish-root";

/// The module's export (and `window.drReview` method) that opens or closes the dialogs; its
/// argument is one of the actions below.
const METHOD: &str = "publishing";

/// The module as the preview and 打印 name it (in their loading and failure messages).
const PREVIEW: Module = Module::tools("打印预览");

/// The module as 核验 names it.
const VERIFY: Module = Module::tools("核验");

/// Shown while the module loads for the preview or 打印.
const LOADING_PREVIEW: &str = "正在加载打印预览…";

/// Shown while the module loads for 核验.
const LOADING_VERIFY: &str = "正在加载核验…";

/// The element the dialogs mount into.
#[component]
pub fn PublishMount() -> impl IntoView {
    view! { <div id=PUBLISH_ROOT_ID></div> }
}

/// Runs `action` of the module's publishing dialogs, loading the module first when needed.
fn act(module: Module, status: Status, action: &str, loading: &'static str) {
    call_announced_with(
        module,
        status,
        METHOD,
        &[JsValue::from_str(action)],
        loading,
    );
}

/// Opens the print preview.
pub fn open_preview(status: Status) {
    act(PREVIEW, status, "preview", LOADING_PREVIEW);
}

/// Closes the print preview (open, so the module is loaded).
pub fn close_preview(status: Status) {
    act(PREVIEW, status, "closePreview", LOADING_PREVIEW);
}

/// Prints the report from the preview's frame (opening the preview first, and printing once
/// it has loaded), never the app page.
pub fn print_report(status: Status) {
    act(PREVIEW, status, "print", LOADING_PREVIEW);
}

/// Opens the 核验 dialog.
pub fn open_verify(status: Status) {
    act(VERIFY, status, "verify", LOADING_VERIFY);
}
