//! `window.drApp`: what the review module (another WebAssembly module, with its own state: 汇总审查,
//! 从上年报告新建, the print preview and 核验, the import UI and the format offer) may ask of the
//! app — the drafts' list, a draft's report, open a report (our JSON) as a new draft, say
//! something in the status line, the current report and its 校验码, the versions exported, tell
//! that the preview is shown, replace the report (one undo step), open or close the import
//! summary and keep the tables' format (`crates/tools-module/src/bridge.rs` is the other side).

use leptos::prelude::{untrack, Set};
use report_domain::Report;
use wasm_bindgen::closure::{Closure, WasmClosure};
use wasm_bindgen::JsValue;

use crate::components::drafts::words::{draft_title, storage_message};
use crate::components::drafts::Drafts;
use crate::components::io::ImportState;
use crate::components::layout::Status;
use crate::components::publish::{code_now, publish_state};
use crate::store::{use_store, Load, Store};

/// Registers `window.drApp.openDraft(json, name, imported, previousJson)`, `.listDrafts()` (an
/// array of `[id, title]`) and `.peekDraft(id)` (the draft's report as JSON; throws the Chinese
/// message when it cannot be read) when the page keeps drafts, `window.drApp.announce(message)`,
/// `.currentReport()`, what the print preview and 核验 ask (`add_publishing`), and
/// `.replaceReport(json)`, `.setImportSummaryOpen(open)` and `.keepFormat()`.
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
        expose(&app, "openDraft", open);
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
        expose(&app, "listDrafts", list);
        let peek = Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(move |id: String| {
            drafts
                .peek(&id)
                .map(|r| r.to_json_string())
                .map_err(|e| JsValue::from_str(&storage_message(&e)))
        });
        expose(&app, "peekDraft", peek);
    }
    let announce = Closure::<dyn Fn(String)>::new(move |m: String| status.announce(m));
    expose(&app, "announce", announce);
    let store = use_store();
    add_current_report(&app, store);
    add_publishing(&app, store, status);
    add_replace_report(&app, store);
    add_import_summary_open(&app, crate::components::io::import_state());
    add_keep_format(&app, store);
    let _ = js_sys::Reflect::set(&w, &JsValue::from_str("drApp"), &app);
}

/// `drApp.currentReport()`: the current report as our JSON (`Report::to_json_string`).
fn add_current_report(app: &js_sys::Object, store: Store) {
    let current =
        Closure::<dyn Fn() -> String>::new(move || store.report_untracked().to_json_string());
    expose(app, "currentReport", current);
}

/// Registers `drApp.replaceReport(json)`: the report (the project's JSON) replaces the one being
/// edited as one undo step (Ctrl+Z brings the former back); answers whether it could be read.
fn add_replace_report(app: &js_sys::Object, store: Store) {
    let replace = Closure::<dyn Fn(String) -> bool>::new(move |json: String| {
        let Ok(report) = Report::from_json_str(&json) else {
            return false;
        };
        // Its own step: typing just before does not join it.
        store.seal();
        store.replace_report(report, Load::Undoable);
        true
    });
    expose(app, "replaceReport", replace);
}

/// Registers `drApp.setImportSummaryOpen(open)` (opened by an import, closed by the summary's
/// 收起导入摘要: the app then offers 查看导入摘要).
fn add_import_summary_open(app: &js_sys::Object, state: ImportState) {
    let set = Closure::<dyn Fn(bool)>::new(move |open: bool| state.summary_open.set(open));
    expose(app, "setImportSummaryOpen", set);
}

/// Registers `drApp.keepFormat()` (the format offer's 保持): the tables stay in their format for
/// the report's year, and the offer is not made again for it.
fn add_keep_format(app: &js_sys::Object, store: Store) {
    let kept = crate::components::meta::kept_format();
    let keep = Closure::<dyn Fn()>::new(move || {
        let (year, from) = untrack(|| (store.with_meta(|m| m.year), store.format_def().id));
        if let Some(year) = year {
            kept.0.set(Some((year, from)));
        }
    });
    expose(app, "keepFormat", keep);
}

/// What the print preview and 核验 ask: `drApp.currentCode()`, a promise of the current
/// report's 校验码 (the one kept for Ctrl+P, or computed as Ctrl+P does: `code_now`; asked in the
/// same turn as `currentReport()`, it is that report's), rejected with the Chinese reason when
/// there is none; `drApp.exportedReports()`, the versions exported in this page's life (a JSON
/// array, as the publisher's `verifyCode` takes it); `drApp.previewShown(open)`, for the
/// 打印预览 button's pressed state.
fn add_publishing(app: &js_sys::Object, store: Store, status: Status) {
    let state = publish_state();
    let code = Closure::<dyn Fn() -> js_sys::Promise>::new(move || {
        js_sys::Promise::new(&mut |resolve, reject| {
            code_now(store, state, status, move |code| {
                let _ = match code {
                    Ok(c) => resolve.call1(&JsValue::NULL, &JsValue::from_str(&c)),
                    Err(why) => reject.call1(&JsValue::NULL, &JsValue::from_str(&why)),
                };
            });
        })
    });
    expose(app, "currentCode", code);
    let exported = Closure::<dyn Fn() -> String>::new(move || state.exported_json());
    expose(app, "exportedReports", exported);
    let shown = Closure::<dyn Fn(bool)>::new(move |open: bool| {
        let _ = state.preview_open.try_set(open);
    });
    expose(app, "previewShown", shown);
}

/// Sets `drApp.<name>` to `f`; the closure lives as long as the page (the module may call it at
/// any time).
fn expose<F: ?Sized + WasmClosure>(app: &js_sys::Object, name: &str, f: Closure<F>) {
    let _ = js_sys::Reflect::set(app, &JsValue::from_str(name), &f.into_js_value());
}
