//! The 校验码 computed by the browser's SubtleCrypto (the app's first load) equals the domain's
//! `fingerprint` (the publisher's SHA-256 in Rust), byte for byte, for reports of both formats
//! with figures, decimals, texts in Chinese, quotes, newlines and an import record.
//! Run with `cargo test --target wasm32-unknown-unknown -p disclosure-report --test code_web`.
#![cfg(target_arch = "wasm32")]

use disclosure_report::components::publish::subtle_code;
use report_domain::export::{canonical_json, fingerprint};
use report_domain::{Cell, Decimal, Report};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Reports that differ in every part the canonical JSON holds.
fn reports() -> Vec<Report> {
    let mut out = vec![Report::for_year(2021), Report::for_year(2019)];
    let mut r = Report::for_year(2021);
    r.meta.agency = "郑县\"商务局\"\\办公室".into();
    assert!(r.set("table3.new.natural", Cell::Int(7)));
    let fee = Decimal::parse("1234.5").expect("a decimal");
    assert!(r.set("table2.fees.amount", Cell::Amount(fee)));
    r.set_text("overview", "一、总体情况\n本年度……“引号”\t制表符 😀");
    out.push(r.clone());
    r.origin = Some(Default::default());
    out.push(r.clone());
    assert!(r.set("table3.new.natural", Cell::Int(8)));
    out.push(r);
    let mut old = Report::for_year(2020);
    old.meta.agency = "某市人民政府".into();
    old.set_text("overview", "x".repeat(20_000));
    out.push(old);
    out
}

#[wasm_bindgen_test]
async fn subtle_crypto_code_equals_the_domain_fingerprint() {
    let mut seen = Vec::new();
    for r in reports() {
        let code = subtle_code(&canonical_json(&r))
            .await
            .expect("the test page is a secure context (localhost)");
        assert_eq!(code, fingerprint(&r), "{}", r.meta.agency);
        seen.push(code);
    }
    // The reports are different and so are their codes (the test could tell them apart), but
    // the import record is not part of the content (reports 3 and 4).
    assert_eq!(seen[2], seen[3]);
    assert_ne!(seen[3], seen[4]);
    assert_ne!(seen[0], seen[1]);
}
