//! Summing the reports of several agencies for one year (`batch::sum_reports`).

use report_domain::batch::{sum_reports, SumError};
use report_domain::{validate, Cell, Decimal, FormatId, Report, ReportKind};

mod common;
use common::{pingtan, seed};

fn amount(s: &str) -> Cell {
    Cell::Amount(Decimal::parse(s).expect("a decimal"))
}

#[test]
fn every_entry_is_the_sum_and_the_totals_follow() {
    let (a, b) = (seed(), pingtan());
    let sum = sum_reports([("郑县商务局", &a), ("平潭", &b)]).expect("same year sums");
    assert_eq!(sum.meta.year, Some(2021));
    assert_eq!(sum.meta.agency, "汇总（2份报告）");
    assert!(sum.narrative.is_empty());
    let def = sum.def();
    let mut compared = 0;
    for (id, info) in def.index().cells.iter().enumerate() {
        if info.computed {
            continue;
        }
        let want = match (a.cell(id), b.cell(id)) {
            (Cell::Int(x), Cell::Int(y)) => Cell::Int(x + y),
            (Cell::Blank, c) | (c, Cell::Blank) => c.clone(),
            _ => continue,
        };
        assert_eq!(sum.cell(id), &want, "{}", info.address);
        compared += 1;
    }
    assert!(compared > 100, "{compared} cells compared");
    // Pingtan received 70 applications (新收), the seed 0 in its table.
    assert_eq!(
        sum.get("table3.new.total"),
        Some(&Cell::Int(
            a.get("table3.new.total").and_then(Cell::int).unwrap_or(0)
                + b.get("table3.new.total").and_then(Cell::int).unwrap_or(0)
        ))
    );
    // Two reports that each balance give a sum that balances: no arithmetic finding.
    let arithmetic = ["T3-1", "T3-2", "T3-3", "T4-1"];
    let found: Vec<_> = validate(&sum, None)
        .into_iter()
        .filter(|d| arithmetic.contains(&d.code))
        .collect();
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn blank_everywhere_stays_blank_and_blank_adds_nothing() {
    let mut a = Report::for_year(2022);
    let mut b = Report::for_year(2022);
    assert!(a.set("table3.new.natural", Cell::Int(3)));
    assert!(b.set("table3.new.natural", Cell::Int(4)));
    assert!(b.set("table3.new.business", Cell::Int(2)));
    let sum = sum_reports([("甲", &a), ("乙", &b)]).expect("sums");
    assert_eq!(sum.get("table3.new.natural"), Some(&Cell::Int(7)));
    assert_eq!(sum.get("table3.new.business"), Some(&Cell::Int(2)));
    assert_eq!(sum.get("table3.new.research"), Some(&Cell::Blank));
    assert_eq!(sum.get("table3.new.total"), Some(&Cell::Int(9)));
}

#[test]
fn fees_add_exactly() {
    let mut a = Report::for_year(2021);
    let mut b = Report::for_year(2021);
    let mut c = Report::for_year(2021);
    assert!(a.set("table2.fees.amount", amount("0.1")));
    assert!(b.set("table2.fees.amount", amount("0.2")));
    assert!(c.set("table2.fees.amount", amount("12.005")));
    let sum = sum_reports([("甲", &a), ("乙", &b), ("丙", &c)]).expect("sums");
    assert_eq!(sum.get("table2.fees.amount"), Some(&amount("12.305")));
}

#[test]
fn the_kind_is_kept_only_when_all_agree() {
    let mut a = Report::for_year(2021);
    let mut b = Report::for_year(2021);
    a.meta.kind = ReportKind::Government;
    b.meta.kind = ReportKind::Government;
    let sum = sum_reports([("甲", &a), ("乙", &b)]).expect("sums");
    assert_eq!(sum.meta.kind, ReportKind::Government);
    b.meta.kind = ReportKind::Department;
    let sum = sum_reports([("甲", &a), ("乙", &b)]).expect("sums");
    assert_eq!(sum.meta.kind, ReportKind::default());
}

#[test]
fn what_cannot_be_summed_says_why_in_chinese() {
    assert_eq!(sum_reports([]), Err(SumError::Empty));
    assert_eq!(sum_reports([]).unwrap_err().to_string(), "没有可汇总的报告");

    let a = Report::for_year(2021);
    let b = Report::for_year(2022);
    let err = sum_reports([("甲.json", &a), ("乙.json", &b)]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "只能汇总同一年度的报告：“甲.json”为2021年度，“乙.json”为2022年度"
    );

    let mut no_year = Report::for_year(2021);
    no_year.meta.year = None;
    let err = sum_reports([("甲.json", &a), ("乙.json", &no_year)]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "“乙.json”未填写报告年度，无法确定其表格格式，不能汇总"
    );

    let mut negative = Report::for_year(2021);
    assert!(negative.set("table3.new.natural", Cell::Int(-2)));
    let err = sum_reports([("甲.json", &a), ("乙.json", &negative)]).unwrap_err();
    assert!(
        matches!(&err, SumError::Negative { name, cell } if name == "乙.json" && cell.contains("新收")),
        "{err:?}"
    );

    let mut big = Report::for_year(2021);
    assert!(big.set("table3.new.natural", Cell::Int(i64::MAX)));
    let err = sum_reports([("甲.json", &big), ("乙.json", &big)]).unwrap_err();
    assert!(matches!(err, SumError::TooLarge { .. }), "{err:?}");

    // A published page of 2021 that kept the 2019 tables: its cells do not line up.
    let mut old_tables = Report::new(FormatId::F2019);
    old_tables.meta.year = Some(2021);
    let err = sum_reports([("甲.json", &a), ("乙.html", &old_tables)]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "只能汇总同一表格格式的报告：“甲.json”为2021年版表格，“乙.html”为2019年版（试行）表格"
    );
}

#[test]
fn reports_of_one_year_in_the_older_format_sum_in_that_format() {
    let mut a = Report::new(FormatId::F2019);
    a.meta.year = Some(2021);
    let mut b = a.clone();
    assert!(a.set("table3.new.natural", Cell::Int(4)));
    assert!(b.set("table3.new.natural", Cell::Int(5)));
    let sum = sum_reports([("甲", &a), ("乙", &b)]).expect("one format sums");
    assert_eq!(sum.format, FormatId::F2019);
    assert_eq!(sum.meta.year, Some(2021));
    assert_eq!(sum.get("table3.new.natural"), Some(&Cell::Int(9)));
    assert_eq!(sum.get("table3.new.total"), Some(&Cell::Int(9)));
}

#[test]
fn a_decrease_in_the_2019_format_is_added_like_any_figure() {
    let mut a = Report::for_year(2020);
    let mut b = Report::for_year(2020);
    assert!(a.set("table2.licensing.change", Cell::Int(-3)));
    assert!(b.set("table2.licensing.change", Cell::Int(1)));
    let sum = sum_reports([("甲", &a), ("乙", &b)]).expect("本年增/减 may be negative");
    assert_eq!(sum.get("table2.licensing.change"), Some(&Cell::Int(-2)));
    // Any other count still may not.
    assert!(b.set("table2.licensing.decisions", Cell::Int(-1)));
    let err = sum_reports([("甲", &a), ("乙", &b)]).unwrap_err();
    assert!(matches!(err, SumError::Negative { .. }), "{err:?}");
    // Nor may a negative decimal (which T2-1 rejects), not even in 本年增/减 and not even as
    // the first value of the sum.
    let mut c = Report::for_year(2020);
    assert!(c.set("table2.licensing.change", amount("-1.5")));
    let err = sum_reports([("丙", &c)]).unwrap_err();
    assert!(matches!(err, SumError::Negative { .. }), "{err:?}");
}

#[test]
fn the_2019_format_sums_in_its_own_cells() {
    let mut a = Report::for_year(2019);
    let mut b = Report::for_year(2019);
    let def = a.def();
    let entry = def
        .index()
        .cells
        .iter()
        .position(|c| !c.computed && c.address.starts_with("table3."))
        .expect("an entry cell of table 三");
    a.cells[entry] = Cell::Int(5);
    b.cells[entry] = Cell::Int(6);
    let sum = sum_reports([("甲", &a), ("乙", &b)]).expect("sums");
    assert_eq!(sum.format, a.format);
    assert_eq!(sum.cells[entry], Cell::Int(11));
}

#[test]
fn a_report_given_twice_is_named_with_its_files() {
    use report_domain::batch::repeats;
    let (a, b) = (seed(), pingtan());
    let mut again = pingtan();
    again.meta.agency = format!(" {} ", again.meta.agency);
    let mut unnamed = Report::for_year(2021);
    unnamed.meta.agency = String::new();
    let found = repeats([
        ("平潭.json", &b),
        ("郑县.json", &a),
        ("无名.json", &unnamed),
        ("平潭.txt", &again),
        ("无名2.json", &unnamed),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].names, vec!["平潭.json", "平潭.txt"]);
    assert_eq!(
        found[0].message(),
        "“平潭综合实验区”2021年度的报告出现 2 次（平潭.json、平潭.txt），合计中被重复计算"
    );
    let mut next_year = pingtan();
    next_year.meta.year = Some(2022);
    assert!(repeats([("a", &b), ("b", &next_year)]).is_empty());
}

#[test]
fn reports_given_twice_are_named_in_the_order_they_first_appear() {
    use report_domain::batch::{repeated, repeats};
    let unit = |agency: &str| {
        let mut r = Report::for_year(2021);
        r.meta.agency = agency.into();
        r
    };
    let (a, b, c) = (unit("甲局"), unit("乙局"), unit("丙局"));
    let list = [
        ("1", &b),
        ("2", &a),
        ("3", &c),
        ("4", &a),
        ("5", &b),
        ("6", &a),
    ];
    let found = repeats(list);
    let named: Vec<(&str, Vec<String>)> = found
        .iter()
        .map(|r| (r.agency.as_str(), r.names.clone()))
        .collect();
    assert_eq!(
        named,
        [
            ("乙局", vec!["1".to_string(), "5".into()]),
            ("甲局", vec!["2".to_string(), "4".into(), "6".into()]),
        ]
    );
    let reports: Vec<&Report> = list.iter().map(|(_, r)| *r).collect();
    assert_eq!(repeated(&reports), [true, true, false, true, true, true]);
}

#[test]
fn the_findings_of_every_file_as_one_csv_list() {
    use report_domain::batch::{review_csv, Reviewed};
    // Pingtan's two half-width marks (S-8) converted: a report with no finding.
    let mut b = pingtan();
    let parts: Vec<(String, String)> = b.narrative.clone().into_iter().collect();
    for (part, text) in parts {
        b.set_text(&part, report_domain::rules::to_full_width(&text));
    }
    let a = seed();
    let (fa, fb) = (validate(&a, None), validate(&b, None));
    assert!(fb.is_empty() && !fa.is_empty(), "{fb:?}");
    let csv = review_csv([
        Reviewed::Checked {
            file: "平潭.json",
            report: &b,
            findings: &fb,
        },
        Reviewed::Checked {
            file: "郑县, 商务局.json",
            report: &a,
            findings: &fa,
        },
        Reviewed::Unread {
            file: "扫描件.pdf",
            reason: "这不是文本文件",
        },
    ]);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(lines[0], "文件,机关名称,报告年度,级别,规则,问题");
    assert_eq!(lines[1], "平潭.json,平潭综合实验区,2021,,,未发现问题");
    // One line per finding of the seed (its T3-6 warning), the comma in the name quoted.
    assert_eq!(lines[2..2 + fa.len()].len(), fa.len());
    assert!(
        lines[2].starts_with("\"郑县, 商务局.json\",郑县商务局,2021,提醒,T3-6,"),
        "{}",
        lines[2]
    );
    assert_eq!(lines[2 + fa.len()], "扫描件.pdf,,,无法读取,,这不是文本文件");
    assert_eq!(lines.len(), 2 + fa.len() + 2, "and the last line's CRLF");
}

#[test]
fn last_years_report_in_the_collection_is_checked_against() {
    use report_domain::batch::{check_all, previous_years};
    let this = pingtan();
    // Last year's report of the same agency carried 5 forward; this year's 上年结转 says 0.
    let mut last = pingtan();
    last.meta.year = Some(2020);
    last.meta.agency = format!("{} ", last.meta.agency);
    assert!(last.set("table3.forward.natural", Cell::Int(5)));
    let other = seed();
    let reports = [&this, &other, &last];
    assert_eq!(previous_years(&reports), vec![Some(2), None, None]);
    let checked = check_all(&reports);
    assert_eq!(checked[0].0, Some(2));
    assert!(
        checked[0].1.iter().any(|d| d.code == "T3-5"),
        "{:?}",
        checked[0].1
    );
    // Alone, the same report has no cross-year finding.
    assert!(check_all(&[&this])[0].1.iter().all(|d| d.code != "T3-5"));
    assert_eq!(checked[1].1, validate(&other, None));
    let mut unnamed = pingtan();
    unnamed.meta.agency = " ".into();
    assert_eq!(previous_years(&[&unnamed, &last]), vec![None, None]);
}

#[test]
fn a_list_checked_before_is_checked_again_only_where_its_pairing_changed() {
    use report_domain::batch::{check_all, check_changed};
    let this = pingtan();
    let mut last = pingtan();
    last.meta.year = Some(2020);
    assert!(last.set("table3.forward.natural", Cell::Int(5)));
    let other = seed();
    // First this year's report and another agency's, checked; then last year's arrives.
    let first = check_changed(&[&this, &other], &[10, 11], &[]);
    assert!(
        first.iter().all(Option::is_some),
        "never checked: all checked"
    );
    let known = [Some(None), Some(None)];
    let again = check_changed(&[&this, &other, &last], &[10, 11, 12], &known);
    let all = check_all(&[&this, &other, &last]);
    // This year's report now pairs with last year's: checked again, as check_all does.
    assert_eq!(again[0], Some(all[0].clone()));
    assert!(again[0]
        .as_ref()
        .is_some_and(|(_, f)| f.iter().any(|d| d.code == "T3-5")));
    // The other agency's findings stand; the new file is checked.
    assert_eq!(again[1], None);
    assert_eq!(again[2], Some(all[2].clone()));
    // Checked against last year's (id 12) already: nothing to do; against another file: again.
    let known = [Some(Some(12)), Some(None), Some(None)];
    assert!(
        check_changed(&[&this, &other, &last], &[10, 11, 12], &known)
            .iter()
            .all(Option::is_none)
    );
    let known = [Some(Some(99)), Some(None), Some(None)];
    assert!(check_changed(&[&this, &other, &last], &[10, 11, 12], &known)[0].is_some());
}

#[test]
fn reports_group_by_year_newest_first() {
    use report_domain::batch::by_year;
    let a = Report::for_year(2020);
    let b = Report::for_year(2021);
    let mut none = Report::for_year(2021);
    none.meta.year = None;
    let (years, no_year) = by_year(&[&a, &b, &none, &a, &b, &b]);
    assert_eq!(years, vec![(2021, vec![1, 4, 5]), (2020, vec![0, 3])]);
    assert_eq!(no_year, vec![2]);
    assert_eq!(by_year(&[]), (vec![], vec![]));
}

#[test]
fn key_figures_of_table_3_with_their_groups() {
    use report_domain::batch::key_figures;
    let figures = key_figures(&pingtan());
    let labels: Vec<&str> = figures.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        vec![
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果 （七）总计",
            "四、结转下年度继续办理",
        ]
    );
    assert_eq!(figures[0].1, "70");
    assert_eq!(figures[3].1, "1");
    // The 2019 format has the same rows.
    assert_eq!(key_figures(&Report::for_year(2019)).len(), 4);
}

#[test]
fn a_collection_sums_year_by_year() {
    use report_domain::batch::sums_by_year;
    let (p, s) = (pingtan(), seed());
    let mut older = seed();
    older.meta.year = Some(2020);
    let mut undated = seed();
    undated.meta.year = None;
    let named = [
        ("p.json", &p),
        ("old.json", &older),
        ("none.json", &undated),
        ("s.json", &s),
        ("p.txt", &p),
    ];
    let (sums, no_year) = sums_by_year(&named);
    assert_eq!(no_year, vec![2]);
    let years: Vec<(i32, Vec<usize>)> = sums.iter().map(|y| (y.year, y.members.clone())).collect();
    assert_eq!(years, vec![(2021, vec![0, 3, 4]), (2020, vec![1])]);
    let sum2021 = sums[0].sum.as_ref().expect("sums");
    assert_eq!(sum2021.get("table3.new.total"), Some(&Cell::Int(140)));
    assert_eq!(sums[0].repeats.len(), 1);
    assert_eq!(sums[0].repeats[0].names, vec!["p.json", "p.txt"]);
    assert!(sums[1].repeats.is_empty());
}
