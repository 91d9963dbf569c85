//! The bridge to the publisher, its own WebAssembly module (`crates/publish-module`, built into
//! `dist/publish/`): the Word writer, the sealed HTML (the report's data and its 校验码 inside)
//! and the 校验码 itself. The first load leaves it out; the page's loader (`window.drPublish`
//! in index.html) loads it the first time the user exports a Word or HTML file or checks a code.

use report_domain::Report;
use wasm_bindgen::JsValue;

use crate::components::io::{Module, ModuleFailure};
use crate::components::layout::Status;

/// The publisher's module.
const PUBLISHER: Module = Module {
    global: "drPublish",
    feature: "导出功能",
};

/// Shown while the publisher loads (the first export of the page's life).
pub const LOADING_PUBLISHER: &str = "正在加载导出功能…";

/// Calls the publisher's export `name` (`renderDocx`, `renderHtml`, `verifyCode`… of
/// crates/publish-module/src/bindings.rs) with `report`'s JSON and `extra` arguments (loading
/// the module first, and saying so in the status line); `done` gets the answer or why not.
pub fn publish(
    status: Status,
    name: &str,
    report: &Report,
    extra: &[&str],
    done: impl FnOnce(Result<JsValue, ModuleFailure>) + 'static,
) {
    publish_json(status, name, &report.to_json_string(), extra, done);
}

/// [`publish`] with the report as our JSON already (as the tools module gets it from the app).
pub fn publish_json(
    status: Status,
    name: &str,
    json: &str,
    extra: &[&str],
    done: impl FnOnce(Result<JsValue, ModuleFailure>) + 'static,
) {
    if !PUBLISHER.loaded() {
        status.announce(LOADING_PUBLISHER);
    }
    let mut args = vec![JsValue::from_str(name), JsValue::from_str(json)];
    args.extend(extra.iter().map(|a| JsValue::from_str(a)));
    PUBLISHER.call("call", &args, done);
}
