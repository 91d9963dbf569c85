//! P-1: publication later than 31 January (department) / 31 March (government) of year + 1.

mod common;

use common::{findings, strs, zeros};
use report_domain::format::FormatId;
use report_domain::rules::parse_date;
use report_domain::{Report, ReportKind, Severity};

fn published(kind: ReportKind, date: &str) -> Report {
    let mut r = zeros(FormatId::F2021);
    r.meta.year = Some(2021);
    r.meta.kind = kind;
    r.meta.published = date.into();
    r
}

#[test]
fn on_time_or_undated_holds() {
    for (kind, date) in [
        (ReportKind::Department, "2022-01-31"),
        (ReportKind::Department, "2022-01-01"),
        (ReportKind::Government, "2022-03-31"),
        (ReportKind::Government, "2022年2月8日"),
        (ReportKind::Department, ""),
        (ReportKind::Department, "  "),
    ] {
        assert!(
            findings(&published(kind, date), None, "P-1").is_empty(),
            "{date}"
        );
    }
}

#[test]
fn a_late_department_report() {
    let d = findings(
        &published(ReportKind::Department, "2022-02-08"),
        None,
        "P-1",
    );
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(d[0].cells, strs(&["meta.published"]));
    assert_eq!(
        d[0].message,
        "发布日期 2022-02-08 晚于公布期限 2022-01-31（政府部门（1月31日前公布）），逾期 8 天"
    );
}

#[test]
fn a_late_government_report_across_a_leap_day() {
    let mut r = published(ReportKind::Government, "2024/4/1");
    r.meta.year = Some(2023);
    let d = findings(&r, None, "P-1");
    assert_eq!(d.len(), 1);
    assert!(d[0]
        .message
        .starts_with("发布日期 2024-04-01 晚于公布期限 2024-03-31"));
    assert!(d[0].message.ends_with("逾期 1 天"));
    let r = published(ReportKind::Department, "2023-01-01");
    assert!(findings(&r, None, "P-1")[0]
        .message
        .ends_with("逾期 335 天"));
}

#[test]
fn a_date_within_the_report_year_is_suspicious() {
    let d = findings(
        &published(ReportKind::Department, "2021-12-30"),
        None,
        "P-1",
    );
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].message,
        "发布日期 2021-12-30 早于2021年度结束，请核对发布日期或报告年度"
    );
}

#[test]
fn an_unreadable_date_is_said_so() {
    for bad in [
        "2022-02-30",
        "下月",
        "2022-13-01",
        "99999999999999999999-1-1",
        "2022-1",
        "2022-01-02-03",
    ] {
        let d = findings(&published(ReportKind::Department, bad), None, "P-1");
        assert_eq!(d.len(), 1, "{bad}");
        assert_eq!(
            d[0].message,
            format!("发布日期“{bad}”无法识别，请按 YYYY-MM-DD 填写（如 2022-01-20）")
        );
    }
}

#[test]
fn dates_people_write() {
    assert_eq!(parse_date("2022-01-20"), Some((2022, 1, 20)));
    assert_eq!(parse_date("２０２２年１月２０日"), Some((2022, 1, 20)));
    assert_eq!(parse_date("2022.1.2"), Some((2022, 1, 2)));
    assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(parse_date("2100-02-29"), None);
    assert_eq!(parse_date("2000-02-29"), Some((2000, 2, 29)));
}
