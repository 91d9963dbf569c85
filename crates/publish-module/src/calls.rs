//! The module's entry points over plain values: the report's JSON text in, the file or the
//! 校验码 out, or the Chinese message of why not.

use report_domain::export::{fingerprint, verify_code, verify_copy, Verdict};
use report_domain::{report_html, Report};
use serde_json::{json, Value};

use crate::docx::render_docx;

fn report(json: &str) -> Result<Report, String> {
    Report::from_json_str(json).map_err(|e| format!("报告数据无效：{e}"))
}

/// The .docx of a report given as our JSON text (docs/json-format.md), totals as stored.
pub fn render_docx_json(json: &str) -> Result<Vec<u8>, String> {
    let bytes = render_docx(&report(json)?);
    if bytes.is_empty() {
        return Err("生成 Word 文件失败".into());
    }
    Ok(bytes)
}

/// The printable page of a report given as our JSON text, with its data and 校验码.
pub fn render_html_json(json: &str) -> Result<String, String> {
    Ok(report_html(&report(json)?))
}

/// The 校验码 of a report given as our JSON text.
pub fn fingerprint_json(json: &str) -> Result<String, String> {
    Ok(fingerprint(&report(json)?))
}

/// A verdict for the page: `{ status, message, cells }` (status "match", "differs",
/// "unknown" or "malformed"; the message in Chinese; the addresses of the cells that differ).
fn verdict_json(v: &Verdict) -> String {
    let status = match v {
        Verdict::Match { .. } => "match",
        Verdict::Differs { .. } => "differs",
        Verdict::Unknown { .. } => "unknown",
        Verdict::Malformed => "malformed",
    };
    let cells: Vec<Value> = match v {
        Verdict::Differs { differences, .. } => differences
            .iter()
            .filter_map(|d| d.address.clone().map(Value::from))
            .collect(),
        _ => Vec::new(),
    };
    json!({ "status": status, "message": v.message(), "cells": cells }).to_string()
}

/// 核验 of a code typed from paper against the draft (our JSON text) and the versions exported
/// earlier (`known`, a JSON array of reports; "" for none).
pub fn verify_code_json(draft: &str, typed: &str, known: &str) -> Result<String, String> {
    let draft = report(draft)?;
    let known: Vec<Report> = match serde_json::from_str::<Vec<Value>>(known) {
        Ok(list) => list
            .iter()
            .filter_map(|v| Report::from_json(v).ok())
            .collect(),
        Err(_) => Vec::new(),
    };
    Ok(verdict_json(&verify_code(&draft, typed, &known)))
}

/// 核验 of a copy (the report a file was read back as, our JSON text) against the draft.
pub fn verify_copy_json(draft: &str, copy: &str) -> Result<String, String> {
    Ok(verdict_json(&verify_copy(&report(draft)?, &report(copy)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_refusals() {
        let json = Report::for_year(2021).to_json_string();
        assert!(render_docx_json(&json).expect("docx").starts_with(b"PK"));
        assert!(render_html_json(&json).expect("html").contains("校验码："));
        assert_eq!(fingerprint_json(&json).expect("code").len(), 14);
        let v: Value = serde_json::from_str(&verify_code_json(&json, "12", "").unwrap()).unwrap();
        assert_eq!(v["status"], "malformed");
        let code = fingerprint_json(&json).unwrap();
        let v: Value =
            serde_json::from_str(&verify_code_json(&json, &code, "[]").unwrap()).unwrap();
        assert_eq!(v["status"], "match");
        let mut other = Report::for_year(2021);
        assert!(other.set("table3.new.natural", report_domain::Cell::Int(1)));
        let v: Value =
            serde_json::from_str(&verify_copy_json(&json, &other.to_json_string()).unwrap())
                .unwrap();
        assert_eq!(v["status"], "differs");
        assert_eq!(v["cells"], json!(["table3.new.natural"]));
        let bad = render_docx_json("{").unwrap_err();
        assert!(bad.starts_with("报告数据无效"), "{bad}");
    }
}
