//! Places: the strings diagnostics and input issues use to point into the report
//! ("table3.new.natural", "table3.withheld_2", "narrative.problems", "meta.year",
//! "section.overview"), and which part of the form each belongs to.

use report_domain::FormatDef;

/// Place of 机关名称.
pub const META_AGENCY: &str = "meta.agency";
/// Place of 报告年度.
pub const META_YEAR: &str = "meta.year";
/// Place of 报告类别 (department / government).
pub const META_KIND: &str = "meta.kind";
/// Place of 公布日期.
pub const META_PUBLISHED: &str = "meta.published";

/// Key of the metadata group (not one of the six sections).
pub const META_GROUP: &str = "meta";
/// Key of the 引言's group (the part before section 一, in no section).
pub const INTRO_GROUP: &str = "intro";
/// Key of the group of findings about the report as a whole.
pub const GENERAL_GROUP: &str = "general";

/// What every narrative part's place starts with.
pub const NARRATIVE_PREFIX: &str = "narrative.";

/// The place of a narrative part.
pub fn narrative(part: &str) -> String {
    format!("{NARRATIVE_PREFIX}{part}")
}

/// Which part of the form a place belongs to: [`META_GROUP`], a section key ("overview" …
/// "other_matters"), or [`GENERAL_GROUP`] when it cannot be told.
pub fn group_of(format: &FormatDef, place: &str) -> &'static str {
    let (head, rest) = place.split_once('.').unwrap_or((place, ""));
    match head {
        "meta" => META_GROUP,
        "narrative" if rest == format.intro.key => INTRO_GROUP,
        "narrative" => {
            let part = rest;
            format
                .sections
                .iter()
                .find(|s| s.parts.iter().any(|p| p.key == part))
                .map_or(GENERAL_GROUP, |s| s.key)
        }
        "section" => format
            .sections
            .iter()
            .find(|s| s.key == rest)
            .map_or(GENERAL_GROUP, |s| s.key),
        table => format
            .sections
            .iter()
            .find(|s| s.table == Some(table))
            .map_or(GENERAL_GROUP, |s| s.key),
    }
}

/// The Chinese title of a group, from the format's own headings.
pub fn group_title(format: &FormatDef, group: &str) -> &'static str {
    match group {
        META_GROUP => "基本信息",
        INTRO_GROUP => report_domain::format::INTRO_LABEL,
        GENERAL_GROUP => "报告整体",
        key => format
            .sections
            .iter()
            .find(|s| s.key == key)
            .map_or("报告整体", |s| s.heading),
    }
}

/// Every group key in page order.
pub fn group_order(format: &FormatDef) -> Vec<&'static str> {
    let mut v = vec![META_GROUP, INTRO_GROUP];
    v.extend(format.sections.iter().map(|s| s.key));
    v.push(GENERAL_GROUP);
    v
}

/// The DOM id of a section's heading (the navigator links to it).
pub fn section_anchor(key: &str) -> String {
    format!("sec-{key}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::format::FORMAT_2021;

    #[test]
    fn groups() {
        let f = &FORMAT_2021;
        assert_eq!(group_of(f, "table3.new.natural"), "requests");
        assert_eq!(group_of(f, "table3.withheld_2"), "requests");
        assert_eq!(group_of(f, "table2.fees.amount"), "proactive");
        assert_eq!(group_of(f, "table4.review.total"), "appeals");
        assert_eq!(group_of(f, "narrative.overview_on_request"), "overview");
        assert_eq!(group_of(f, "narrative.problems"), "problems");
        assert_eq!(group_of(f, "narrative.intro"), INTRO_GROUP);
        assert_eq!(group_title(f, INTRO_GROUP), "引言");
        assert_eq!(group_of(f, "meta.year"), META_GROUP);
        assert_eq!(group_of(f, "section.other_matters"), "other_matters");
        assert_eq!(group_of(f, ""), GENERAL_GROUP);
        assert_eq!(
            group_title(f, "requests"),
            "三、收到和处理政府信息公开申请情况"
        );
        assert_eq!(group_order(f).len(), 9);
    }
}
