//! S-1 (six sections with official headings, in order) and S-2 (format matches the year).

mod common;

use common::{findings, strs, zeros};
use report_domain::format::{FormatId, SECTIONS};
use report_domain::model::{FoundHeading, ImportRecord};
use report_domain::{Report, Severity};

fn imported(headings: &[(&str, &str)]) -> Report {
    let mut r = zeros(FormatId::F2021);
    r.origin = Some(ImportRecord {
        source: "text".into(),
        headings: headings
            .iter()
            .map(|(s, t)| FoundHeading {
                section: s.to_string(),
                text: t.to_string(),
            })
            .collect(),
        ..ImportRecord::default()
    });
    r
}

fn official() -> Vec<(&'static str, &'static str)> {
    SECTIONS.iter().map(|s| (s.key, s.heading)).collect()
}

#[test]
fn s_1_holds_for_a_form_report_and_an_exact_import() {
    assert!(findings(&zeros(FormatId::F2021), None, "S-1").is_empty());
    assert!(findings(&imported(&official()), None, "S-1").is_empty());
    let mut spaced = official();
    spaced[2].1 = "三、 收到和处理政府信息公开申请情况 ";
    assert!(findings(&imported(&spaced), None, "S-1").is_empty());
}

#[test]
fn s_1_names_a_missing_section() {
    let mut h = official();
    h.remove(4);
    let d = findings(&imported(&h), None, "S-1");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(d[0].cells, strs(&["section.problems"]));
    assert_eq!(d[0].message, "缺少第五部分“五、存在的主要问题及改进情况”");
}

#[test]
fn s_1_names_a_wrong_heading() {
    let mut h = official();
    h[3].1 = "四、因政府信息公开申请行政复议、提起行政诉讼的情况";
    let d = findings(&imported(&h), None, "S-1");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].cells, strs(&["section.appeals"]));
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(
        d[0].message,
        "第四部分的标题为“四、因政府信息公开申请行政复议、提起行政诉讼的情况”，规定标题为“四、政府信息公开行政复议、行政诉讼情况”（措辞不同，公布时请使用规定标题）"
    );
}

/// A heading worded as many agencies word it is wording drift (a warning, like T3-7); the
/// section is there, so S-4 reads its text and S-1 has no error.
#[test]
fn s_1_a_heading_variant_is_a_warning_and_the_section_stays() {
    let mut h = official();
    h[4].1 = "五、政府信息公开工作存在的主要问题及改进情况";
    let mut r = imported(&h);
    r.set_text("problems", "一是公开不够及时。下一步将加强培训。");
    let d = findings(&r, None, "S-1");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(d[0].cells, strs(&["section.problems"]));
    assert!(findings(&r, None, "S-4").is_empty());
    r.set_text("problems", "");
    assert_eq!(
        findings(&r, None, "S-4").len(),
        1,
        "S-4 still reads the section"
    );
}

#[test]
fn s_1_names_a_section_out_of_order() {
    let mut h = official();
    h.swap(1, 2);
    let d = findings(&imported(&h), None, "S-1");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].cells, strs(&["section.proactive"]));
    assert_eq!(
        d[0].message,
        "第二部分“二、主动公开政府信息情况”出现在第三部分之后，顺序与规定不一致"
    );
}

#[test]
fn s_1_an_import_without_headings_lacks_all_six() {
    let d = findings(&imported(&[]), None, "S-1");
    assert_eq!(d.len(), 6);
    assert_eq!(d[0].cells, strs(&["section.overview"]));
}

#[test]
fn s_2_holds_when_the_format_fits_the_year() {
    for (id, year) in [
        (FormatId::F2021, 2021),
        (FormatId::F2021, 2030),
        (FormatId::F2019, 2019),
        (FormatId::F2019, 2020),
    ] {
        let mut r = zeros(id);
        r.meta.year = Some(year);
        assert!(findings(&r, None, "S-2").is_empty(), "{year}");
    }
    let mut r = zeros(FormatId::F2019);
    r.meta.year = None;
    assert!(findings(&r, None, "S-2").is_empty());
}

#[test]
fn s_2_old_format_for_a_new_year() {
    let mut r = zeros(FormatId::F2019);
    r.meta.year = Some(2022);
    let d = findings(&r, None, "S-2");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].severity, Severity::Error);
    assert_eq!(d[0].cells, strs(&["meta.year"]));
    assert!(d[0].message.contains("使用旧格式"), "{}", d[0].message);
    assert_eq!(
        d[0].message,
        "2022年度报告使用旧格式（2019年版（试行），国办公开办函〔2019〕60号）：2022年度应使用2021年版（国办公开办函〔2021〕30号）"
    );
}

#[test]
fn s_2_new_format_for_an_old_year() {
    let mut r = zeros(FormatId::F2021);
    r.meta.year = Some(2020);
    let d = findings(&r, None, "S-2");
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].message,
        "2020年度报告使用了2021年版（国办公开办函〔2021〕30号），该格式自2021年度起使用；2020年度应使用2019年版（试行）（国办公开办函〔2019〕60号）"
    );
}
