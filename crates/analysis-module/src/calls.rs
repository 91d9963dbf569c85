//! The module's entry points over plain values: reports as our JSON (docs/json-format.md) in,
//! the analysis as JSON out, or the Chinese message of why not.

use report_domain::analysis::{
    analysis_html, benchmark, indicator_anchor, indicator_help, indicators, indicators_csv,
    parent_differences, table_head, table_rows, Benchmark, ParentCheck, Value as Reading,
    INDICATORS, JUMP_THRESHOLDS,
};
use report_domain::Report;
use serde::Serialize;
use serde_json::{json, Value};

fn report(what: &str, v: &Value) -> Result<Report, String> {
    let parsed;
    let v = match v {
        Value::String(text) => {
            parsed = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'))
                .map_err(|e| format!("{what}：不是有效的 JSON（{e}）"))?;
            &parsed
        }
        v => v,
    };
    if !v.is_object() {
        return Err(format!("{what}：应为年度报告对象"));
    }
    Report::from_json(v).map_err(|e| format!("{what}：{e}"))
}

/// The reports of an array argument; `what` names it without its closing parenthesis
/// ("benchmark(reports"), so an element is named "benchmark(reports[2])".
fn reports(what: &str, v: Option<&Value>) -> Result<Vec<Report>, String> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, r)| report(&format!("{what}[{i}])"), r))
            .collect(),
        Some(_) => Err(format!("{what})：应为年度报告数组")),
    }
}

/// One report's indicators with their names and units, as the JS API's `indicators(report)`
/// answers: `[{ key, name, unit, value, status, display, blank }]`.
fn readings_value(values: &[Reading]) -> Value {
    INDICATORS
        .iter()
        .zip(values)
        .map(|(i, v)| {
            json!({
                "key": i.key,
                "name": i.name,
                "unit": i.unit,
                "value": v.value,
                "status": v.status,
                "display": v.display(i),
                "blank": v.blank,
            })
        })
        .collect()
}

/// Each column's help of the indicator table: "" for the lead columns, then each indicator's
/// 口径说明 with what a zero denominator gives (its help entry, as 规则说明 shows it).
fn help_line() -> Vec<String> {
    let lead = table_head().len() - INDICATORS.len();
    std::iter::repeat_n(String::new(), lead)
        .chain(
            (0..INDICATORS.len())
                .map(|k| indicator_help(k, &[]).map(|h| h.line()).unwrap_or_default()),
        )
        .collect()
}

/// Each column's anchor on the 规则说明 page: "" for the lead columns, then each indicator's.
fn anchors_line() -> Vec<String> {
    let lead = table_head().len() - INDICATORS.len();
    std::iter::repeat_n(String::new(), lead)
        .chain(INDICATORS.iter().map(|i| indicator_anchor(i.key)))
        .collect()
}

/// `indicators(report)`: a report (object or JSON text) → its indicators.
pub fn indicators_value(v: &Value) -> Result<Value, String> {
    let r = report("indicators(report)", v)?;
    Ok(readings_value(&indicators(&r)))
}

fn benchmark_out(b: &Benchmark) -> Value {
    json!({
        "indicators": b.indicators.iter().map(|v| readings_value(v)).collect::<Vec<_>>(),
        "distribution": b.distribution,
        "jumps": b.jumps,
        "risks": b.risks,
    })
}

/// `benchmark(reports, { previous })`: the analysis of a list, with last year's reports given
/// besides it → `{ indicators, distribution, jumps, risks }`.
pub fn benchmark_value(list: &Value, options: Option<&Value>) -> Result<Value, String> {
    if !list.is_array() {
        return Err("benchmark(reports)：应为年度报告数组".into());
    }
    let now = reports("benchmark(reports", Some(list))?;
    let previous = match options {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Object(o)) => {
            if let Some(k) = o.keys().find(|k| *k != "previous") {
                return Err(format!(
                    "benchmark(options)：未知的选项“{k}”（可用：previous）"
                ));
            }
            reports("benchmark(options.previous", o.get("previous"))?
        }
        Some(_) => return Err("benchmark(options)：应为对象".into()),
    };
    let a: Vec<&Report> = now.iter().collect();
    let p: Vec<&Report> = previous.iter().collect();
    Ok(benchmark_out(&benchmark(&a, &p, &JUMP_THRESHOLDS)))
}

/// What the 汇总审查 view shows, from `{ reports: [{ name, report }], parent?: { report,
/// members }, selected? }` (positions in `reports`; each report as our JSON object or text):
/// the indicator table (head, help, rows), its CSV, the 对标分析报告 HTML, and the
/// 汇总 check's differences or its message. Answers JSON text.
pub fn analyze_json(input: &str) -> Result<String, String> {
    let v: Value = serde_json::from_str(input).map_err(|e| format!("分析请求无效：{e}"))?;
    let list = v
        .get("reports")
        .and_then(Value::as_array)
        .ok_or("分析请求无效：缺少报告列表")?;
    let mut names = Vec::new();
    let mut all = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let shown = if name.is_empty() {
            format!("第{}份", i + 1)
        } else {
            name.clone()
        };
        all.push(report(&shown, item.get("report").unwrap_or(&Value::Null))?);
        names.push(name);
    }
    if all.is_empty() {
        return Err("没有可分析的报告".into());
    }
    let named: Vec<(&str, &Report)> = names.iter().map(String::as_str).zip(&all).collect();
    let refs: Vec<&Report> = all.iter().collect();
    let b = benchmark(&refs, &[], &JUMP_THRESHOLDS);
    let position = |x: &Value| x.as_u64().map(|n| n as usize).filter(|&n| n < all.len());
    let parent = v.get("parent").and_then(|p| {
        let at = position(p.get("report")?)?;
        let members: Vec<usize> = p
            .get("members")?
            .as_array()?
            .iter()
            .filter_map(position)
            .filter(|&m| m != at)
            .collect();
        let result = if members.is_empty() {
            Err("请至少选择一份下级报告".to_string())
        } else {
            let m: Vec<(&str, &Report)> = members.iter().map(|&m| named[m]).collect();
            parent_differences(named[at], &m).map_err(|e| e.to_string())
        };
        Some(ParentCheck {
            parent: at,
            members,
            result,
        })
    });
    let selected = v.get("selected").and_then(position);
    let html = analysis_html(&named, &b, parent.as_ref(), selected);
    let (differences, parent_error) = match parent.as_ref().map(|p| &p.result) {
        Some(Ok(d)) => (json!(d), Value::Null),
        Some(Err(m)) => (Value::Null, json!(m)),
        None => (Value::Null, Value::Null),
    };
    // Written straight to text, without a JSON tree in between; the view needs no more than
    // this (the JS API's `benchmark` gives the figures themselves), so thousands of reports'
    // readings are not serialised for nothing.
    let out = Analysis {
        head: table_head(),
        help: help_line(),
        anchors: anchors_line(),
        rows: table_rows(&named, &b),
        csv: indicators_csv(&named, &b),
        html,
        differences,
        parent_error,
    };
    serde_json::to_string(&out).map_err(|e| format!("对标分析结果无法写出：{e}"))
}

/// What [`analyze_json`] answers (read by crates/review-module/src/batch/analysis.rs).
#[derive(Serialize)]
struct Analysis {
    /// The indicator table's header line.
    head: Vec<String>,
    /// Each column's help (the indicator's 口径说明), shown on hover; "" for the lead columns.
    help: Vec<String>,
    /// Each column's entry on the 规则说明 page ("indicator-new"); "" for the lead columns.
    anchors: Vec<String>,
    /// The indicator table's lines, in list order.
    rows: Vec<Vec<String>>,
    /// The indicator table as CSV.
    csv: String,
    /// The 对标分析报告.
    html: String,
    /// The 汇总 check's differences, when one was asked for and could be made.
    differences: Value,
    /// Why the 汇总 check could not be made.
    #[serde(rename = "parentError")]
    parent_error: Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_refusals() {
        let mut r = Report::for_year(2023);
        r.meta.agency = "某县商务局".into();
        r.set("table3.new.natural", report_domain::Cell::Int(5));
        let json_text = r.to_json_string();
        let one: Value = serde_json::from_str(&json_text).expect("json");
        let v = indicators_value(&one).expect("indicators");
        assert_eq!(v[0]["key"], "new");
        assert_eq!(v[0]["value"], 5.0);
        assert_eq!(v[2]["status"], "blank");
        let b = benchmark_value(&json!([one.clone(), json_text.clone()]), None).expect("b");
        assert_eq!(b["indicators"].as_array().map(Vec::len), Some(2));
        assert!(b["risks"].is_array() && b["jumps"].is_array());
        assert!(benchmark_value(&json!({}), None)
            .unwrap_err()
            .contains("数组"));
        assert!(benchmark_value(&json!([]), Some(&json!({"x": 1})))
            .unwrap_err()
            .contains("未知的选项"));
        assert!(indicators_value(&json!(3))
            .unwrap_err()
            .contains("indicators(report)"));
        let input = json!({
            "reports": [{"name": "a.json", "report": one}, {"name": "b.json", "report": json_text}],
            "parent": {"report": 0, "members": [1]},
        });
        let out: Value =
            serde_json::from_str(&analyze_json(&input.to_string()).expect("a")).expect("json");
        assert!(out["csv"].as_str().expect("csv").starts_with('\u{feff}'));
        assert!(out["html"].as_str().expect("html").contains("对标分析报告"));
        assert_eq!(out["rows"].as_array().map(Vec::len), Some(2));
        // Each indicator's column links to its entry of 规则说明.
        assert_eq!(out["anchors"][0], "");
        assert_eq!(out["anchors"][3], "indicator-new");
        assert_eq!(
            out["anchors"].as_array().map(Vec::len),
            out["head"].as_array().map(Vec::len)
        );
        // Two reports of one agency and year are their own sum: no difference.
        assert_eq!(out["differences"], json!([]));
        assert!(analyze_json("{").unwrap_err().contains("分析请求无效"));
        assert_eq!(
            analyze_json("{\"reports\":[]}").unwrap_err(),
            "没有可分析的报告"
        );
    }
}
