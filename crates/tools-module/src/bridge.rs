//! The review's way to the app, which is another WebAssembly module with its own state: through
//! `window.drApp` (registered by the app, `disclosure_report::components::review::install_bridge`).
//! Reports cross as the project's JSON.

use report_domain::Report;
use wasm_bindgen::{JsCast, JsValue};

/// The app's drafts, seen from the module: their list, a draft's report, opening a report as a
/// new draft.
#[derive(Clone, Copy)]
pub struct AppDrafts;

/// The app's function `name` on `window.drApp`, when the app registered it.
fn app_function(name: &str) -> Option<js_sys::Function> {
    let w = web_sys::window()?;
    let app = js_sys::Reflect::get(&w, &JsValue::from_str("drApp")).ok()?;
    js_sys::Reflect::get(&app, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// The app's drafts, when the page keeps drafts (`None` in a page without them).
pub fn use_drafts() -> Option<AppDrafts> {
    app_function("openDraft").map(|_| AppDrafts)
}

impl AppDrafts {
    /// Opens `report` as a new draft named `name` in the app (as the app's `Drafts::open_new`).
    /// Returns whether it opened.
    pub fn open_new(
        &self,
        report: Report,
        name: String,
        imported: bool,
        previous: Option<Report>,
    ) -> bool {
        let Some(f) = app_function("openDraft") else {
            return false;
        };
        let args: js_sys::Array = [
            JsValue::from_str(&report.to_json_string()),
            JsValue::from_str(&name),
            JsValue::from_bool(imported),
            previous.map_or(JsValue::NULL, |p| JsValue::from_str(&p.to_json_string())),
        ]
        .iter()
        .collect();
        f.apply(&JsValue::NULL, &args).is_ok_and(|v| v.is_truthy())
    }
}

impl AppDrafts {
    /// The drafts as the app lists them: `(id, title)`.
    pub fn list(&self) -> Vec<(String, String)> {
        let Some(f) = app_function("listDrafts") else {
            return Vec::new();
        };
        let Ok(list) = f.call0(&JsValue::NULL) else {
            return Vec::new();
        };
        js_sys::Array::from(&list)
            .iter()
            .filter_map(|pair| {
                let pair = js_sys::Array::from(&pair);
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect()
    }

    /// The report of draft `id` (without opening it), or the app's Chinese message why not.
    pub fn peek(&self, id: &str) -> Result<Report, String> {
        let f = app_function("peekDraft").ok_or("草稿无法读取")?;
        let json = f
            .call1(&JsValue::NULL, &JsValue::from_str(id))
            .map_err(|e| e.as_string().unwrap_or_else(|| "草稿无法读取".into()))?
            .as_string()
            .ok_or("草稿无法读取")?;
        Report::from_json_str(&json).map_err(|e| format!("草稿无法读取：{e}"))
    }
}

/// Says `message` in the app's status line (nothing when empty).
pub fn announce(message: &str) {
    if message.is_empty() {
        return;
    }
    if let Some(f) = app_function("announce") {
        let _ = f.call1(&JsValue::NULL, &JsValue::from_str(message));
    }
}

/// The report being edited in the app (`drApp.currentReport()`), or `None` when the page has
/// no app or its answer cannot be read.
pub fn current_report() -> Option<Report> {
    let json = app_function("currentReport")?
        .call0(&JsValue::NULL)
        .ok()?
        .as_string()?;
    Report::from_json_str(&json).ok()
}

/// Replaces the report being edited in the app with `report`, as one undo step of the app
/// (`drApp.replaceReport(json)`). Returns whether the app took it.
pub fn replace_report(report: &Report) -> bool {
    app_function("replaceReport").is_some_and(|f| {
        f.call1(&JsValue::NULL, &JsValue::from_str(&report.to_json_string()))
            .is_ok_and(|v| v.is_truthy())
    })
}

/// Opens or closes the import summary in the app (`drApp.setImportSummaryOpen(open)`; closed,
/// the app offers 查看导入摘要).
pub fn set_import_summary_open(open: bool) {
    if let Some(f) = app_function("setImportSummaryOpen") {
        let _ = f.call1(&JsValue::NULL, &JsValue::from_bool(open));
    }
}

/// Keeps the app's tables in their format for the report's year (the format offer's 保持:
/// `drApp.keepFormat()`); the app then stops offering the conversion for that year.
pub fn keep_format() {
    if let Some(f) = app_function("keepFormat") {
        let _ = f.call0(&JsValue::NULL);
    }
}
