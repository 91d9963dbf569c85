//! S-7: narrative copied from last year's report.

use report_domain::{validate, Diagnostic, Report};

fn s7(r: &Report, prev: Option<&Report>) -> Vec<Diagnostic> {
    validate(r, prev)
        .into_iter()
        .filter(|d| d.code == "S-7")
        .collect()
}

const A: &str = "我局充分利用、发挥现有平台作用，用好微信公众号平台，充分发挥新媒体优势，做好信息发布和宣传推广工作，全年利用微信发布信息275条。";
const B: &str = "持续加大主动公开信息量，确保各类政府信息准确、及时发布和更新。对拟公开的信息，依法依规做好保密审查的同时，对公开内容表述、公开时机、公开方式进行研判。";
const C: &str = "围绕优化营商环境，本年度重点公开了外贸稳增长、消费券发放、商贸流通企业纾困等政策及其解读，并在县政府门户网站开设专题专栏，集中发布申报指南。";
const D: &str = "针对上年度发现的栏目更新不及时问题，建立了周检查、月通报制度，全年通报问题十二个，均已整改到位，群众满意度明显提升，留言答复时限缩短至三个工作日。";

fn report(year: i32, parts: &[(&str, &str)]) -> Report {
    let mut r = Report::for_year(year);
    for (k, t) in parts {
        r.set_text(k, *t);
    }
    r
}

#[test]
fn copied_text_is_flagged_with_its_share() {
    let prev = report(2020, &[("overview_proactive", A), ("overview_platform", B)]);
    let this = report(
        2021,
        &[
            ("overview_proactive", A),
            ("overview_platform", B),
            ("problems", C),
        ],
    );
    let d = s7(&this, Some(&prev));
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].cells,
        [
            "narrative.overview_proactive",
            "narrative.overview_platform"
        ]
    );
    // Two of the three paragraphs are copied: about two thirds.
    assert!(d[0].message.contains("重复率约为 6"), "{}", d[0].message);
    assert!(
        d[0].message.contains("（一）主动公开 100%"),
        "{}",
        d[0].message
    );
}

#[test]
fn rewritten_text_passes() {
    let prev = report(2020, &[("overview_proactive", A), ("overview_platform", B)]);
    let this = report(
        2021,
        &[
            ("overview_proactive", A),
            ("overview_platform", C),
            ("problems", D),
        ],
    );
    assert!(s7(&this, Some(&prev)).is_empty());
    // Without last year's report there is nothing to compare with.
    assert!(s7(&prev, None).is_empty());
    // Too short to judge.
    let short = report(2021, &[("problems", "无。")]);
    assert!(s7(&short, Some(&short.clone())).is_empty());
}
