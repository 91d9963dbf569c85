//! Warming the module up where it runs: one small analysis right after the module is
//! instantiated, so the browser has compiled its hot code to optimised machine code before the
//! first real list arrives.
//!
//! Why: Chromium first runs WebAssembly from a quick baseline compile and optimises each
//! function only once it has run a while, on a background thread, and the call already running
//! keeps the baseline code. Unwarmed, the first analysis of 1,000 reports took 3–5 times as long
//! as the second (bench/analysis.mjs); warmed by this one of 40, it takes little more.

use report_domain::model::SCHEMA_VERSION;
use report_domain::sample::SAMPLE_JSON;
use serde_json::{json, Value};

use crate::calls::analyze_json;

/// How many reports the warm-up analyses: enough that every stage runs its loops many times
/// over, few enough to take a fraction of the module's load.
const WARM_REPORTS: usize = 40;

/// The request of the warm-up: the sample report for 20 agencies over two years, figures varied
/// so that distributions, outliers, jumps and risks are all computed.
pub fn warm_request() -> String {
    let sample: Value = serde_json::from_str(SAMPLE_JSON).unwrap_or(Value::Null);
    let reports: Vec<Value> = (0..WARM_REPORTS)
        .map(|k| {
            let mut r = sample.clone();
            // Read as the app writes reports today, by the same path as a real list's.
            r["schema_version"] = json!(SCHEMA_VERSION);
            r["meta"]["agency"] = json!(format!("第{}局", k / 2));
            r["meta"]["year"] = json!(2021 + (k % 2) as i64);
            if let Some(cell) = r.pointer_mut("/table3/new/natural") {
                *cell = json!(k * 7 % 50);
            }
            json!({ "name": format!("r{k}.json"), "report": r })
        })
        .collect();
    json!({ "reports": reports, "parent": { "report": 0, "members": [2, 4] } }).to_string()
}

/// Runs the warm-up analysis; what it finds is of no use and dropped.
pub fn warm_up() {
    let _ = analyze_json(&warm_request());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warm_up_runs_every_stage() {
        // A request the analysis reads whole: every report, the 汇总 check and the report.
        let out: Value =
            serde_json::from_str(&analyze_json(&warm_request()).expect("analysis")).expect("json");
        assert_eq!(out["rows"].as_array().map(Vec::len), Some(WARM_REPORTS));
        assert!(out["differences"].is_array());
        assert!(out["html"]
            .as_str()
            .is_some_and(|h| h.contains("四、同比变化")));
    }
}
