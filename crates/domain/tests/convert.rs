//! `Report::convert`: a draft moved into the format its report year requires keeps every
//! figure both formats have (same address), regroups table 三's （六）其他处理, computes its
//! totals and lists what has no place.

mod common;

use common::{seed, set};
use proptest::prelude::*;
use report_domain::format::{format, CellKind, FormatId};
use report_domain::{totals, Cell, Decimal, Report};

/// The other of the two real formats.
fn other(id: FormatId) -> FormatId {
    if id == FormatId::F2021 {
        FormatId::F2019
    } else {
        FormatId::F2021
    }
}

/// An entry cell address of `id` that `to` has as an entry cell too.
fn common(id: FormatId, to: FormatId, address: &str) -> bool {
    let entry = |f: FormatId| {
        let f = format(f);
        f.cell(address)
            .is_some_and(|c| !f.index().cells[c].computed)
    };
    entry(id) && entry(to)
}

#[test]
fn the_seed_to_2019_keeps_table_three_and_four_and_lists_table_two() {
    let r = seed();
    let c = r.convert(FormatId::F2019);
    assert_eq!(c.report.format, FormatId::F2019);
    assert_eq!(c.report.narrative, r.narrative);
    assert_eq!(c.report.meta, r.meta);
    for t in ["table3", "table4"] {
        let (_, def) = format(FormatId::F2019).table(t).unwrap();
        for b in def.blocks {
            for row in b.rows.iter().filter(|r| !r.key.starts_with("other")) {
                for col in b.columns {
                    let a = format!("{t}.{}.{}", row.key, col.key);
                    assert_eq!(c.report.get(&a), r.get(&a), "{a}");
                }
            }
        }
    }
    // 表二's first block has other columns in 2019: its figures are listed, named.
    let left: Vec<&str> = c.left_behind.iter().map(|l| l.address.as_str()).collect();
    assert!(left.contains(&"table2.regulations.issued"), "{left:?}");
    assert!(left.contains(&"table2.fees.amount"), "{left:?}");
    assert!(!left
        .iter()
        .any(|a| a.starts_with("table3") || a.starts_with("table4")));
    let fee = c
        .left_behind
        .iter()
        .find(|l| l.address == "table2.fees.amount")
        .unwrap();
    assert_eq!(
        fee.label,
        "表二 行政事业性收费 / 本年收费金额（单位：万元）"
    );
    // 表二's 本年处理决定数量 is the 2019 处理决定数量: same address, moved.
    assert_eq!(
        c.report.get("table2.licensing.decisions"),
        r.get("table2.licensing.decisions")
    );
    assert!(c.moved > 0);
}

#[test]
fn other_handling_is_summed_into_one_row_and_moved_back_into_3_other() {
    let mut r = Report::for_year(2021);
    set(
        &mut r,
        &[
            ("table3.other_1.natural", 2),
            ("table3.other_2.natural", 3),
            ("table3.other_3.natural", 4),
            ("table3.other_3.business", 1),
        ],
    );
    totals::fill(&mut r);
    let c = r.convert(FormatId::F2019);
    assert_eq!(c.report.get("table3.other.natural"), Some(&Cell::Int(9)));
    assert_eq!(c.report.get("table3.other.business"), Some(&Cell::Int(1)));
    assert_eq!(c.report.get("table3.total.natural"), Some(&Cell::Int(9)));
    assert_eq!(c.report.get("table3.other.total"), Some(&Cell::Int(10)));
    assert!(c.left_behind.is_empty(), "{:?}", c.left_behind);
    assert_eq!(c.regrouped.len(), 1);
    assert_eq!(c.regrouped[0].what, "“（六）其他处理”的各分项合计为一行");

    let back = c.report.convert(FormatId::F2021);
    assert_eq!(
        back.report.get("table3.other_3.natural"),
        Some(&Cell::Int(9))
    );
    assert_eq!(
        back.report.get("table3.other_1.natural"),
        Some(&Cell::Blank)
    );
    assert_eq!(back.report.get("table3.total.natural"), Some(&Cell::Int(9)));
    assert!(back.regrouped[0].what.contains("3.其他"));
}

#[test]
fn text_typed_into_a_cell_moves_or_is_listed() {
    let mut r = Report::for_year(2021);
    assert!(r.set_unread("table3.new.natural", "1O"));
    assert!(r.set_unread("table2.regulations.issued", "abc"));
    let c = r.convert(FormatId::F2019);
    assert_eq!(c.report.unread("table3.new.natural"), Some("1O"));
    assert_eq!(c.left_behind.len(), 1);
    assert_eq!(c.left_behind[0].value, "abc");
}

#[test]
fn an_empty_draft_has_no_table_entries_and_a_typed_one_has() {
    let mut r = Report::for_year(2021);
    r.set_text("problems", "文字不在表格里");
    assert!(!r.has_table_entries());
    totals::fill(&mut r);
    assert!(!r.has_table_entries());
    set(&mut r, &[("table4.review.upheld", 0)]);
    assert!(r.has_table_entries());
    let mut u = Report::for_year(2021);
    u.set_unread("table4.review.upheld", "x");
    assert!(u.has_table_entries());
}

/// A random report of a format: each entry cell blank or a value of its kind.
fn random_report(id: FormatId, seed: Vec<(bool, i64)>) -> Report {
    let mut r = Report::new(id);
    let f = format(id);
    for ((i, info), (filled, v)) in f.index().cells.iter().enumerate().zip(seed) {
        if info.computed || !filled {
            continue;
        }
        r.cells[i] = match info.kind {
            CellKind::Amount => Cell::Amount(Decimal::parse(&v.abs().to_string()).unwrap()),
            CellKind::SignedCount => Cell::Int(v),
            CellKind::Count => Cell::Int(v.abs()),
        };
    }
    totals::fill(&mut r);
    r
}

proptest! {
    #[test]
    fn every_common_cell_is_kept_both_ways(
        from_2019 in any::<bool>(),
        seed in proptest::collection::vec((any::<bool>(), -1000i64..1000), 300),
    ) {
        let id = if from_2019 { FormatId::F2019 } else { FormatId::F2021 };
        let to = other(id);
        let r = random_report(id, seed);
        let c = r.convert(to);
        prop_assert_eq!(c.report.format, to);
        let f = format(id);
        let mut listed = c.left_behind.iter().map(|l| l.address.clone());
        for (i, info) in f.index().cells.iter().enumerate() {
            if info.computed {
                continue;
            }
            let a = &info.address;
            if common(id, to, a) {
                prop_assert_eq!(c.report.get(a), Some(r.cell(i)), "{}", a);
            } else if !r.cell(i).is_blank() && !a.starts_with("table3.other") {
                // Every filled cell without a place is listed, in order.
                prop_assert_eq!(listed.next(), Some(a.clone()));
            }
        }
        prop_assert_eq!(listed.next(), None);
        // The totals are the computed ones, and going back keeps every common cell again.
        prop_assert_eq!(&c.report, &totals::compute(&c.report));
        let back = c.report.convert(id);
        for info in f.index().cells.iter().filter(|i| !i.computed) {
            if common(id, to, &info.address) {
                prop_assert_eq!(back.report.get(&info.address), r.get(&info.address));
            }
        }
        // Table 三's outcome total is the same in both formats (（六） regrouped, not lost).
        for col in ["natural", "business", "total"] {
            let a = format!("table3.total.{col}");
            prop_assert_eq!(c.report.get(&a), r.get(&a), "{}", a);
        }
    }
}
