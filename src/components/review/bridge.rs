//! `window.drApp`: what the review module (another WebAssembly module, with its own state: 汇总审查,
//! 从上年报告新建 and the import summary) may ask of the app — the drafts' list, a draft's report,
//! open a report (our JSON) as a new draft, the report being edited and its replacement (one undo
//! step), open or close the import summary, keep the tables' format, and say something in the status line
//! (`crates/tools-module/src/bridge.rs` is the other side).

use leptos::prelude::{untrack, Set};
use report_domain::Report;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use crate::components::drafts::words::{draft_title, storage_message};
use crate::components::drafts::Drafts;
use crate::components::io::ImportState;
use crate::components::layout::Status;
use crate::store::{Load, Store};

/// Registers `window.drApp.openDraft(json, name, imported, previousJson)`, `.listDrafts()` (an
/// array of `[id, title]`) and `.peekDraft(id)` (the draft's report as JSON; throws the Chinese
/// message when it cannot be read) when the page keeps drafts, and `window.drApp.announce(message)`,
/// `.currentReport()`, `.replaceReport(json)`, `.setImportSummaryOpen(open)` and `.keepFormat()`.
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
        let list = Closure::<dyn Fn() -> js_sys::Array>::new(move || {
            drafts
                .list()
                .iter()
                .map(|d| {
                    let pair: js_sys::Array =
                        [JsValue::from_str(&d.id), JsValue::from_str(&draft_title(d))]
                            .iter()
                            .collect();
                    JsValue::from(pair)
                })
                .collect()
        });
        let _ = js_sys::Reflect::set(
            &app,
            &JsValue::from_str("listDrafts"),
            &list.into_js_value(),
        );
        let peek = Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(move |id: String| {
            drafts
                .peek(&id)
                .map(|r| r.to_json_string())
                .map_err(|e| JsValue::from_str(&storage_message(&e)))
        });
        let _ = js_sys::Reflect::set(&app, &JsValue::from_str("peekDraft"), &peek.into_js_value());
    }
    let announce = Closure::<dyn Fn(String)>::new(move |m: String| status.announce(m));
    let _ = js_sys::Reflect::set(
        &app,
        &JsValue::from_str("announce"),
        &announce.into_js_value(),
    );
    install_current_report(&app, crate::store::use_store());
    install_replace_report(&app, crate::store::use_store());
    install_import_summary_open(&app, crate::components::io::import_state());
    install_keep_format(&app, crate::store::use_store());
    let _ = js_sys::Reflect::set(&w, &JsValue::from_str("drApp"), &app);
}

/// Registers `drApp.currentReport()`: the report being edited, as the project's JSON.
fn install_current_report(app: &js_sys::Object, store: Store) {
    let current =
        Closure::<dyn Fn() -> String>::new(move || store.report_untracked().to_json_string());
    let _ = js_sys::Reflect::set(
        app,
        &JsValue::from_str("currentReport"),
        &current.into_js_value(),
    );
}

/// Registers `drApp.replaceReport(json)`: the report (the project's JSON) replaces the one being
/// edited as one undo step (Ctrl+Z brings the former back); answers whether it could be read.
fn install_replace_report(app: &js_sys::Object, store: Store) {
    let replace = Closure::<dyn Fn(String) -> bool>::new(move |json: String| {
        let Ok(report) = Report::from_json_str(&json) else {
            return false;
        };
        // Its own step: typing just before does not join it.
        store.seal();
        store.replace_report(report, Load::Undoable);
        true
    });
    let _ = js_sys::Reflect::set(
        app,
        &JsValue::from_str("replaceReport"),
        &replace.into_js_value(),
    );
}

/// Registers `drApp.setImportSummaryOpen(open)` (opened by an import, closed by the summary's
/// 收起导入摘要: the app then offers 查看导入摘要).
fn install_import_summary_open(app: &js_sys::Object, state: ImportState) {
    let set = Closure::<dyn Fn(bool)>::new(move |open: bool| state.summary_open.set(open));
    let _ = js_sys::Reflect::set(
        app,
        &JsValue::from_str("setImportSummaryOpen"),
        &set.into_js_value(),
    );
}

/// Registers `drApp.keepFormat()` (the format offer's 保持): the tables stay in their format for
/// the report's year, and the offer is not made again for it.
fn install_keep_format(app: &js_sys::Object, store: Store) {
    let kept = crate::components::meta::kept_format();
    let keep = Closure::<dyn Fn()>::new(move || {
        let (year, from) = untrack(|| (store.with_meta(|m| m.year), store.format_def().id));
        if let Some(year) = year {
            kept.0.set(Some((year, from)));
        }
    });
    let _ = js_sys::Reflect::set(app, &JsValue::from_str("keepFormat"), &keep.into_js_value());
}
