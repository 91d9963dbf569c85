//! Reviewing a collection (`batch`): each file's flags, the filters and orders over them, the
//! roster of units expected to submit, a year's sum as the 本级政府 draft, and its table 三 drawn
//! as printed.

use report_domain::batch::{
    check_roster, flags_of, repeated, roster_too_long, roster_units, sums_by_year, unit_key,
    Filter, Flag, Order, Standing, FILTERS, MAX_ROSTER_CHARS,
};
use report_domain::export::table_html;
use report_domain::{validate, Report, ReportKind};

mod common;
use common::{pingtan, seed};

fn standing(errors: usize, warnings: usize, late: bool, duplicate: bool) -> Standing {
    Standing {
        errors,
        warnings,
        late,
        duplicate,
        imported: false,
    }
}

#[test]
fn flags_are_words_for_every_state() {
    let s = Standing {
        imported: true,
        ..standing(2, 1, true, true)
    };
    let words: Vec<&str> = s.flags().iter().map(|f| f.label()).collect();
    assert_eq!(
        words,
        ["有错误", "有提醒", "逾期", "重复", "导入自公开文本"]
    );
    assert_eq!(standing(0, 0, false, false).flags(), [Flag::Clean]);
    assert_eq!(flags_of(None), [Flag::Unread]);
    assert_eq!(Flag::Unread.label(), "无法读取");
}

#[test]
fn filters_keep_what_they_name_and_count_it() {
    let files = [
        Some(standing(2, 0, false, false)),
        Some(standing(0, 3, true, false)),
        Some(standing(0, 0, false, true)),
        None,
        Some(standing(0, 0, false, false)),
    ];
    let count = |f: Filter| f.count(files.iter().map(Option::as_ref));
    let counts: Vec<(&str, usize)> = FILTERS.iter().map(|&f| (f.label(), count(f))).collect();
    assert_eq!(
        counts,
        [
            ("全部", 5),
            ("有错误", 1),
            ("有提醒", 1),
            ("未发现问题", 2),
            ("逾期", 1),
            ("重复", 1)
        ]
    );
    // A file that could not be read is listed only under 全部: nothing is known of its report.
    assert!(!Filter::Clean.keeps(None));
    assert!(!Filter::Errors.keeps(None));
    assert!(Filter::All.keeps(None));
}

#[test]
fn by_result_the_worst_come_first_and_ties_keep_their_order() {
    let files = [
        Some(standing(0, 0, false, false)),
        Some(standing(1, 5, false, false)),
        Some(standing(0, 2, false, false)),
        None,
        Some(standing(3, 0, false, false)),
        Some(standing(0, 2, true, false)),
        Some(standing(0, 0, false, false)),
    ];
    assert_eq!(Order::Added.arrange(&files), [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(Order::Result.arrange(&files), [3, 4, 1, 5, 2, 0, 6]);
    assert_eq!(Order::from_key("result"), Some(Order::Result));
    assert_eq!(Order::from_key("x"), None);
}

#[test]
fn a_report_published_after_its_deadline_is_late() {
    let late = |r: &Report| Standing::of(r, 0, 0, false, false).late;
    // Pingtan, a government, published on 2022-02-08: before 31 March.
    let mut p = pingtan();
    assert!(!late(&p));
    // As a department, that is after 31 January: late, as P-1 says.
    p.meta.kind = ReportKind::Department;
    assert!(late(&p));
    assert!(validate(&p, None)
        .iter()
        .any(|d| d.code == "P-1" && d.message.contains("逾期 8 天")));
    // A date before the year's end, or one that cannot be read, is a P-1 finding but not late.
    for date in ["2021-06-01", "2022年13月1日", ""] {
        p.meta.published = date.into();
        assert!(!late(&p), "{date}");
    }
    p.meta.published = "2022-02-08".into();
    p.meta.year = None;
    assert!(!late(&p));
}

#[test]
fn the_same_agency_and_year_twice_is_repeated_in_both_places() {
    let (a, b) = (seed(), pingtan());
    let mut last_year = pingtan();
    last_year.meta.year = Some(2020);
    let mut nameless = seed();
    nameless.meta.agency = " ".into();
    let nameless2 = nameless.clone();
    let list = [&a, &b, &last_year, &b, &nameless, &nameless2];
    assert_eq!(repeated(&list), [false, true, false, true, false, false]);
}

#[test]
fn a_roster_is_read_from_lines_commas_and_enumeration_commas() {
    let text = "郑县商务局\n 平潭综合实验区 ，郑县财政局、郑县教育局;郑县卫健委\r\n\n1、郑县民政局\t郑县 商务局\n—\n";
    assert_eq!(
        roster_units(text),
        [
            "郑县商务局",
            "平潭综合实验区",
            "郑县财政局",
            "郑县教育局",
            "郑县卫健委",
            "郑县民政局"
        ]
    );
    assert!(roster_units(" \n、，").is_empty());
    assert!(roster_too_long(&"局".repeat(MAX_ROSTER_CHARS)).is_none());
    assert!(
        roster_too_long(&"局".repeat(MAX_ROSTER_CHARS + 1)).is_some_and(|m| m.contains("名单过长"))
    );
}

#[test]
fn names_match_across_spaces_and_full_width_forms() {
    for (a, b) in [
        ("郑县商务局", " 郑县 商务局 "),
        ("郑县商务局", "郑县\u{3000}商务局"),
        ("郑县第１中学", "郑县第1中学"),
        ("郑县商务局（郑县粮食局）", "郑县商务局(郑县粮食局)"),
        ("ＸＹＺ开发区管委会", "xyz开发区管委会"),
        // A Kangxi look-alike, as some PDF producers emit it.
        ("\u{2F00}中", "一中"),
    ] {
        assert_eq!(unit_key(a), unit_key(b), "{a} ~ {b}");
    }
}

#[test]
fn near_misses_never_match() {
    for (a, b) in [
        ("郑县商务局", "郑县商务局办公室"),
        ("郑县商务局", "郑州市商务局"),
        ("郑县商务局", "郑县商务"),
        ("郑县第1中学", "郑县第2中学"),
        ("郑县第1中学", "郑县第一中学"),
        ("郑县人民政府", "郑县人民政府办公室"),
        ("郑县商务局", "郑县商務局"),
    ] {
        assert_ne!(unit_key(a), unit_key(b), "{a} ≁ {b}");
    }
}

#[test]
fn the_roster_names_who_has_not_submitted_and_who_is_outside_it() {
    let units = roster_units("郑县商务局\n平潭综合实验区\n郑县财政局\n郑县商务局办公室");
    let agencies = [
        "平潭综合实验区",
        "郑州市商务局",
        " 郑县 商务局",
        "",
        "平潭综合实验区",
    ];
    let check = check_roster(&units, &agencies);
    assert_eq!(
        check.units,
        [
            ("郑县商务局".to_string(), vec![2]),
            ("平潭综合实验区".to_string(), vec![0, 4]),
            ("郑县财政局".to_string(), vec![]),
            ("郑县商务局办公室".to_string(), vec![]),
        ]
    );
    assert_eq!(
        check.missing().collect::<Vec<_>>(),
        ["郑县财政局", "郑县商务局办公室"]
    );
    assert_eq!(check.submitted(), 2);
    // 郑州市商务局 is no 郑县商务局; a report without a name is on no roster.
    assert_eq!(check.outside, [1, 3]);
    // An empty roster: every report is outside it, no unit is missing.
    let none = check_roster(&[], &agencies);
    assert_eq!(none.missing().count(), 0);
    assert_eq!(none.outside.len(), agencies.len());
}

#[test]
fn the_sum_as_a_draft_is_the_governments_report_with_its_note() {
    let (a, b) = (seed(), pingtan());
    assert_eq!(a.meta.kind, ReportKind::Department);
    let named = [("seed.json", &a), ("pingtan.json", &b), ("pingtan.txt", &b)];
    let (sums, _) = sums_by_year(&named);
    let year = &sums[0];
    let draft = year.draft().expect("the reports sum");
    assert_eq!(draft.meta.kind, ReportKind::Government);
    let intro = draft.text(draft.def().intro.key);
    assert_eq!(intro, year.note());
    assert!(intro.contains("2021年度3份报告"), "{intro}");
    assert!(intro.contains("重复计算"), "{intro}");
    assert!(
        intro.contains("“平潭综合实验区”2021年度的报告出现 2 次（pingtan.json、pingtan.txt）"),
        "{intro}"
    );
    // Its figures are the sum's; it survives the JSON round trip with kind and note.
    let back = Report::from_json(&draft.to_json()).expect("reads back");
    assert_eq!(back.meta.kind, ReportKind::Government);
    assert_eq!(back.text("intro"), intro);
    assert_eq!(draft.cells, year.sum.as_ref().unwrap().cells);
    // Reports that cannot be summed give no draft.
    let mut other = pingtan();
    other.format = report_domain::FormatId::F2019;
    other.cells = Report::new(other.format).cells;
    let (sums, _) = sums_by_year(&[("a", &a), ("b", &other)]);
    assert!(sums[0].draft().is_none());
}

#[test]
fn a_table_is_drawn_whole_with_every_cell_as_printed() {
    let (a, b) = (seed(), pingtan());
    let (sums, _) = sums_by_year(&[("a", &a), ("b", &b)]);
    let sum = sums[0].sum.as_ref().expect("sums");
    let html = table_html(sum, "table3").expect("table 三");
    assert!(
        html.starts_with("<table class=\"report-table table3\""),
        "{html}"
    );
    assert!(html.contains("<caption>三、收到和处理政府信息公开申请情况</caption>"));
    let def = sum.def();
    let mut cells = 0;
    for (id, info) in def.index().cells.iter().enumerate() {
        if !info.address.starts_with("table3.") {
            continue;
        }
        let want = format!(
            "data-cell=\"{}\">{}</td>",
            info.address,
            sum.cell(id).display()
        );
        assert!(html.contains(&want), "{want}");
        cells += 1;
    }
    assert!(cells > 150, "{cells} cells");
    assert!(table_html(sum, "table9").is_none());
}
