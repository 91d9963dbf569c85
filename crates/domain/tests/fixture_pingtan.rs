//! The 2021 Pingtan report, transcribed by hand from
//! tests/fixtures/2021-pingtan-flattened.txt (its table cells run together; the row totals
//! and column identities give the only split of every table 三/四 row) into
//! `fixtures/pingtan-2021.json`. Its tables are internally consistent, so no arithmetic rule
//! may fire on it; the seed report (all zeros) likewise.

use report_domain::{validate, Cell, Report, ReportKind};

mod common;
use common::{pingtan, seed};

const ARITHMETIC: [&str; 5] = ["T3-1", "T3-2", "T3-3", "T4-1", "T2-1"];

fn codes(r: &Report) -> Vec<&'static str> {
    validate(r, None).iter().map(|d| d.code).collect()
}

#[test]
fn reads_what_the_page_says() {
    let r = pingtan();
    assert_eq!(r.meta.agency, "平潭综合实验区");
    assert_eq!(r.meta.year, Some(2021));
    assert_eq!(r.meta.kind, ReportKind::Government);
    assert_eq!(r.meta.published, "2022-02-08");
    let int = |a: &str| r.get(a).and_then(Cell::int);
    // "640020470" = 64|0|0|2|0|4|70
    assert_eq!(int("table3.new.natural"), Some(64));
    assert_eq!(int("table3.new.public_interest"), Some(2));
    assert_eq!(int("table3.new.other"), Some(4));
    assert_eq!(int("table3.new.total"), Some(70));
    // "220000325" = 22|0|0|0|0|3|25
    assert_eq!(int("table3.unavailable_1.natural"), Some(22));
    assert_eq!(int("table3.unavailable_1.other"), Some(3));
    assert_eq!(int("table3.total.total"), Some(69));
    assert_eq!(int("table3.forward.total"), Some(1));
    // "10203120001200000" = 1|0|2|0|3 · 12|0|0|0|12 · 0|0|0|0|0
    assert_eq!(int("table4.review.other"), Some(2));
    assert_eq!(int("table4.review.total"), Some(3));
    assert_eq!(int("table4.litigation_direct.upheld"), Some(12));
    assert_eq!(int("table4.litigation_after_review.total"), Some(0));
    assert_eq!(int("table2.licensing.decisions"), Some(2293));
    assert_eq!(int("table2.penalty.decisions"), Some(1282));
    assert_eq!(int("table2.coercion.decisions"), Some(42));
    assert_eq!(
        r.get("table2.fees.amount").map(Cell::display),
        Some("24252.311082".into())
    );
    assert!(r
        .text("overview_on_request")
        .contains("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理"));
    assert_eq!(r.text("other_matters"), "2021年，无收取信息处理费情况。");
    let origin = r.origin.as_ref().expect("import record");
    assert_eq!(origin.uncertain.len(), 1);
    assert_eq!(origin.uncertain[0].row, "table2.normative_documents");
    assert!(origin.uncertain[0].candidates.contains(&vec![69, 3, 665]));
}

#[test]
fn passes_every_arithmetic_rule() {
    let found = codes(&pingtan());
    for code in ARITHMETIC {
        assert!(!found.contains(&code), "{code} fired: {found:?}");
    }
}

#[test]
fn passes_the_structural_rules_too() {
    let found = codes(&pingtan());
    for code in ["T3-4", "S-1", "S-2", "T3-7", "P-1"] {
        assert!(!found.contains(&code), "{code} fired: {found:?}");
    }
}

#[test]
fn one_wrong_digit_is_caught_at_its_cells() {
    let mut r = pingtan();
    r.set("table3.granted.natural", Cell::Int(28));
    let diags = validate(&r, None);
    let t3_2: Vec<_> = diags.iter().filter(|d| d.code == "T3-2").collect();
    let t3_3: Vec<_> = diags.iter().filter(|d| d.code == "T3-3").collect();
    assert_eq!(t3_2.len(), 1);
    assert_eq!(t3_2[0].cells[0], "table3.total.natural");
    assert_eq!(
        t3_2[0].message,
        "自然人列：（七）总计填写为 63，各项办理结果之和为 64，相差 1"
    );
    assert_eq!(t3_3.len(), 1);
    assert_eq!(t3_3[0].cells[0], "table3.granted.total");
    assert!(diags.iter().all(|d| d.code != "T3-1"));
}

#[test]
fn survives_export_and_import() {
    let r = pingtan();
    assert_eq!(Report::from_json_str(&r.to_json_string()), Ok(r));
}

#[test]
fn the_seed_passes_every_arithmetic_rule() {
    let found = codes(&seed());
    for code in ARITHMETIC {
        assert!(!found.contains(&code), "{code} fired: {found:?}");
    }
}
