//! The CSV export: one UTF-8 file with a BOM and CRLF lines, the three tables under their
//! section headings with the official labels, values as stored, and no formula a spreadsheet
//! would run.

use report_domain::export::report_title;
use report_domain::format::{FORMAT_2019, TABLE3_CORNER};
use report_domain::{tables_csv, Cell, Decimal, FormatId, Report};

mod common;
use common::{csv_rows as parse, seed, table_labels};

fn row<'a>(rows: &'a [Vec<String>], first: &[&str]) -> &'a [String] {
    rows.iter()
        .find(|r| r.len() >= first.len() && r.iter().zip(first).all(|(a, b)| a == b))
        .unwrap_or_else(|| panic!("no row starting {first:?}"))
}

#[test]
fn seed_csv_is_excel_ready_with_official_labels() {
    let r = seed();
    let csv = tables_csv(&r);
    let body = csv.strip_prefix('\u{feff}').expect("UTF-8 BOM first");
    let rows = parse(body);
    assert_eq!(rows[0], vec![report_title(&r.meta)]);
    let f = r.def();
    for t in f.tables {
        let heading = f
            .sections
            .iter()
            .find(|s| s.table == Some(t.key))
            .expect("section of table")
            .heading;
        assert!(rows.contains(&vec![heading.to_string()]), "{heading}");
        // Every official label is a whole field somewhere.
        for l in table_labels(t) {
            assert!(rows.iter().flatten().any(|x| x == l), "label {l} missing");
        }
    }
    // Table 三 mirrors the template: three label columns, then the seven applicant columns.
    let i = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == TABLE3_CORNER))
        .expect("table 三 head");
    let line = |cells: &[(usize, &str)]| {
        let mut l = vec![String::new(); 10];
        for (at, text) in cells {
            l[*at] = text.to_string();
        }
        l
    };
    assert_eq!(rows[i], line(&[(0, TABLE3_CORNER), (3, "申请人情况")]));
    assert_eq!(
        rows[i + 1],
        line(&[(3, "自然人"), (4, "法人或其他组织"), (9, "总计")])
    );
    assert_eq!(
        rows[i + 2],
        line(&[
            (4, "商业企业"),
            (5, "科研机构"),
            (6, "社会公益组织"),
            (7, "法律服务机构"),
            (8, "其他")
        ])
    );
    assert_eq!(
        row(&rows, &["一、本年新收政府信息公开申请数量"]),
        [
            "一、本年新收政府信息公开申请数量",
            "",
            "",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0"
        ]
    );
    // Each outcome row names its groups, so a filtered sheet keeps the context.
    assert_eq!(
        row(
            &rows,
            &["三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"]
        )[3..],
        ["0"; 7]
    );
    assert_eq!(
        row(&rows, &["三、本年度办理结果", "（七）总计"])[..3],
        ["三、本年度办理结果", "（七）总计", ""]
    );
    let outcome_rows = rows
        .iter()
        .filter(|r| r.first().is_some_and(|c| c == "三、本年度办理结果"))
        .count();
    assert_eq!(outcome_rows, 22);
    // Table 四: four lines; the fifteen numbers on the last.
    let t4 = row(&rows, &["行政复议"]);
    assert_eq!(t4.len(), 15);
    assert_eq!(t4[5], "行政诉讼");
    let i = rows
        .iter()
        .position(|r| r.as_slice() == t4)
        .expect("table4 head");
    assert_eq!(rows[i + 3], vec!["0".to_string(); 15]);
    // Table 二: the fee as stored.
    assert_eq!(row(&rows, &["行政事业性收费"])[1], "0");
}

#[test]
fn blanks_stay_blank_and_amounts_stay_exact() {
    let mut r = seed();
    assert!(r.set("table3.new.natural", Cell::Blank));
    assert!(r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("0.3500").expect("decimal"))
    ));
    let rows = parse(tables_csv(&r).trim_start_matches('\u{feff}'));
    assert_eq!(row(&rows, &["一、本年新收政府信息公开申请数量"])[3], "");
    assert_eq!(row(&rows, &["行政事业性收费"])[1..], ["0.3500", "", ""]);
}

#[test]
fn formula_injection_is_defused_and_text_is_quoted() {
    let mut r = seed();
    for (agency, expected) in [
        (
            "=HYPERLINK(\"http://x\",\"点我\")",
            "'=HYPERLINK(\"http://x\",\"点我\")2021年",
        ),
        ("+1+1", "'+1+12021年"),
        ("-2+3", "'-2+32021年"),
        ("@SUM(1)", "'@SUM(1)2021年"),
        ("某局,\"分局\"\n二处", "某局,\"分局\"\n二处2021年"),
    ] {
        r.meta.agency = agency.into();
        let csv = tables_csv(&r);
        let rows = parse(csv.trim_start_matches('\u{feff}'));
        assert!(rows[0][0].starts_with(expected), "{agency}: {:?}", rows[0]);
        assert_eq!(rows[0].len(), 1);
    }
}

#[test]
fn the_2019_format_exports_signed_changes_as_numbers() {
    let mut r = Report::for_year(2019);
    assert_eq!(r.format, FormatId::F2019);
    assert!(r.set("table2.licensing.change", Cell::Int(-3)));
    let rows = parse(tables_csv(&r).trim_start_matches('\u{feff}'));
    assert_eq!(row(&rows, &["行政许可"])[1..], ["", "-3", ""]);
    assert_eq!(
        row(&rows, &["三、本年度办理结果", "（六）其他处理"]).len(),
        10
    );
    for b in FORMAT_2019.tables[0].blocks {
        assert!(rows.iter().flatten().any(|x| Some(x.as_str()) == b.caption));
    }
}
