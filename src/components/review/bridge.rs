//! `window.drApp`: what the review module (another WebAssembly module, with its own state) may
//! ask of the app — open a report (our JSON) as a new draft, and say something in the status
//! line (`crates/review-module/src/bridge.rs` is the other side).

use report_domain::Report;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use crate::components::drafts::Drafts;
use crate::components::layout::Status;

/// Registers `window.drApp.openDraft(json, name, imported, previousJson)` (when the page keeps
/// drafts) and `window.drApp.announce(message)`.
pub fn install_bridge(drafts: Option<Drafts>, status: Status) {
    let Some(w) = web_sys::window() else { return };
    let app = js_sys::Object::new();
    if let Some(drafts) = drafts {
        let open = Closure::<dyn Fn(String, String, bool, Option<String>) -> bool>::new(
            move |json: String, name: String, imported: bool, previous: Option<String>| {
                let Ok(report) = Report::from_json_str(&json) else {
                    status.announce("汇总审查传来的报告无法读取");
                    return false;
                };
                let previous = previous.and_then(|p| Report::from_json_str(&p).ok());
                drafts.open_new(report, name, imported, previous)
            },
        );
        let _ = js_sys::Reflect::set(&app, &JsValue::from_str("openDraft"), &open.into_js_value());
    }
    let announce = Closure::<dyn Fn(String)>::new(move |m: String| status.announce(m));
    let _ = js_sys::Reflect::set(
        &app,
        &JsValue::from_str("announce"),
        &announce.into_js_value(),
    );
    let _ = js_sys::Reflect::set(&w, &JsValue::from_str("drApp"), &app);
}
