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
