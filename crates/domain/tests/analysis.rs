//! The 对标分析: every indicator of the dictionary on hand-made reports (normal figures, a zero
//! denominator, blank cells, the 2019 format), and the benchmark of a list: jumps, outliers, the
//! risk order, the 汇总 report against its members.

use report_domain::analysis::{
    analysis_html, benchmark, indicators, indicators_csv, parent_differences, Formula, ParentCheck,
    RiskKind, Side, Status, Value, INDICATORS, JUMP_THRESHOLDS,
};
use report_domain::{Cell, Decimal, Report};

/// Sets every entry cell of table 三 and of table 四 to 0, so that nothing
/// read is blank unless a test clears it.
fn zeros(r: &mut Report) {
    let f = r.def();
    for info in &f.index().cells {
        let in3 = info.address.starts_with("table3.");
        let in4 = info.address.starts_with("table4.") && !info.address.ends_with(".total");
        if (in3 || in4) && !info.computed {
            r.set(&info.address, Cell::Int(0));
        }
    }
}

fn set(r: &mut Report, address: &str, v: i64) {
    assert!(r.set(address, Cell::Int(v)), "{address}");
}

/// A report with the figures every expectation below is computed from by hand.
fn normal(year: i32) -> Report {
    let mut r = Report::for_year(year);
    r.meta.agency = "某县商务局".into();
    zeros(&mut r);
    for (row, v) in [
        ("new", 100),
        ("carry", 20),
        ("granted", 50),
        ("partial", 10),
        ("withheld_1", 5),
        ("unavailable_1", 8),
        ("not_processed_1", 7),
        ("forward", 40),
    ] {
        set(&mut r, &format!("table3.{row}.natural"), v);
    }
    for (address, v) in [
        ("review.upheld", 3),
        ("review.corrected", 1),
        ("review.pending", 1),
        ("litigation_direct.upheld", 1),
        ("litigation_direct.corrected", 1),
        ("litigation_after_review.upheld", 2),
        ("litigation_after_review.pending", 1),
    ] {
        set(&mut r, &format!("table4.{address}"), v);
    }
    let issued = if year >= 2021 { "issued" } else { "made" };
    set(&mut r, &format!("table2.regulations.{issued}"), 2);
    set(&mut r, &format!("table2.normative_documents.{issued}"), 5);
    if year >= 2021 {
        set(&mut r, "table2.regulations.in_force", 10);
        set(&mut r, "table2.normative_documents.in_force", 30);
        let fee = Decimal::parse("1.5").expect("decimal");
        assert!(r.set("table2.fees.amount", Cell::Amount(fee)));
    }
    set(&mut r, "table2.licensing.decisions", 200);
    set(&mut r, "table2.penalty.decisions", 50);
    set(&mut r, "table2.coercion.decisions", 4);
    r
}

/// The hand-computed value of each indicator on [`normal`] (2021 format).
const EXPECTED: &[(&str, f64)] = &[
    ("new", 100.0),
    ("received", 120.0),
    ("conclusion_rate", 80.0 / 120.0 * 100.0),
    ("granted_rate", 62.5),
    ("disclosed_rate", 75.0),
    ("withheld_rate", 6.25),
    ("unavailable_rate", 10.0),
    ("not_processed_rate", 8.75),
    ("forward_rate", 40.0 / 120.0 * 100.0),
    ("review_correction_rate", 25.0),
    ("litigation_direct_correction_rate", 50.0),
    ("litigation_after_review_correction_rate", 0.0),
    ("appeals_per_100", 10.0),
    ("regulations_issued", 2.0),
    ("regulations_in_force", 10.0),
    ("normative_issued", 5.0),
    ("normative_in_force", 30.0),
    ("licensing_decisions", 200.0),
    ("penalty_decisions", 50.0),
    ("coercion_decisions", 4.0),
    ("fees_amount", 1.5),
];

fn by_key<'a>(values: &'a [Value], key: &str) -> &'a Value {
    values.iter().find(|v| v.key == key).expect(key)
}

#[test]
fn every_indicator_is_computed_by_hand() {
    assert_eq!(
        EXPECTED.len(),
        INDICATORS.len(),
        "a case for each indicator"
    );
    let values = indicators(&normal(2022));
    for (key, want) in EXPECTED {
        let v = by_key(&values, key);
        assert_eq!(v.status, Status::Ok, "{key}");
        let got = v.value.expect(key);
        assert!((got - want).abs() < 1e-9, "{key}: {got} ≠ {want}");
        assert!(v.blank.is_empty(), "{key}: {:?}", v.blank);
    }
}

#[test]
fn a_zero_denominator_is_not_applicable_and_a_zero_count_is_zero() {
    let mut r = Report::for_year(2022);
    zeros(&mut r);
    for a in ["regulations", "normative_documents"] {
        set(&mut r, &format!("table2.{a}.issued"), 0);
        set(&mut r, &format!("table2.{a}.in_force"), 0);
    }
    for a in ["licensing", "penalty", "coercion"] {
        set(&mut r, &format!("table2.{a}.decisions"), 0);
    }
    set(&mut r, "table2.fees.amount", 0);
    let values = indicators(&r);
    for i in INDICATORS {
        let v = by_key(&values, i.key);
        match i.formula {
            Formula::Ratio { .. } => {
                assert_eq!(v.status, Status::ZeroDenominator, "{}", i.key);
                assert_eq!(v.value, None, "{}: never 0 % or 100 %", i.key);
                assert_eq!(v.display(i), "不适用（分母为0）");
            }
            Formula::Sum(_) => assert_eq!(v.value, Some(0.0), "{}", i.key),
        }
    }
}

#[test]
fn blank_cells_stay_out_and_are_named() {
    // Nothing entered: every indicator has no value, and says which cells are blank.
    let values = indicators(&Report::for_year(2022));
    for i in INDICATORS {
        let v = by_key(&values, i.key);
        assert_eq!(v.status, Status::Blank, "{}", i.key);
        assert!(!v.blank.is_empty(), "{}: the blank cells are named", i.key);
    }
    assert!(by_key(&values, "new").blank[0].starts_with("一、本年新收政府信息公开申请数量"));
    // One reason row left blank: the share is of the rows filled, and the blank one is named.
    let mut r = normal(2022);
    for c in [
        "natural",
        "business",
        "research",
        "public_interest",
        "legal_services",
        "other",
    ] {
        r.set(&format!("table3.withheld_3.{c}"), Cell::Blank);
    }
    let v = by_key(&indicators(&r), "withheld_rate").clone();
    assert_eq!(v.value, Some(6.25));
    assert_eq!(v.blank.len(), 1);
    assert!(v.blank[0].contains("3.危及“三安全一稳定”"), "{:?}", v.blank);
}

#[test]
fn the_2019_format_reads_its_own_cells() {
    let values = indicators(&normal(2020));
    for (key, want) in EXPECTED {
        let v = by_key(&values, key);
        match *key {
            // The 2019 table 二 has no 现行有效件数 and no 收费金额.
            "regulations_in_force" | "normative_in_force" | "fees_amount" => {
                assert_eq!(v.status, Status::Absent, "{key}");
                assert_eq!(v.value, None);
            }
            _ => {
                let got = v.value.unwrap_or_else(|| panic!("{key}: {v:?}"));
                assert!((got - want).abs() < 1e-9, "{key}: {got} ≠ {want}");
            }
        }
    }
}

#[test]
fn totals_given_without_entries_are_read() {
    // An imported report may carry a total and leave its entries blank.
    let mut r = Report::for_year(2022);
    set(&mut r, "table3.new.total", 42);
    assert_eq!(by_key(&indicators(&r), "new").value, Some(42.0));
}

fn unit(agency: &str, year: i32, new: i64) -> Report {
    let mut r = normal(year);
    r.meta.agency = agency.into();
    // Last year's 40 carried over (as the cross-year check wants), and table 三 balanced: the
    // applications beyond the 120 of `normal` are granted.
    set(&mut r, "table3.new.natural", new);
    set(&mut r, "table3.carry.natural", 40);
    set(&mut r, "table3.granted.natural", 70 + new - 100);
    // As many repealed as issued: 现行有效 stays as last year's, as the cross-year check wants.
    set(&mut r, "table2.regulations.repealed", 2);
    set(&mut r, "table2.normative_documents.repealed", 5);
    report_domain::compute(&r)
}

#[test]
fn benchmark_of_two_agencies_over_three_years() {
    let mut list = vec![
        unit("甲局", 2021, 100),
        unit("甲局", 2022, 100),
        unit("甲局", 2023, 400),
        unit("乙局", 2021, 100),
        unit("乙局", 2022, 110),
        unit("乙局", 2023, 120),
    ];
    // Four more units in 2023, one of which receives far more than the others.
    for (name, new) in [("丙局", 105), ("丁局", 115), ("戊局", 125), ("己局", 3000)] {
        list.push(unit(name, 2023, new));
    }
    // 乙局 2023 breaks 一＋二 ＝ （七）总计＋四: an error.
    set(&mut list[5], "table3.forward.natural", 41);
    let refs: Vec<&Report> = list.iter().collect();
    let b = benchmark(&refs, &[], &JUMP_THRESHOLDS);
    assert_eq!(b.indicators.len(), 10);
    // Years newest first; 2023 holds six reports.
    let years: Vec<Option<i32>> = b.distribution.iter().map(|d| d.year).collect();
    assert_eq!(years, vec![Some(2023), Some(2022), Some(2021)]);
    let y2023 = &b.distribution[0];
    assert_eq!(y2023.reports, vec![2, 5, 6, 7, 8, 9]);
    let new = &y2023.indicators[0];
    assert_eq!(new.key, "new");
    // 105 115 120 125 400 3000: P25 at h = 1.25 → 116.25, median 122.5, P75 at h = 3.75 → 331.25.
    assert_eq!(new.p25, Some(116.25));
    assert_eq!(new.median, Some(122.5));
    assert_eq!(new.p75, Some(331.25));
    // IQR 215, upper fence 653.75: 己局's 3000 only.
    assert_eq!(new.outliers, vec![(9, 3000.0, Side::High)]);
    // 甲局 100 → 400 (×4) jumps; 乙局 110 → 120 does not.
    let new_jumps: Vec<(usize, usize)> = b
        .jumps
        .iter()
        .filter(|j| j.key == "new")
        .map(|j| (j.report, j.previous))
        .collect();
    assert_eq!(new_jumps, vec![(2, 1)]);
    // The risk list: 乙局 2023 with its error first.
    let first = &b.risks[0];
    assert_eq!(first.report, 5);
    assert!(first.errors >= 1);
    assert_eq!(first.items[0].kind, RiskKind::Error);
    assert!(
        first.items[0].code.starts_with("T3"),
        "{:?}",
        first.items[0]
    );
    let ranks: Vec<(usize, usize, usize, usize)> = b
        .risks
        .iter()
        .map(|r| (r.errors, r.warnings, r.outliers, r.jumps))
        .collect();
    let mut sorted = ranks.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(ranks, sorted, "ranked by errors, warnings, outliers, jumps");
    assert!(b.risks.iter().any(|r| r.report == 9 && r.outliers >= 1));
    assert!(b.risks.iter().any(|r| r.report == 2 && r.jumps >= 1));
}

#[test]
fn last_years_reports_given_besides_the_list() {
    let now = unit("甲局", 2023, 400);
    let before = unit("甲局", 2022, 100);
    let b = benchmark(&[&now], &[&before], &JUMP_THRESHOLDS);
    assert_eq!(b.indicators.len(), 1);
    assert_eq!(b.distribution.len(), 1);
    assert!(b
        .jumps
        .iter()
        .any(|j| j.key == "new" && j.report == 0 && j.previous == 1));
}

#[test]
fn the_summary_report_against_its_members() {
    let a = unit("甲局", 2023, 100);
    let b = unit("乙局", 2023, 110);
    let mut parent = unit("某县人民政府", 2023, 210);
    // Every entry the sum of the members' but 行政处罚 (100 + 1 there).
    let sum = report_domain::batch::sum_reports([("a", &a), ("b", &b)]).expect("sum");
    for (id, info) in parent.def().index().cells.iter().enumerate() {
        if !info.computed {
            parent.cells[id] = sum.cell(id).clone();
        }
    }
    set(&mut parent, "table2.penalty.decisions", 101);
    let parent = report_domain::compute(&parent);
    let d = parent_differences(("本级", &parent), &[("甲", &a), ("乙", &b)]).expect("same year");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].address, "table2.penalty.decisions");
    assert_eq!(
        (d[0].parent.as_str(), d[0].members.as_str()),
        ("101", "100")
    );
    assert!(d[0].message.contains("行政处罚"), "{}", d[0].message);
    // A member of another year cannot be compared.
    let old = unit("丙局", 2022, 100);
    let e = parent_differences(("本级", &parent), &[("丙", &old)]).unwrap_err();
    assert!(e.to_string().contains("同一年度"), "{e}");
}

#[test]
fn the_csv_and_the_printable_report() {
    let list = [
        unit("甲局", 2022, 100),
        unit("甲局", 2023, 400),
        unit("乙局", 2023, 120),
    ];
    let named: Vec<(&str, &Report)> = vec![
        ("a.json", &list[0]),
        ("b.json", &list[1]),
        ("c.json", &list[2]),
    ];
    let refs: Vec<&Report> = list.iter().collect();
    let b = benchmark(&refs, &[], &JUMP_THRESHOLDS);
    let csv = indicators_csv(&named, &b);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("文件,机关名称,报告年度,依申请新收（件）"),
        "{}",
        lines[0]
    );
    assert!(
        lines[2].starts_with("b.json,甲局,2023,400,"),
        "{}",
        lines[2]
    );
    let parent = ParentCheck {
        parent: 1,
        members: vec![2],
        result: report_domain::analysis::parent_differences(named[1], &[named[2]])
            .map_err(|e| e.to_string()),
    };
    let html = analysis_html(&named, &b, Some(&parent), Some(1));
    for want in [
        "<title>对标分析报告</title>",
        "一、总体情况",
        "二、风险清单",
        "2023年度依申请新收分布",
        "甲局历年依申请总量（新收＋结转）",
        "各报告办理结果构成",
        "（三）不予公开",
        "（二）部分公开</",
        "六、汇总报告与下级报告核对",
        "八、指标说明",
        "2021年版：一、本年新收政府信息公开申请数量 / 总计",
    ] {
        assert!(html.contains(want), "{want}");
    }
    // Every chart has a title and a description, and its figures again as a table.
    let svgs = html.matches("<svg ").count();
    assert!(svgs > 20, "{svgs}");
    assert_eq!(html.matches("<desc id=").count(), svgs);
    assert_eq!(html.matches("<title id=").count(), svgs);
    assert!(html.matches("class=\"report-table chart-data\"").count() >= svgs);
    // No script, nothing loaded.
    assert!(!html.contains("<script"));
    std::fs::write(std::env::temp_dir().join("analysis-report.html"), &html).expect("write");
}
