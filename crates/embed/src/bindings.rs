//! The functions JavaScript calls (`js/index.js` wraps them). Each converts its arguments to JSON
//! values, calls `api.rs`, and converts the result back; every refusal is a thrown `Error` with a
//! Chinese message, never a trap.

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::api::{self, ApiError};

impl From<ApiError> for JsError {
    fn from(e: ApiError) -> JsError {
        JsError::new(&e.0)
    }
}

/// A required JSON argument: a JSON text, or a plain object/array/number/… converted as is.
pub(crate) fn json_arg(what: &str, js: &JsValue) -> Result<Value, ApiError> {
    if let Some(text) = js.as_string() {
        return serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| ApiError::new(what, api::json_syntax(&e)));
    }
    if js.is_undefined() {
        return Err(ApiError::new(what, "缺少此参数"));
    }
    if js.is_function() || js.is_symbol() || js.is_bigint() {
        return Err(ApiError::new(
            what,
            format!("不能是 {}", js.js_typeof().as_string().unwrap_or_default()),
        ));
    }
    serde_wasm_bindgen::from_value::<Value>(js.clone())
        .map_err(|e| ApiError::new(what, format!("无法读取为 JSON（{e}）")))
}

/// An optional argument: `undefined` and `null` mean "not given".
pub(crate) fn optional_arg(what: &str, js: &JsValue) -> Result<Option<Value>, ApiError> {
    if js.is_undefined() || js.is_null() {
        Ok(None)
    } else {
        json_arg(what, js).map(Some)
    }
}

/// A plain JavaScript value (objects as plain objects, never `Map`s) for a result.
pub(crate) fn to_js<T: Serialize + ?Sized>(what: &str, value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("{what}：结果无法转换（{e}）")))
}

/// Checks a report against every rule of its format. `options.previous` is last year's report.
/// Returns `[{ code, severity, cells, message, help, fixes }]`.
#[wasm_bindgen(js_name = validate)]
pub fn validate_js(report: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let report = json_arg("validate(report)", &report)?;
    let options = optional_arg("validate(options)", &options)?;
    let diagnostics = api::validate_report(&report, options.as_ref())?;
    to_js("validate", &diagnostics)
}

/// The figures the text checks read in the narrative: `[{ part, start, end, text, reading,
/// cells, value, expected, status, describe }]`, offsets in UTF-16 code units.
#[wasm_bindgen(js_name = readClaims)]
pub fn read_claims_js(report: JsValue) -> Result<JsValue, JsError> {
    let report = json_arg("readClaims(report)", &report)?;
    to_js("readClaims", &api::read_claims_of(&report)?)
}

/// The report with a finding's quick fix applied (one of the `fixes` `validate` gives).
#[wasm_bindgen(js_name = applyFix)]
pub fn apply_fix_js(report: JsValue, fix: JsValue) -> Result<JsValue, JsError> {
    let report = json_arg("applyFix(report)", &report)?;
    let fix = json_arg("applyFix(fix)", &fix)?;
    to_js("applyFix", &api::apply_fix_to(&report, &fix)?)
}

/// The report with every total cell filled.
#[wasm_bindgen(js_name = compute)]
pub fn compute_js(report: JsValue) -> Result<JsValue, JsError> {
    let report = json_arg("compute(report)", &report)?;
    to_js("compute", &api::compute_report(&report)?)
}

/// Reads pasted text, a saved web page or our JSON export: `{ report, notes }`.
#[wasm_bindgen(js_name = parseReport)]
pub fn parse_report_js(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = input.as_string() else {
        return Err(ApiError::new(
            "parseReport(input)",
            format!(
                "应为文字（粘贴的全文或网页 HTML），收到 {}",
                input.js_typeof().as_string().unwrap_or_default()
            ),
        )
        .into());
    };
    let options = optional_arg("parseReport(options)", &options)?;
    to_js("parseReport", &api::parse_report(&text, options.as_ref())?)
}

/// What a file's bytes are, by content ("pdf", "docx", "html", "json", "text"…).
#[wasm_bindgen(js_name = fileKind)]
pub fn file_kind_js(bytes: &[u8]) -> String {
    api::file_kind(bytes).to_string()
}

/// A file's bytes (not a PDF) read by content: `{ report, notes }`.
#[wasm_bindgen(js_name = parseBytes)]
pub fn parse_bytes_js(bytes: &[u8]) -> Result<JsValue, JsError> {
    to_js("parseFile", &api::parse_bytes(bytes)?)
}

/// A PDF's positioned text runs (from `pdf-runs.js`): `{ report, notes }`.
#[wasm_bindgen(js_name = parsePlaced)]
pub fn parse_placed_js(runs: JsValue) -> Result<JsValue, JsError> {
    let runs = json_arg("parseFile(bytes)", &runs)?;
    to_js("parseFile", &api::parse_placed(&runs)?)
}

/// The Chinese message for a PDF the reader refused (`code` "encrypted" or "unreadable").
#[wasm_bindgen(js_name = pdfErrorMessage)]
pub fn pdf_error_message_js(code: &str, detail: &str) -> String {
    api::pdf_error_message(code, detail)
}

/// For a form mounted into a portal (`window.drImport.text` in js/index.js): pasted text
/// imported, as the report's JSON text, or an `Error` with the importer's Chinese message.
#[wasm_bindgen(js_name = formImportText)]
pub fn form_import_text(text: &str) -> Result<String, JsError> {
    report_import::import_text_json(text).map_err(|m| JsError::new(&m))
}

/// For a form mounted into a portal (`window.drReview` in js/index.js): 汇总审查's `method`
/// ("mount", "open", "fromLastYear", "openPaste", "isOpen", "readFiles" with `files`), as `crates/tools-module` exports
/// them; answers whether the dialog is open.
#[wasm_bindgen(js_name = formReview)]
pub fn form_review(method: &str, files: Option<web_sys::FileList>) -> bool {
    match (method, files) {
        ("mount", _) => {
            report_review::mount();
        }
        ("open", _) => report_review::open(),
        ("fromLastYear", _) => report_review::open_from_last_year(),
        ("openPaste", _) => report_review::open_paste(),
        ("readFiles", Some(files)) => report_review::read_files(&files),
        _ => {}
    }
    report_review::is_open()
}

/// For a form mounted into a portal (`window.drReview.importSummary` in js/index.js): the import
/// summary of the form's report (its JSON), or closed (`None`), as `crates/tools-module` draws it.
#[wasm_bindgen(js_name = formImportSummary)]
pub fn form_import_summary(json: Option<String>) {
    report_review::show_import_summary(json);
}

/// For a form mounted into a portal (`window.drReview.formatOffer` in js/index.js): the format
/// offer for the form's report (its JSON), or hidden (`None`), as `crates/tools-module` draws it.
#[wasm_bindgen(js_name = formFormatOffer)]
pub fn form_format_offer(json: Option<String>) {
    report_review::show_format_offer(json);
}

/// For a form mounted into a portal (`window.drReview.importFile` in js/index.js): a file picked
/// or dropped, imported as `crates/tools-module` does.
#[wasm_bindgen(js_name = formImportFile)]
pub fn form_import_file(file: web_sys::File) {
    report_review::import_file(file);
}

/// For a form mounted into a portal (`window.drReview.publishing` in js/index.js): the print
/// preview and 核验 (`action` "preview", "closePreview", "print" or "verify"), as
/// `crates/tools-module` exports them.
#[wasm_bindgen(js_name = formPublishing)]
pub fn form_publishing(action: &str) {
    report_review::publishing(action);
}

/// For a form mounted into a portal (`window.drPublish.call` in js/index.js): the publisher's
/// export `name` (as `crates/publish-module/src/bindings.rs` names them) with the report's JSON
/// text and its other arguments; the Word file's bytes or a text, or an `Error`.
#[wasm_bindgen(js_name = formPublish)]
pub fn form_publish(
    name: &str,
    json: &str,
    b: Option<String>,
    c: Option<String>,
) -> Result<JsValue, JsError> {
    let b = b.unwrap_or_default();
    let c = c.unwrap_or_default();
    let answer = match name {
        "renderDocx" => {
            return report_publish::render_docx_json(json)
                .map(|bytes| js_sys::Uint8Array::from(bytes.as_slice()).into())
                .map_err(|m| JsError::new(&m))
        }
        "renderHtml" => report_publish::render_html_json(json),
        "fingerprint" => report_publish::fingerprint_json(json),
        "verifyCode" => report_publish::verify_code_json(json, &b, &c),
        "verifyCopy" => report_publish::verify_copy_json(json, &b),
        _ => Err(format!("导出功能没有“{name}”")),
    };
    answer
        .map(|s| JsValue::from_str(&s))
        .map_err(|m| JsError::new(&m))
}

/// For a mounted form: a file's bytes (not a PDF) imported, as the report's JSON text.
#[wasm_bindgen(js_name = formImportBytes)]
pub fn form_import_bytes(bytes: &[u8]) -> Result<String, JsError> {
    report_import::import_bytes_json(bytes).map_err(|m| JsError::new(&m))
}

/// For a mounted form: a PDF's text runs (their JSON text) imported, as the report's JSON text.
#[wasm_bindgen(js_name = formImportRuns)]
pub fn form_import_runs(runs: &str) -> Result<String, JsError> {
    report_import::import_runs_json(runs).map_err(|m| JsError::new(&m))
}

/// For a mounted form: the message for a PDF the reader refused, without a function's name.
#[wasm_bindgen(js_name = formPdfErrorMessage)]
pub fn form_pdf_error_message(code: &str, detail: &str) -> String {
    report_import::pdf_error_message(code, detail)
}

/// The sum of several reports of one year: `{ report, repeats }`.
#[wasm_bindgen(js_name = sumReports)]
pub fn sum_reports_js(reports: JsValue) -> Result<JsValue, JsError> {
    let reports = json_arg("sumReports(reports)", &reports)?;
    to_js("sumReports", &api::sum_reports_of(&reports)?)
}

/// A report's indicators of the 对标分析: `[{ key, name, unit, value, status, display, blank }]`.
#[wasm_bindgen(js_name = indicators)]
pub fn indicators_js(report: JsValue) -> Result<JsValue, JsError> {
    let report = json_arg("indicators(report)", &report)?;
    let out = report_analysis::indicators_value(&report).map_err(|m| JsError::new(&m))?;
    to_js("indicators", &out)
}

/// The 对标分析 of a list: `{ indicators, distribution, jumps, risks }`; `options.previous` is
/// last year's reports, compared with but not analysed.
#[wasm_bindgen(js_name = benchmark)]
pub fn benchmark_js(reports: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let reports = json_arg("benchmark(reports)", &reports)?;
    let options = optional_arg("benchmark(options)", &options)?;
    let out = report_analysis::benchmark_value(&reports, options.as_ref())
        .map_err(|m| JsError::new(&m))?;
    to_js("benchmark", &out)
}

/// The printable HTML page of a report.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html_js(report: JsValue) -> Result<String, JsError> {
    let report = json_arg("renderHtml(report)", &report)?;
    Ok(api::render_html(&report)?)
}

/// The report's Word .docx file, as bytes.
#[wasm_bindgen(js_name = renderDocx)]
pub fn render_docx_js(report: JsValue) -> Result<Vec<u8>, JsError> {
    let report = json_arg("renderDocx(report)", &report)?;
    Ok(api::render_docx(&report)?)
}

/// The report's 校验码.
#[wasm_bindgen(js_name = fingerprint)]
pub fn fingerprint_js(report: JsValue) -> Result<String, JsError> {
    let report = json_arg("fingerprint(report)", &report)?;
    Ok(api::fingerprint(&report)?)
}

/// Every official format as data, with the flat list of cell addresses and labels.
#[wasm_bindgen(js_name = formats)]
pub fn formats_js() -> Result<JsValue, JsError> {
    to_js("formats", &api::formats())
}

/// 规则说明: every rule with its code, severity, title, help, what it checks, its basis, an
/// example that fails, the fix and the cells it reads.
#[wasm_bindgen(js_name = rules)]
pub fn rules_js() -> Result<JsValue, JsError> {
    to_js("rules", &report_domain::rules::rule_entries())
}

/// The standard sentence of a topic ("proactive": table 二, "requests": table 三, "appeals":
/// table 四) written from the report's tables.
#[wasm_bindgen(js_name = sentence)]
pub fn sentence_js(report: JsValue, topic: JsValue) -> Result<JsValue, JsError> {
    let report = json_arg("sentence(report)", &report)?;
    // A plain string, not JSON text.
    let topic = topic.as_string().map_or(Value::Null, Value::String);
    Ok(JsValue::from_str(&api::sentence_of(&report, &topic)?))
}

/// An empty report for a report year (all cells `null`), in the format that year requires.
#[wasm_bindgen(js_name = template)]
pub fn template_js(year: JsValue) -> Result<JsValue, JsError> {
    // Numbers only (a year typed as "2021" is refused like any other wrong type); fractions and
    // NaN become values `api::template` refuses with the value in the message.
    let year = match (year.as_f64(), year.as_string()) {
        (Some(y), _) if y.fract() == 0.0 && y.abs() < 1e6 => Value::from(y as i64),
        (Some(y), _) => serde_json::Number::from_f64(y).map_or(Value::Null, Value::Number),
        (None, Some(s)) => Value::String(s),
        (None, None) => optional_arg("template(year)", &year)
            .ok()
            .flatten()
            .unwrap_or(Value::Null),
    };
    to_js("template", &api::template(&year)?)
}
