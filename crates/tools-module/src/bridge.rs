//! The review's way to the app, which is another WebAssembly module with its own state: through
//! `window.drApp` (registered by the app, `disclosure_report::components::review::install_bridge`).
//! Reports cross as the project's JSON.

use disclosure_report::components::layout::Status;
use leptos::prelude::Effect;
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

/// The app's current report as our JSON (`drApp.currentReport()`, `Report::to_json_string`).
pub fn current_report_json() -> Result<String, String> {
    app_function("currentReport")
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|v| v.as_string())
        .ok_or_else(|| "当前报告无法读取".to_string())
}

/// The app's current report, or the Chinese message why it could not be read.
pub fn current_report() -> Result<Report, String> {
    Report::from_json_str(&current_report_json()?).map_err(|e| format!("当前报告无法读取：{e}"))
}

/// The 校验码 of the app's current report (`drApp.currentCode()`), or the Chinese reason why
/// there is none. Asked at once (the future only waits for the answer): called in the same
/// turn as [`current_report`], the code is that report's.
pub fn current_code() -> impl std::future::Future<Output = Result<String, String>> {
    let asked = app_function("currentCode")
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .map(|p| js_sys::Promise::resolve(&p));
    async move {
        let promise = asked.ok_or("本页面无法计算校验码")?;
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(code) => code.as_string().ok_or_else(|| "校验码无法读取".to_string()),
            Err(why) => Err(why.as_string().unwrap_or_else(|| "校验码无法计算".into())),
        }
    }
}

/// The versions of the report exported in the app's page (`drApp.exportedReports()`: a JSON
/// array of reports, as the publisher's `verifyCode` takes it); `[]` when none.
pub fn exported_reports() -> String {
    app_function("exportedReports")
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "[]".to_string())
}

/// Tells the app whether the print preview is shown (`drApp.previewShown(open)`: its button's
/// pressed state).
pub fn preview_shown(open: bool) {
    if let Some(f) = app_function("previewShown") {
        let _ = f.call1(&JsValue::NULL, &JsValue::from_bool(open));
    }
}

/// A status line for what this module mounts, provided to the tree below: what it announces
/// is said in the app's status line, the page's one live region.
pub fn app_status() -> Status {
    let status = Status::provide();
    Effect::new(move || announce(&status.message()));
    status
}

/// Keeps the app's tables in their format for the report's year (the format offer's 保持:
/// `drApp.keepFormat()`); the app then stops offering the conversion for that year.
pub fn keep_format() {
    if let Some(f) = app_function("keepFormat") {
        let _ = f.call0(&JsValue::NULL);
    }
}
