//! Whatever the app saves, it reads back (issue 17, findings 1 and 2): totals beyond the cell
//! maximum, amounts of any length, the sum of reports. Each failed before its fix.

use report_domain::batch::{sum_reports, SumError};
use report_domain::input::{parse_cell, MAX_COUNT};
use report_domain::{compute, validate, Cell, Decimal, FormatId, Report};
use serde_json::json;

/// Finding 2: 999999999 in two entries of a row makes a 总计 of 1999999998. The draft saved it;
/// reading it back refused it ("数值过大") and the draft went to the 隔离区.
#[test]
fn a_total_beyond_the_cell_maximum_reads_back_and_is_named() {
    let mut r = Report::for_year(2023);
    assert!(r.set("table3.new.natural", Cell::Int(MAX_COUNT)));
    assert!(r.set("table3.new.business", Cell::Int(MAX_COUNT)));
    let r = compute(&r);
    assert_eq!(r.get("table3.new.total"), Some(&Cell::Int(2 * MAX_COUNT)));
    let back = Report::from_json_str(&r.to_json_string()).expect("what was saved reads back");
    assert_eq!(back, r);
    let d: Vec<_> = validate(&back, None)
        .into_iter()
        .filter(|d| d.code == "T2-1")
        .collect();
    assert!(
        d.iter().any(|d| d.cells == ["table3.new.total"]
            && d.message.contains("1999999998")
            && d.message.contains("超出可填写的上限 999999999")),
        "{d:#?}"
    );
    // An entry beyond the maximum is still refused where it enters.
    let mut v = r.to_json();
    v["table3"]["new"]["natural"] = json!(MAX_COUNT + 1);
    let e = Report::from_json(&v).unwrap_err();
    assert_eq!(e.path, "table3.new.natural");
    assert!(e.message.contains("数值过大"), "{e}");
}

/// Every entry at the maximum, in both formats: compute's output reads back.
#[test]
fn compute_of_every_entry_at_the_maximum_reads_back() {
    for id in [FormatId::F2021, FormatId::F2019] {
        let mut r = Report::new(id);
        for (i, info) in r.def().index().cells.iter().enumerate() {
            if !info.computed {
                r.cells[i] = match info.kind {
                    report_domain::format::CellKind::Amount => {
                        Cell::Amount(Decimal::parse(&"9".repeat(40)).unwrap())
                    }
                    _ => Cell::Int(MAX_COUNT),
                };
            }
        }
        let r = compute(&r);
        let back = Report::from_json_str(&r.to_json_string()).expect("reads back");
        assert_eq!(back, r);
    }
}

/// Finding 1: a fee of 65,536 digits trapped in the sum (a `format!` width). It is refused
/// where it enters, and the sum of long amounts does not panic.
#[test]
fn a_fee_of_65536_digits_never_panics() {
    let long = "1".repeat(65_536);
    let e = parse_cell(report_domain::format::CellKind::Amount, &long).unwrap_err();
    assert!(e.message.contains("金额位数过多"), "{}", e.message);
    let mut v = Report::for_year(2023).to_json();
    v["table2"]["fees"]["amount"] = json!(long);
    let e = Report::from_json(&v).unwrap_err();
    assert_eq!(e.path, "table2.fees.amount");
    assert!(e.message.contains("金额位数过多"), "{e}");
    // A report built in code holds anything: the sum names it, never traps.
    let mut a = Report::for_year(2023);
    assert!(a.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse(&long).unwrap())
    ));
    let b = Report::for_year(2023);
    let err = sum_reports([("甲", &a), ("乙", &b), ("丙", &a)]).unwrap_err();
    assert!(matches!(err, SumError::TooLarge { .. }), "{err:?}");
}

/// The sum of reports is saved and read back too: its entries hold to the maximum.
#[test]
fn a_sum_beyond_the_maximum_is_refused_not_saved() {
    let mut a = Report::for_year(2023);
    assert!(a.set("table3.new.natural", Cell::Int(MAX_COUNT)));
    let err = sum_reports([("甲", &a), ("乙", &a)]).unwrap_err();
    assert!(matches!(err, SumError::TooLarge { .. }), "{err:?}");
    let mut fee = Report::for_year(2023);
    assert!(fee.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse(&"9".repeat(40)).unwrap())
    ));
    assert!(matches!(
        sum_reports([("甲", &fee), ("乙", &fee)]),
        Err(SumError::TooLarge { .. })
    ));
    let sum = sum_reports([("甲", &a), ("乙", &Report::for_year(2023))]).unwrap();
    assert_eq!(Report::from_json_str(&sum.to_json_string()).unwrap(), sum);
}

/// Finding 8: a narrative part has a size limit, checked where text enters (JSON reader, import),
/// with the reason in Chinese; at the limit a part reads.
#[test]
fn a_narrative_part_has_a_size_limit() {
    use report_domain::model::MAX_PART_CHARS;
    use report_domain::{import, ImportError, InputKind};
    let mut r = Report::for_year(2023);
    r.set_text("problems", "问".repeat(MAX_PART_CHARS));
    assert_eq!(Report::from_json_str(&r.to_json_string()).unwrap(), r);
    r.set_text("problems", "问".repeat(MAX_PART_CHARS + 1));
    let e = Report::from_json_str(&r.to_json_string()).unwrap_err();
    assert_eq!(e.path, "narrative.problems");
    assert!(e.message.contains("每部分最多 50000 字"), "{e}");

    let text = format!(
        "一、总体情况\n本机关……\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n{}\n六、其他需要报告的事项\n无。\n",
        "问题".repeat(MAX_PART_CHARS)
    );
    match import(&text, InputKind::Text) {
        Err(ImportError::PartTooLong { part, message }) => {
            assert_eq!(part, "五、存在的主要问题及改进情况");
            assert!(message.contains("每部分最多"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

/// Found by the long fuzz run (seed 15): "1000元" in the 政府集中采购 row, read as HTML (the
/// spacing gone), splits as 100 projects and 0 万元. The split gave the amount column a whole number, which the
/// draft saved as `0` and read back as the amount "0", so the saved import changed on reading.
#[test]
fn an_amount_split_from_glued_digits_reads_back() {
    let text = include_str!("../../../tests/fixtures/2019-shanghai-format2019.txt")
        .replace("政府集中采购\t6\t\t251000元\t", "政府集中采购\t1000元\t");
    let imported = report_domain::import::import(&text, report_domain::import::InputKind::Html)
        .expect("the report still imports");
    let r = &imported.report;
    assert_eq!(
        r.get("table2.procurement.amount"),
        Some(&Cell::Amount(Decimal::parse("0").expect("a decimal")))
    );
    let back = Report::from_json_str(&r.to_json_string()).expect("what was imported reads back");
    assert_eq!(&back, r);
}
