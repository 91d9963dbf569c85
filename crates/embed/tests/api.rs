//! The API's argument checks in plain Rust (the JS layer only converts values); the same
//! behaviour through WebAssembly is tested by tests/node/embed.test.mjs.

use report_embed::api::{
    compute_report, formats, parse_report, read_claims_of, render_html, sum_reports_of, template,
    validate_report,
};
use serde_json::{json, Value};

fn seed() -> Value {
    let text = report_domain::sample::SAMPLE_JSON;
    serde_json::from_str(text).expect("seed fixture is JSON")
}

#[test]
fn seed_validates_without_errors_and_a_broken_copy_has_t3_1() {
    let diags = validate_report(&seed(), None).expect("seed reads");
    assert!(diags
        .iter()
        .all(|d| d.severity == report_domain::Severity::Warning));
    let mut broken = seed();
    broken["table3"]["new"]["natural"] = json!(1);
    let diags = validate_report(&broken, None).expect("broken copy reads");
    let t31: Vec<_> = diags.iter().filter(|d| d.code == "T3-1").collect();
    assert_eq!(t31.len(), 1);
    assert_eq!(t31[0].cells[0], "table3.new.natural");
}

#[test]
fn options_are_checked() {
    let e = validate_report(&seed(), Some(&json!({"prev": {}}))).unwrap_err();
    assert_eq!(e.0, "validate(options)：未知的选项“prev”（可用：previous）");
    let e = validate_report(&seed(), Some(&json!([1]))).unwrap_err();
    assert_eq!(e.0, "validate(options)：应为对象（收到数组）");
    let e = validate_report(&seed(), Some(&json!({"previous": "{"}))).unwrap_err();
    assert!(
        e.0.starts_with("validate(options.previous)：不是有效的 JSON 文字"),
        "{e}"
    );
    assert!(validate_report(&seed(), Some(&json!({"previous": null}))).is_ok());
    let e = parse_report("x", Some(&json!({"kind": 3}))).unwrap_err();
    assert_eq!(e.0, "parseReport(options.kind)：应为文字（收到数字 3）");
}

#[test]
fn reports_are_read_strictly() {
    for (input, want) in [
        (json!(null), "compute(report)：应为年度报告对象（收到null）"),
        (json!(7), "compute(report)：应为年度报告对象（收到数字 7）"),
        (
            json!("文字"),
            "compute(report)：应为年度报告对象（收到文字“文字”）",
        ),
    ] {
        assert_eq!(compute_report(&input).unwrap_err().0, want);
    }
    let mut r = seed();
    r["table4"]["review"]["upheld"] = json!(-2);
    assert_eq!(
        render_html(&r).unwrap_err().0,
        "renderHtml(report)：table4.review.upheld：不能为负数"
    );
}

/// The published list: the two official formats, newest first, with the keys index.d.ts
/// declares. The importer's markers are not published, and the domain's made-up test format
/// (feature `test-format`) is never built into the API.
#[test]
fn formats_lists_the_official_formats() {
    let f = formats();
    let list = f.as_array().expect("a list");
    let ids: Vec<&str> = list.iter().filter_map(|x| x["id"].as_str()).collect();
    assert_eq!(ids, ["2021", "2019"]);
    for x in list {
        let keys: Vec<&str> = x
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            ["cells", "id", "intro", "name", "notice", "readings", "sections", "tables"]
        );
    }
}

#[test]
fn template_covers_exactly_the_cells_of_the_format() {
    let f = formats();
    let f2021 = &f[0];
    assert_eq!(f2021["id"], "2021");
    let t = template(&json!(2024)).expect("2024 is a year");
    let cells = f2021["cells"].as_array().expect("cells listed");
    let count: usize = ["table2", "table3", "table4"]
        .iter()
        .map(|k| {
            t[k].as_object().map_or(0, |rows| {
                rows.values()
                    .map(|r| r.as_object().map_or(0, |c| c.len()))
                    .sum()
            })
        })
        .sum();
    assert_eq!(count, cells.len());
    for year in [
        json!(1899),
        json!(10000),
        json!(2021.5),
        json!("2021"),
        json!(null),
    ] {
        assert!(template(&year).is_err(), "{year}");
    }
}

#[test]
fn reports_of_one_year_sum_and_a_repeat_is_named() {
    let mut other = seed();
    other["meta"]["agency"] = json!("郑县教育局");
    other["table3"]["new"]["natural"] = json!(4);
    // The same report as JSON text counts as given twice.
    let text = serde_json::to_string(&seed()).expect("serialises");
    let out = sum_reports_of(&json!([seed(), other, text])).expect("sums");
    assert_eq!(out["report"]["meta"]["agency"], json!("汇总（3份报告）"));
    assert_eq!(out["report"]["table3"]["new"]["natural"], json!(4));
    assert_eq!(out["report"]["table3"]["new"]["total"], json!(4));
    assert_eq!(
        out["repeats"],
        json!(["“郑县商务局”2021年度的报告出现 2 次（第1份、第3份），合计中被重复计算"])
    );
}

#[test]
fn what_cannot_be_summed_is_refused_with_its_place() {
    let e = sum_reports_of(&json!({})).unwrap_err();
    assert_eq!(e.0, "sumReports(reports)：应为年度报告数组（收到对象）");
    let e = sum_reports_of(&json!([])).unwrap_err();
    assert_eq!(e.0, "sumReports(reports)：没有可汇总的报告");
    let e = sum_reports_of(&json!([seed(), "{oops"])).unwrap_err();
    assert!(
        e.0.starts_with("sumReports(reports[1])：不是有效的 JSON 文字"),
        "{}",
        e.0
    );
    let mut bad = seed();
    bad["table3"]["new"]["natural"] = json!("x");
    let e = sum_reports_of(&json!([seed(), bad])).unwrap_err();
    assert!(e.0.starts_with("sumReports(reports[1])："), "{}", e.0);
    let mut later = seed();
    later["meta"]["year"] = json!(2022);
    let e = sum_reports_of(&json!([seed(), later])).unwrap_err();
    assert_eq!(
        e.0,
        "sumReports(reports)：只能汇总同一年度的报告：“第1份”为2021年度，“第2份”为2022年度"
    );
}

#[test]
fn read_claims_names_the_seed_figure_and_its_cells() {
    let claims = read_claims_of(&seed()).expect("seed reads");
    let out = claims
        .iter()
        .find(|c| c.claim.text == "2件")
        .expect("the seed's 2件");
    let c = &out.claim;
    assert_eq!(c.status, "mismatch");
    assert_eq!((c.value, c.expected), (Some(2), Some(0)));
    assert_eq!(c.cells[0], ["table3.new.total"]);
    // The line the form shows, beside the fields, in the JSON the API returns.
    assert_eq!(out.describe, c.describe());
    assert!(out.describe.ends_with("= 0（不一致）"), "{}", out.describe);
    let json = serde_json::to_value(out).expect("serialises");
    assert_eq!(json["describe"], out.describe.as_str());
    assert_eq!(json["status"], "mismatch");
    let e = read_claims_of(&json!(3)).unwrap_err();
    assert!(e.to_string().contains("readClaims(report)"), "{e}");
}
