//! The bridge to the importer, which is its own WebAssembly module (`crates/import-module`,
//! built into `dist/import/`): the first load leaves it out, and the page's loader
//! (`window.drImport` in index.html; in a portal, the JS API's module provides it) loads it the
//! first time a file is opened or text pasted. What comes back is the report as our JSON.

use report_domain::Report;
use wasm_bindgen::{JsCast, JsValue};

/// Shown while the importer loads (the first import of the page's life).
pub const LOADING_IMPORTER: &str = "正在加载导入功能…";

/// Why an import through the module did not give a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleFailure {
    /// The importer read the input and refused it: its Chinese message.
    Refused(String),
    /// The importer itself could not be loaded (network, a damaged copy): a Chinese message.
    NotLoaded(String),
}

impl ModuleFailure {
    /// The message for the user.
    pub fn message(&self) -> &str {
        match self {
            ModuleFailure::Refused(m) | ModuleFailure::NotLoaded(m) => m,
        }
    }
}

/// What the importer is asked to read.
pub enum ImportInput<'a> {
    /// Pasted text (or a page's HTML).
    Text(&'a str),
    /// A file's bytes, read by content (a saved page, a .docx, a text).
    Bytes(&'a [u8]),
    /// A PDF's bytes: its text layer is read by pdf.js first (loaded with it).
    Pdf(&'a [u8]),
}

fn loader() -> Option<JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &JsValue::from_str("drImport"))
        .ok()
        .filter(|v| v.is_object())
}

/// Whether the importer is loaded already (an import then starts at once, with nothing to
/// announce).
pub fn importer_loaded() -> bool {
    loader()
        .and_then(|l| js_sys::Reflect::get(&l, &JsValue::from_str("loaded")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .is_some_and(|v| v.is_truthy())
}

/// The message for a loader that failed: what did not load, and what to do.
fn not_loaded(detail: &str) -> ModuleFailure {
    let detail: String = detail.chars().take(200).collect();
    ModuleFailure::NotLoaded(if detail.is_empty() {
        "导入功能加载失败：请检查网络连接后重试，或刷新页面".into()
    } else {
        format!("导入功能加载失败：请检查网络连接后重试，或刷新页面（{detail}）")
    })
}

/// What a rejected promise carries: `code` "load" when the module did not load, else the
/// importer's message.
fn failure(e: &JsValue) -> ModuleFailure {
    let field = |k: &str| {
        js_sys::Reflect::get(e, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
    };
    let message = field("message")
        .or_else(|| e.as_string())
        .unwrap_or_default();
    if field("code").as_deref() == Some("load") {
        not_loaded(&message)
    } else if message.is_empty() {
        ModuleFailure::Refused("导入失败：导入功能未给出原因".into())
    } else {
        ModuleFailure::Refused(message)
    }
}

/// Imports `input` through the module (loading it first when needed); `done` gets the report
/// or why not. Never panics: every outcome, a missing loader too, ends in `done`.
pub fn import_via_module(
    input: ImportInput<'_>,
    done: impl FnOnce(Result<Report, ModuleFailure>) + 'static,
) {
    let Some(l) = loader() else {
        done(Err(not_loaded("本页面未包含导入功能的加载器")));
        return;
    };
    let (method, arg): (&str, JsValue) = match input {
        ImportInput::Text(t) => ("text", JsValue::from_str(t)),
        ImportInput::Bytes(b) => ("bytes", js_sys::Uint8Array::from(b).into()),
        ImportInput::Pdf(b) => ("pdf", js_sys::Uint8Array::from(b).into()),
    };
    let f = js_sys::Reflect::get(&l, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(f) = f else {
        done(Err(not_loaded("加载器缺少此项功能")));
        return;
    };
    let promise = match f.call1(&l, &arg) {
        Ok(p) => js_sys::Promise::resolve(&p),
        Err(e) => {
            done(Err(failure(&e)));
            return;
        }
    };
    // One of the two callbacks runs; the other is dropped with the promise.
    leptos::task::spawn_local(async move {
        done(match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(json) => report_of(&json),
            Err(e) => Err(failure(&e)),
        });
    });
}

/// The report in the module's answer (our JSON text).
fn report_of(json: &JsValue) -> Result<Report, ModuleFailure> {
    let text = json
        .as_string()
        .ok_or_else(|| not_loaded("导入功能返回的结果无效"))?;
    Report::from_json_str(&text)
        .map_err(|e| ModuleFailure::Refused(format!("导入结果无法读取：{e}")))
}
