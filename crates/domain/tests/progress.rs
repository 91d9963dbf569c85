//! Where am I (`progress::Progress`): cells filled, parts written, findings open, the deadline
//! by report kind with the days left, and when a report can be published.

use report_domain::fix::apply_fix;
use report_domain::progress::Progress;
use report_domain::sample::SAMPLE_JSON;
use report_domain::{validate, Report, ReportKind};

/// The sample with its half-width punctuation converted (S-8), so its one open warning is T3-6.
fn seed() -> Report {
    let mut r = Report::from_json_str(SAMPLE_JSON).unwrap();
    let parts: Vec<(String, String)> = r.narrative.clone().into_iter().collect();
    for (part, text) in parts {
        r.set_text(&part, report_domain::rules::to_full_width(&text));
    }
    r
}

#[test]
fn an_empty_report_has_everything_to_do() {
    let r = Report::for_year(2024);
    let p = Progress::of(&r, &validate(&r, None), (2024, 12, 7));
    assert_eq!(p.cells_filled, 0);
    assert!(p.cells_total > 40, "{}", p.cells_total);
    assert_eq!((p.parts_written, p.parts_total), (0, 8));
    assert!(!p.publishable());
    assert_eq!(p.deadline, Some((2025, 1, 31)));
    assert_eq!(p.days_left, Some(55));
    assert_eq!(
        p.deadline_line(ReportKind::Department).unwrap(),
        "公布期限 2025年1月31日（政府部门），还有 55 天"
    );
    assert!(p.line().starts_with(&format!(
        "表格已填 0/{} 格 · 正文已写 0/8 部分",
        p.cells_total
    )));
}

#[test]
fn the_deadline_follows_the_report_kind() {
    let mut r = Report::for_year(2024);
    r.meta.kind = ReportKind::Government;
    let p = Progress::of(&r, &[], (2025, 3, 31));
    assert_eq!(p.deadline, Some((2025, 3, 31)));
    assert_eq!(
        p.deadline_line(ReportKind::Government).unwrap(),
        "公布期限 2025年3月31日（本级人民政府），今天截止"
    );
    let p = Progress::of(&r, &[], (2025, 4, 2));
    assert_eq!(p.days_left, Some(-2));
    r.meta.year = None;
    assert_eq!(Progress::of(&r, &[], (2025, 4, 2)).deadline, None);
}

#[test]
fn the_seed_is_publishable_once_its_warning_is_fixed_or_kept_with_a_reason() {
    let r = seed();
    let diags = validate(&r, None);
    let p = Progress::of(&r, &diags, (2022, 1, 10));
    assert_eq!(
        (p.cells_filled, p.parts_written),
        (p.cells_total, p.parts_total)
    );
    assert_eq!((p.errors, p.warnings_open), (0, 1));
    assert!(!p.publishable());
    assert!(p.line().ends_with("待处理 1 个提醒"), "{}", p.line());
    // Kept with a reason: publishable.
    let mut kept = r.clone();
    let d = diags.iter().find(|d| d.code == "T3-6").unwrap();
    kept.acknowledgements.insert(d.key(), "   ".into());
    assert!(
        !Progress::of(&kept, &diags, (2022, 1, 10)).publishable(),
        "a blank reason is no reason"
    );
    kept.acknowledgements
        .insert(d.key(), "正文所述为收到的咨询".into());
    assert!(Progress::of(&kept, &diags, (2022, 1, 10)).publishable());
    // Fixed: publishable.
    let fixed = apply_fix(&r, &d.fixes[0]).unwrap();
    let p = Progress::of(&fixed, &validate(&fixed, None), (2022, 1, 10));
    assert!(p.publishable());
    assert_eq!(
        p.line(),
        format!(
            "表格已填 {0}/{0} 格 · 正文已写 8/8 部分 · 无待处理问题",
            p.cells_total
        )
    );
}
