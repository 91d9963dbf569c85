//! The line the form shows under a narrative part for each figure the text checks read
//! (`ClaimRead::describe`), on the sample report (its text says 2 applications, table 三 says 0).

use report_domain::rules::read_claims;
use report_domain::Report;

fn sample() -> Report {
    Report::from_json_str(report_domain::sample::SAMPLE_JSON).expect("the sample reads")
}

#[test]
fn a_mismatching_figure_is_described_with_the_table_value() {
    let claims = read_claims(&sample());
    let c = claims
        .iter()
        .find(|c| c.status == "mismatch")
        .expect("the sample's 2件 disagrees with table 三");
    let line = c.describe();
    assert!(line.starts_with(&format!("{} ↔ ", c.text)), "{line}");
    assert!(line.ends_with("= 0（不一致）"), "{line}");
}

#[test]
fn a_matching_figure_says_so() {
    let mut r = sample();
    r.set("table3.new.natural", report_domain::Cell::Int(2));
    let r = report_domain::compute(&r);
    let claims = read_claims(&r);
    let c = claims
        .iter()
        .find(|c| c.status == "match")
        .expect("with 2 in table 三 the figure agrees");
    assert!(c.describe().ends_with("= 2（一致）"), "{}", c.describe());
}

/// Kangxi radical look-alikes typed into the form ("⼆" U+2F06 for "二") are read as the
/// ideographs; the user's text is not changed and the offsets (UTF-16) slice it as typed.
#[test]
fn kangxi_lookalikes_in_typed_text_are_read_in_place() {
    let mut r = sample();
    let typed = "😀本年度收到政府信息公开申请⼆件，上⼀年度结转3件。";
    r.set_text("overview_on_request", typed);
    let claims = report_domain::rules::read_claims_in(&r, "overview_on_request");
    let utf16: Vec<u16> = typed.encode_utf16().collect();
    let texts: Vec<String> = claims
        .iter()
        .map(|c| String::from_utf16_lossy(&utf16[c.start..c.end]))
        .collect();
    assert_eq!(texts, ["⼆件", "3件"]);
    assert_eq!(claims[0].value, Some(2));
    assert_eq!(claims[1].value, Some(3));
    assert!(
        claims[1].reading.contains("上年结转"),
        "{}",
        claims[1].reading
    );
    assert_eq!(r.text("overview_on_request"), typed);
    assert_eq!(claims[0].text, "⼆件");
}
