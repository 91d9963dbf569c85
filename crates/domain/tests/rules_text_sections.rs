//! S-3 … S-6: the narrative sections.

use report_domain::{validate, Diagnostic, Report};

fn only(code: &str, r: &Report) -> Vec<Diagnostic> {
    validate(r, None)
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}

/// A 2021 report whose narrative is complete and correct.
fn complete() -> Report {
    let mut r = Report::for_year(2021);
    for (k, t) in [
        ("overview", "2021年，我局认真贯彻落实《条例》。"),
        ("overview_proactive", "全年利用微信发布信息275条。"),
        (
            "overview_on_request",
            "2021年，我局未收到政府信息公开申请。",
        ),
        ("overview_management", "健全组织机构。"),
        ("overview_platform", "持续加大主动公开信息量。"),
        ("overview_oversight", "明确各股室工作职责。"),
        (
            "problems",
            "个别信息公开的时限滞后。下一步，我们要畅通信息公开渠道。",
        ),
        ("other_matters", "我单位2021年未收取信息处理费。"),
    ] {
        r.set_text(k, t);
    }
    r
}

#[test]
fn s3_five_themes() {
    assert!(only("S-3", &complete()).is_empty());
    let mut r = complete();
    r.set_text("overview_platform", "");
    let d = only("S-3", &r);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, ["narrative.overview_platform"]);
    assert!(
        d[0].message.contains("（四）政府信息公开平台建设"),
        "{}",
        d[0].message
    );
    // Section 一 written as one text with the themes in it.
    let mut one = Report::for_year(2021);
    one.set_text(
        "overview",
        "（一）主动公开方面……（二）依申请公开方面……（三）政府信息管理方面……（四）平台载体建设方面……（五）监督保障方面……",
    );
    assert!(only("S-3", &one).is_empty());
    assert_eq!(only("S-3", &Report::for_year(2021)).len(), 5);
}

#[test]
fn s4_problems_not_empty() {
    assert!(only("S-4", &complete()).is_empty());
    let mut r = complete();
    r.set_text("problems", " 无。 ");
    let d = only("S-4", &r);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, ["narrative.problems"]);
    assert!(d[0].message.contains("只写了“无。”"), "{}", d[0].message);
    r.set_text("problems", "");
    assert!(only("S-4", &r)[0].message.contains("为空"));
}

#[test]
fn s5_processing_fees_stated() {
    assert!(only("S-5", &complete()).is_empty());
    let mut r = complete();
    r.set_text("other_matters", "无。");
    let d = only("S-5", &r);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, ["narrative.other_matters"]);
    assert!(d[0].message.contains("信息处理费"));
    // Before 2021 there was no 信息处理费 to state (上海 2019 says only "无。").
    r.meta.year = Some(2019);
    assert!(only("S-5", &r).is_empty());
}

#[test]
fn s6_wrong_year_clear_cases_only() {
    assert!(only("S-6", &complete()).is_empty());
    // Normal mentions of other years.
    let mut r = complete();
    r.set_text(
        "overview",
        "2021年，我局贯彻《2020年政务公开工作要点》，准确发布2020年部门决算。2022年，我们将继续努力。2019年以来，累计公开信息。本报告于2022年1月20日发布。",
    );
    assert!(only("S-6", &r).is_empty(), "{:?}", only("S-6", &r));
    // A statement opening with last year.
    r.set_text(
        "overview_on_request",
        "我局认真履行义务。2020年，我局接到依申请公开件2件。",
    );
    let d = only("S-6", &r);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].cells, ["narrative.overview_on_request", "meta.year"]);
    assert!(
        d[0].message.contains("“2020年，我局接到依申请公开件2件”"),
        "{}",
        d[0].message
    );
    assert!(d[0].message.contains("2020 年") && d[0].message.contains("2021 年度"));
    // After a line break, with Chinese numerals.
    r.set_text(
        "overview_on_request",
        "（二）依申请公开\n二〇二〇年度，共收到申请2件。",
    );
    assert_eq!(only("S-6", &r).len(), 1);
    // The statistics period and the report's own name.
    let mut p = complete();
    p.set_text(
        "overview",
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
    );
    assert!(only("S-6", &p)[0].message.contains("统计期限"));
    p.set_text("overview", "现公布本局2020年政府信息公开工作年度报告。");
    assert!(only("S-6", &p)[0].message.contains("报告名称"));
    p.set_text(
        "overview",
        "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
    );
    assert!(only("S-6", &p).is_empty());
}

/// An imported report whose 五、 heading was not found (a converter dropped it): its text went
/// elsewhere, so S-1 names the missing section and S-4 says nothing. With the heading found
/// and the part empty, S-4 still says so.
#[test]
fn s4_silent_when_the_import_did_not_find_the_heading() {
    use report_domain::model::{FoundHeading, ImportRecord};
    let mut r = complete();
    r.set_text("problems", "");
    let found = |keys: &[&str]| ImportRecord {
        source: "text".to_string(),
        headings: keys
            .iter()
            .map(|k| FoundHeading {
                section: k.to_string(),
                text: String::new(),
            })
            .collect(),
        ..ImportRecord::default()
    };
    let all: Vec<&str> = r.def().sections.iter().map(|s| s.key).collect();
    r.origin = Some(found(&all));
    assert_eq!(only("S-4", &r).len(), 1, "heading found, part empty");
    let without: Vec<&str> = all.iter().copied().filter(|k| *k != "problems").collect();
    r.origin = Some(found(&without));
    assert!(only("S-4", &r).is_empty());
    assert!(
        only("S-1", &r)
            .iter()
            .any(|d| d.message.contains("缺少第五部分")),
        "{:?}",
        only("S-1", &r)
    );
}

/// While the report is being filled in, a part not written yet says nothing (S-3, S-4, S-5);
/// 发布前检查 (the default `validate`) names each. A part written but empty of substance ("无")
/// is a finding at both stages.
#[test]
fn empty_parts_are_quiet_while_filling_in() {
    use report_domain::rules::{validate_at, Stage};
    let fresh = Report::for_year(2021);
    let draft: Vec<_> = validate_at(&fresh, None, Stage::Draft)
        .into_iter()
        .filter(|d| ["S-3", "S-4", "S-5"].contains(&d.code))
        .collect();
    assert!(draft.is_empty(), "{draft:#?}");
    assert_eq!(only("S-3", &fresh).len(), 5);
    assert_eq!(only("S-4", &fresh).len(), 1);
    assert_eq!(only("S-5", &fresh).len(), 1);
    let mut r = fresh.clone();
    r.set_text("problems", "无");
    let s4: Vec<_> = validate_at(&r, None, Stage::Draft)
        .into_iter()
        .filter(|d| d.code == "S-4")
        .collect();
    assert_eq!(s4.len(), 1);
}
