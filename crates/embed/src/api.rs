//! The API in plain Rust over JSON values, so that every check of the input is testable natively;
//! `bindings.rs` only converts between JavaScript and these values.
//!
//! Every error is a Chinese sentence naming the function and the offending place, e.g.
//! "validate(report)：table3.new.natural：应为整数或 null".

use report_domain::batch::{repeats, sum_reports};
use report_domain::compose::{sentence, Topic};
use report_domain::fix::{apply_fix, Fix};
use report_domain::format::{CellKind, FORMATS};
use report_domain::import::{
    import_bytes, import_placed, sniff, FileKind, ImportError, PlacedText,
};
use report_domain::rules::ClaimRead;
use report_domain::{compute, import, report_html, validate, Diagnostic, InputKind, Report};
use serde::Serialize;
use serde_json::{Map, Value};

/// Why a call was refused: a complete message for the thrown JavaScript `Error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError(pub String);

impl ApiError {
    /// An error about argument `what` ("validate(report)", "template(year)").
    pub fn new(what: &str, message: impl std::fmt::Display) -> ApiError {
        ApiError(format!("{what}：{message}"))
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads a report argument strictly (unknown keys, wrong types and out-of-range values refused).
pub fn read_report(what: &str, v: &Value) -> Result<Report, ApiError> {
    if !v.is_object() {
        return Err(ApiError::new(
            what,
            format!("应为年度报告对象（收到{}）", type_name(v)),
        ));
    }
    Report::from_json(v).map_err(|e| ApiError::new(what, e))
}

/// A report given as an object or as its JSON text (as `options.previous` and the elements of
/// `sumReports` may be).
fn read_report_or_text(what: &str, v: &Value) -> Result<Report, ApiError> {
    match v {
        Value::String(text) => {
            let parsed = serde_json::from_str(text.trim_start_matches('\u{feff}'))
                .map_err(|e| ApiError::new(what, json_syntax(&e)))?;
            read_report(what, &parsed)
        }
        v => read_report(what, v),
    }
}

/// The options argument as an object whose keys are all in `known` (`null` = no options).
fn read_options<'a>(
    what: &str,
    v: Option<&'a Value>,
    known: &[&str],
) -> Result<Option<&'a Map<String, Value>>, ApiError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(map)) => {
            if let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
                return Err(ApiError::new(
                    what,
                    format!("未知的选项“{k}”（可用：{}）", known.join("、")),
                ));
            }
            Ok(Some(map))
        }
        Some(other) => Err(ApiError::new(
            what,
            format!("应为对象（收到{}）", type_name(other)),
        )),
    }
}

/// Every finding of the rules; `options.previous` is last year's report (for T3-5, T2-2, S-7).
pub fn validate_report(
    report: &Value,
    options: Option<&Value>,
) -> Result<Vec<Diagnostic>, ApiError> {
    let report = read_report("validate(report)", report)?;
    let options = read_options("validate(options)", options, &["previous"])?;
    let previous = match options.and_then(|o| o.get("previous")) {
        None | Some(Value::Null) => None,
        // Last year's report may come as JSON text, like the report itself.
        Some(p) => Some(read_report_or_text("validate(options.previous)", p)?),
    };
    Ok(validate(&report, previous.as_ref()))
}

/// One figure as `readClaims` gives it: the domain's [`ClaimRead`] and the line the form shows
/// for it ([`ClaimRead::describe`]).
#[derive(Debug, Serialize)]
pub struct ClaimOut {
    /// The figure as the checks read it.
    #[serde(flatten)]
    pub claim: ClaimRead,
    /// "2件 ↔ 表三 一、本年新收… / 总计 = 0（不一致）", as the form words it.
    pub describe: String,
}

/// The figures the text checks read in the narrative, each with the cells it was compared with:
/// `[{ part, start, end, text, reading, cells, value, expected, status, describe }]` (offsets in
/// UTF-16 code units, as JavaScript strings count).
pub fn read_claims_of(report: &Value) -> Result<Vec<ClaimOut>, ApiError> {
    let report = read_report("readClaims(report)", report)?;
    Ok(report_domain::rules::read_claims(&report)
        .into_iter()
        .map(|claim| ClaimOut {
            describe: claim.describe(),
            claim,
        })
        .collect())
}

/// The report with every total cell computed from the entries.
pub fn compute_report(report: &Value) -> Result<Value, ApiError> {
    let report = read_report("compute(report)", report)?;
    Ok(compute(&report).to_json())
}

/// The report with a finding's quick fix applied (`fix` as `validate` gives it in `fixes`).
pub fn apply_fix_to(report: &Value, fix: &Value) -> Result<Value, ApiError> {
    let report = read_report("applyFix(report)", report)?;
    let fix: Fix = serde_json::from_value(fix.clone()).map_err(|e| {
        ApiError::new(
            "applyFix(fix)",
            format!("应为 validate 给出的修正 {{ label, edits }}（{e}）"),
        )
    })?;
    apply_fix(&report, &fix)
        .map(|r| r.to_json())
        .map_err(|e| ApiError::new("applyFix(fix)", e))
}

/// The standard sentence of a topic ("proactive", "requests" or "appeals") from the report's
/// tables.
pub fn sentence_of(report: &Value, topic: &Value) -> Result<String, ApiError> {
    let report = read_report("sentence(report)", report)?;
    let topic = topic.as_str().and_then(Topic::from_key).ok_or_else(|| {
        let keys: Vec<String> = Topic::ALL
            .iter()
            .map(|t| format!("\"{}\"", t.key()))
            .collect();
        ApiError::new("sentence(topic)", format!("应为 {}", keys.join("、")))
    })?;
    sentence(&report, topic).map_err(|e| ApiError::new("sentence(report)", e))
}

/// The printable HTML page of a report (official layout, A4 print CSS).
pub fn render_html(report: &Value) -> Result<String, ApiError> {
    let report = read_report("renderHtml(report)", report)?;
    Ok(report_html(&report))
}

/// The report as a Word .docx file in the official layout (its data and 校验码 inside).
pub fn render_docx(report: &Value) -> Result<Vec<u8>, ApiError> {
    let report = read_report("renderDocx(report)", report)?;
    Ok(report_publish::render_docx(&report))
}

/// The 校验码 the report's published copies print ("3F2A-91C0-7B4E").
pub fn fingerprint(report: &Value) -> Result<String, ApiError> {
    let report = read_report("fingerprint(report)", report)?;
    Ok(report_domain::export::fingerprint(&report))
}

/// A report read from pasted text, a saved web page or our JSON: `{ report, notes }`.
/// `options.kind` is "auto" (default), "text", "html" or "json".
pub fn parse_report(input: &str, options: Option<&Value>) -> Result<Value, ApiError> {
    let options = read_options("parseReport(options)", options, &["kind"])?;
    let kind = match options.and_then(|o| o.get("kind")) {
        None | Some(Value::Null) => InputKind::Auto,
        Some(Value::String(s)) => match s.as_str() {
            "auto" => InputKind::Auto,
            "text" => InputKind::Text,
            "html" => InputKind::Html,
            "json" => InputKind::Json,
            other => {
                return Err(ApiError::new(
                    "parseReport(options.kind)",
                    format!("未知的类型“{other}”，应为 \"auto\"、\"text\"、\"html\" 或 \"json\""),
                ))
            }
        },
        Some(other) => {
            return Err(ApiError::new(
                "parseReport(options.kind)",
                format!("应为文字（收到{}）", type_name(other)),
            ))
        }
    };
    let imported = import(input, kind).map_err(|e| ApiError::new("parseReport(input)", e))?;
    let mut out = Map::new();
    out.insert("report".into(), imported.report.to_json());
    out.insert("notes".into(), imported.notes.into());
    Ok(Value::Object(out))
}

/// `{ report, notes }` of an import.
fn parsed(imported: report_domain::Imported) -> Value {
    let mut out = Map::new();
    out.insert("report".into(), imported.report.to_json());
    out.insert("notes".into(), imported.notes.into());
    Value::Object(out)
}

/// What a file's bytes are, by content: "pdf", "docx", "zip", "doc", "mhtml", "html", "json"
/// or "text".
pub fn file_kind(bytes: &[u8]) -> &'static str {
    match sniff(bytes) {
        FileKind::Pdf => "pdf",
        FileKind::Docx => "docx",
        FileKind::Zip => "zip",
        FileKind::OldWord => "doc",
        FileKind::Mhtml => "mhtml",
        FileKind::Html => "html",
        FileKind::Json => "json",
        FileKind::Text => "text",
    }
}

/// A file's bytes read by content (a page, a text, our JSON): `{ report, notes }`.
pub fn parse_bytes(bytes: &[u8]) -> Result<Value, ApiError> {
    import_bytes(bytes, InputKind::Auto)
        .map(parsed)
        .map_err(|e| ApiError::new("parseFile(bytes)", e))
}

/// A PDF's text runs with their positions (`[{ page, x, y, width, height, text }]`, from
/// pdf.js): `{ report, notes }`.
pub fn parse_placed(runs: &Value) -> Result<Value, ApiError> {
    let runs: Vec<PlacedText> = serde_json::from_value(runs.clone())
        .map_err(|e| ApiError::new("parseFile(bytes)", format!("PDF 文字读取结果无效（{e}）")))?;
    import_placed(&runs)
        .map(parsed)
        .map_err(|e| ApiError::new("parseFile(bytes)", e))
}

/// The message for a PDF the reader refused: `code` "encrypted", else unreadable.
pub fn pdf_error_message(code: &str, detail: &str) -> String {
    ApiError::new("parseFile(bytes)", ImportError::pdf_refused(code, detail)).0
}

/// The sum of several reports of one year: `{ report, repeats }`, the summed report (entry
/// cells added, totals computed) and a Chinese warning for each agency and year given more than
/// once. Each element is a report object or its JSON text; reports are named "第N份".
pub fn sum_reports_of(reports: &Value) -> Result<Value, ApiError> {
    const WHAT: &str = "sumReports(reports)";
    let Value::Array(list) = reports else {
        return Err(ApiError::new(
            WHAT,
            format!("应为年度报告数组（收到{}）", type_name(reports)),
        ));
    };
    let read = list
        .iter()
        .enumerate()
        .map(|(i, v)| read_report_or_text(&format!("sumReports(reports[{i}])"), v))
        .collect::<Result<Vec<Report>, ApiError>>()?;
    let names: Vec<String> = (1..=read.len()).map(|i| format!("第{i}份")).collect();
    let named = || names.iter().map(String::as_str).zip(&read);
    let sum = sum_reports(named()).map_err(|e| ApiError::new(WHAT, e))?;
    let repeats: Vec<String> = repeats(named()).iter().map(|r| r.message()).collect();
    let mut out = Map::new();
    out.insert("report".into(), sum.to_json());
    out.insert("repeats".into(), repeats.into());
    Ok(Value::Object(out))
}

/// One cell of a format, for portals that build their own form.
#[derive(Debug, Serialize)]
struct CellEntry {
    address: String,
    label: String,
    kind: CellKind,
    computed: bool,
}

/// Every format declaration (newest first), each with its flat list of cells:
/// `[{ id, name, notice, sections, tables, cells: [{ address, label, kind, computed }] }]`.
pub fn formats() -> Value {
    let list = FORMATS
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(f).unwrap_or(Value::Null);
            let cells: Vec<CellEntry> = f
                .index()
                .cells
                .iter()
                .enumerate()
                .map(|(id, c)| CellEntry {
                    address: c.address.clone(),
                    label: f.cell_label(id),
                    kind: c.kind,
                    computed: c.computed,
                })
                .collect();
            if let Value::Object(map) = &mut v {
                map.insert(
                    "cells".into(),
                    serde_json::to_value(cells).unwrap_or(Value::Null),
                );
            }
            v
        })
        .collect();
    Value::Array(list)
}

/// An empty report (every cell `null`) for a report year, in the format that year requires.
pub fn template(year: &Value) -> Result<Value, ApiError> {
    let year = year
        .as_i64()
        .filter(|y| (1900..=9999).contains(y))
        .ok_or_else(|| {
            ApiError::new(
                "template(year)",
                format!("应为四位数年份（收到{}）", type_name(year)),
            )
        })?;
    // In range by the filter above, so the conversion cannot truncate.
    Ok(Report::for_year(year as i32).to_json())
}

/// The Chinese message for JSON text that does not parse.
pub fn json_syntax(e: &serde_json::Error) -> String {
    format!(
        "不是有效的 JSON 文字（第 {} 行第 {} 列附近有误）",
        e.line(),
        e.column()
    )
}

/// A short Chinese description of a value's JSON type, for error messages.
pub fn type_name(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("布尔值 {b}"),
        Value::Number(n) => format!("数字 {n}"),
        Value::String(s) if s.chars().count() > 20 => "文字".into(),
        Value::String(s) => format!("文字“{s}”"),
        Value::Array(_) => "数组".into(),
        Value::Object(_) => "对象".into(),
    }
}
