//! The 汇总表 of a collection (`batch::figures_csv`): a line per report with every cell of its
//! tables, the line of each year's sum after that year's reports, and the reports without a year
//! last.

use report_domain::batch::{figures_csv, sum_reports, FIGURES_LEAD};
use report_domain::{Cell, Decimal, FormatId, Report};

mod common;
use common::{csv_rows, pingtan, seed};

/// The CSV's lines as fields, after its byte-order mark.
fn parse(csv: &str) -> Vec<Vec<String>> {
    csv_rows(csv.strip_prefix('\u{feff}').expect("byte-order mark"))
}

/// The field of `row` under the column headed `label`.
fn at<'a>(rows: &'a [Vec<String>], row: usize, label: &str) -> &'a str {
    let col = rows[0]
        .iter()
        .position(|h| h == label)
        .unwrap_or_else(|| panic!("no column {label}"));
    &rows[row][col]
}

#[test]
fn a_line_per_report_with_every_cell_and_the_years_sum_after_them() {
    let (a, b) = (seed(), pingtan());
    let rows = parse(&figures_csv(&[("seed.json", &a), ("平潭.html", &b)]));
    let def = a.def();
    let cells = def.cell_count();
    assert_eq!(rows[0][..3], FIGURES_LEAD.map(String::from));
    assert_eq!(
        rows[0].len(),
        3 + cells,
        "a column per cell of the 2021 format"
    );
    assert_eq!(rows.len(), 4, "heading, two reports, their sum");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    assert_eq!(
        rows[1][..3],
        ["seed.json", "郑县商务局", "2021"].map(String::from)
    );
    assert_eq!(
        rows[2][..3],
        ["平潭.html", "平潭综合实验区", "2021"].map(String::from)
    );
    assert_eq!(
        rows[3][..3],
        ["合计", "合计（2021年度，2份报告）", "2021"].map(String::from)
    );
    // Every cell, each report's and the sum's, under its own label.
    let sum = sum_reports([("seed.json", &a), ("平潭.html", &b)]).expect("sums");
    for id in 0..cells {
        let label = def.cell_label(id);
        for (row, r) in [(1, &a), (2, &b), (3, &sum)] {
            assert_eq!(at(&rows, row, &label), r.cell(id).display(), "{label}");
        }
    }
    assert_eq!(
        at(&rows, 2, "一、本年新收政府信息公开申请数量 / 总计"),
        "70"
    );
    assert_eq!(
        at(&rows, 3, "一、本年新收政府信息公开申请数量 / 总计"),
        (70 + a.get("table3.new.total").and_then(Cell::int).unwrap_or(0)).to_string()
    );
}

#[test]
fn years_come_newest_first_and_reports_without_a_year_last() {
    let mut old = pingtan();
    old.meta.year = Some(2020);
    let mut undated = seed();
    undated.meta.year = None;
    let rows = parse(&figures_csv(&[
        ("2020.json", &old),
        ("undated.json", &undated),
        ("2021.json", &pingtan()),
    ]));
    let lead: Vec<(&str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        lead,
        [
            ("2021.json", "2021"),
            ("合计", "2021"),
            ("2020.json", "2020"),
            ("合计", "2020"),
            ("undated.json", "")
        ]
    );
    assert_eq!(rows[4][1], "合计（2020年度，1份报告）");
}

#[test]
fn the_two_formats_share_the_columns_they_have_in_common() {
    let mut old = Report::for_year(2019);
    let def19 = old.def();
    let new_total = def19.cell("table3.new.total").expect("2019 has 新收 总计");
    let entry = def19
        .index()
        .cells
        .iter()
        .position(|c| c.address == "table2.procurement.amount")
        .expect("2019 has 政府集中采购");
    old.cells[entry] = Cell::Amount(Decimal::parse("12.5").expect("decimal"));
    old.cells[new_total] = Cell::Int(9);
    old.meta.agency = "旧局".into();
    let p = pingtan();
    let rows = parse(&figures_csv(&[("p.json", &p), ("old.json", &old)]));
    // The columns do not depend on the order of the list: the newer format's come first.
    let reversed = parse(&figures_csv(&[("old.json", &old), ("p.json", &p)]));
    assert_eq!(reversed[0], rows[0]);
    assert_eq!(rows[0][3], p.def().cell_label(0));
    let (c21, c19) = (p.def().cell_count(), def19.cell_count());
    let shared = (0..c19)
        .filter(|&id| rows[0].contains(&def19.cell_label(id)))
        .filter(|&id| (0..c21).any(|j| p.def().cell_label(j) == def19.cell_label(id)))
        .count();
    assert!(
        shared > 40,
        "table 三's 总计 and table 四 line up: {shared}"
    );
    assert_eq!(rows[0].len(), 3 + c21 + c19 - shared);
    // The 2019 report's 新收 总计 sits in the column the 2021 report uses for it.
    let old_row = rows
        .iter()
        .position(|r| r[0] == "old.json")
        .expect("listed");
    assert_eq!(
        at(&rows, old_row, "一、本年新收政府信息公开申请数量 / 总计"),
        "9"
    );
    assert_eq!(at(&rows, old_row, "政府集中采购 / 采购总金额"), "12.5");
    // A cell the other format lacks is blank on its line.
    let p_row = rows.iter().position(|r| r[0] == "p.json").expect("listed");
    assert_eq!(at(&rows, p_row, "政府集中采购 / 采购总金额"), "");
    assert_eq!(
        at(&rows, old_row, "一、本年新收政府信息公开申请数量 / 自然人"),
        ""
    );
}

#[test]
fn a_year_that_cannot_be_summed_says_why_on_its_sum_line() {
    let mut bad = seed();
    bad.set("table3.new.natural", Cell::Int(-4));
    let rows = parse(&figures_csv(&[("bad.json", &bad), ("p.json", &pingtan())]));
    let sum = &rows[3];
    assert_eq!(sum[0], "合计");
    assert!(
        sum[1].starts_with("合计（2021年度，2份报告）：“bad.json”的“"),
        "{}",
        sum[1]
    );
    assert!(sum[1].ends_with("为负数，不能汇总"), "{}", sum[1]);
    assert!(sum[3..].iter().all(String::is_empty));
    assert_eq!(sum.len(), rows[0].len());
}

#[test]
fn no_report_is_a_heading_alone() {
    let rows = parse(&figures_csv(&[]));
    assert_eq!(rows, vec![FIGURES_LEAD.map(String::from).to_vec()]);
}

#[test]
fn a_year_in_the_older_tables_sums_in_them_and_a_mix_says_why() {
    // A published 2021 page that kept the 2019 tables.
    let mut old_tables = Report::new(FormatId::F2019);
    old_tables.meta.year = Some(2021);
    old_tables.meta.agency = "旧表局".into();
    assert!(old_tables.set("table3.new.natural", Cell::Int(6)));
    let rows = parse(&figures_csv(&[
        ("a.html", &old_tables),
        ("b.html", &old_tables),
    ]));
    let total = "一、本年新收政府信息公开申请数量 / 总计";
    assert_eq!(rows[3][0], "合计");
    assert_eq!(at(&rows, 3, total), "12");
    // The same report twice: the sum line says it was counted twice.
    assert!(
        rows[3][1].starts_with(
            "合计（2021年度，2份报告）；提醒：“旧表局”2021年度的报告出现 2 次（a.html、b.html）"
        ),
        "{}",
        rows[3][1]
    );
    // With a report in the 2021 tables, the year cannot be summed, and the line says why.
    let p = pingtan();
    let rows = parse(&figures_csv(&[("a.html", &old_tables), ("p.json", &p)]));
    assert!(
        rows[3][1].ends_with(
            "只能汇总同一表格格式的报告：“a.html”为2019年版（试行）表格，“p.json”为2021年版表格"
        ),
        "{}",
        rows[3][1]
    );
    assert_eq!(
        at(&rows, 1, "一、本年新收政府信息公开申请数量 / 自然人"),
        "6"
    );
    assert_eq!(at(&rows, 2, total), "70");
}
