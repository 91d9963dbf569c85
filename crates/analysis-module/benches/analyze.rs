//! Where the time of one 对标分析 goes, natively: `cargo bench -p report-analysis --bench
//! analyze` (SIZES=1000,5000 by default). The figure that counts is bench/analysis.mjs's, in
//! Chromium; this one splits the call into its stages to find the slow ones. It prints figures,
//! it asserts nothing about speed.

use std::time::Instant;

use report_analysis::analyze_json;
use report_domain::analysis::{
    analysis_html, benchmark, indicators, indicators_csv, table_rows, JUMP_THRESHOLDS,
};
use report_domain::batch::previous_years;
use report_domain::{compute, validate, Report};
use serde_json::{json, Value};

/// `n` reports as bench/analysis.mjs generates them: agency k has a 2022 report and, for every
/// other k, a 2023 one; tables 三 and 四 zero but for a few varied figures.
fn generate(n: usize) -> String {
    let mut base = Report::for_year(2022).to_json();
    for t in ["table3", "table4"] {
        if let Some(rows) = base[t].as_object_mut() {
            for row in rows.values_mut() {
                if let Some(cols) = row.as_object_mut() {
                    for c in cols.values_mut() {
                        *c = json!(0);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut k = 0usize;
    while out.len() < n {
        let years: &[i64] = if k % 2 == 1 { &[2022] } else { &[2022, 2023] };
        for &year in years {
            if out.len() >= n {
                break;
            }
            let mut r = base.clone();
            r["meta"]["agency"] = json!(format!("第{k}局"));
            r["meta"]["year"] = json!(year);
            let received = 10 + ((k as i64 * 37 + year) % 200);
            r["table3"]["new"]["natural"] = json!(received);
            r["table3"]["granted"]["natural"] = json!(received - (k % 5) as i64);
            r["table3"]["withheld_1"]["natural"] = json!(k % 5);
            r["table4"]["review"]["upheld"] = json!(k % 3);
            r["table4"]["review"]["corrected"] = json!(k % 2);
            let report = Report::from_json(&r).expect("generated report");
            out.push(json!({ "name": format!("r{}.json", out.len()), "report": compute(&report).to_json() }));
        }
        k += 1;
    }
    json!({ "reports": out }).to_string()
}

fn main() {
    let sizes: Vec<usize> = std::env::var("SIZES")
        .unwrap_or_else(|_| "1000,5000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    for n in sizes {
        let body = generate(n);
        let _ = analyze_json(&body); // warm the format indexes
        let t = Instant::now();
        let out = analyze_json(&body).expect("analysis");
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let v: Value = serde_json::from_str(&out).expect("json");
        println!(
            "{n} reports ({:.1} MB in, {:.1} MB out, report {:.1} MB): analyze_json {ms:.0} ms",
            body.len() as f64 / 1e6,
            out.len() as f64 / 1e6,
            v["html"].as_str().map_or(0, str::len) as f64 / 1e6
        );
        stages(&body);
    }
}

/// Times one stage and prints it.
fn timed<T>(stage: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    println!("  {stage:<28} {:>7.1} ms", t.elapsed().as_secs_f64() * 1e3);
    out
}

/// The stages of `analyze_json`, one by one.
fn stages(body: &str) {
    let v: Value = timed("parse JSON", || serde_json::from_str(body).expect("json"));
    let list = v["reports"].as_array().expect("reports");
    let reports: Vec<Report> = timed("Report::from_json", || {
        list.iter()
            .map(|i| Report::from_json(&i["report"]).expect("report"))
            .collect()
    });
    let names: Vec<String> = list
        .iter()
        .map(|i| i["name"].as_str().unwrap_or_default().to_string())
        .collect();
    let refs: Vec<&Report> = reports.iter().collect();
    let named: Vec<(&str, &Report)> = names.iter().map(String::as_str).zip(&reports).collect();
    timed("indicators", || {
        refs.iter().map(|r| indicators(r)).collect::<Vec<_>>()
    });
    let last = timed("previous_years", || previous_years(&refs));
    timed("validate", || {
        refs.iter()
            .zip(&last)
            .map(|(r, p)| validate(r, p.map(|i| refs[i])))
            .collect::<Vec<_>>()
    });
    let b = timed("benchmark (all)", || {
        benchmark(&refs, &[], &JUMP_THRESHOLDS)
    });
    timed("table_rows", || table_rows(&named, &b));
    timed("indicators_csv", || indicators_csv(&named, &b));
    timed("analysis_html", || analysis_html(&named, &b, None, None));
}
