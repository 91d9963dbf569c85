//! The format's declared identities drive every consumer: each test below takes its rows from
//! the declaration (`TableDef::balance`, `RowDef::sum_of`, `TableDef::carried`,
//! `TableDef::label_omits`), never from keys typed here, and checks one consumer follows it.

use report_domain::balance::balance_of;
use report_domain::batch::key_figures;
use report_domain::format::{FormatDef, TableDef, FORMATS};
use report_domain::{compute, validate, Cell, Report};

fn table3(f: &FormatDef) -> &'static TableDef {
    f.table("table3").unwrap().1
}

fn first_column(t: &TableDef) -> &'static str {
    t.blocks[0].columns[0].key
}

/// A report of format `f` with 1 in the first column of each row of `rows`.
fn with_ones(f: &FormatDef, t: &TableDef, rows: &[&str]) -> Report {
    let mut r = Report::new(f.id);
    for row in rows {
        assert!(r.set(
            &format!("{}.{row}.{}", t.key, first_column(t)),
            Cell::Int(1)
        ));
    }
    r
}

/// Totals (`totals::compute`): every total row is the sum of its declared rows, every total
/// column the sum of the other columns.
#[test]
fn totals_follow_sum_of() {
    for f in FORMATS {
        for t in f.tables {
            for b in t.blocks {
                for total in b.rows.iter().filter(|r| r.is_total()) {
                    let r = compute(&with_ones(f, t, total.sum_of));
                    let col = b.columns[0].key;
                    let at = format!("{}.{}.{col}", t.key, total.key);
                    let n = i64::try_from(total.sum_of.len()).unwrap();
                    assert_eq!(r.get(&at), Some(&Cell::Int(n)), "{} {at}", f.name);
                }
            }
        }
    }
}

/// T3-1 and the form's balance line (`balance::balance_of`) read the declared balance.
#[test]
fn t3_1_and_the_balance_line_follow_the_balance() {
    for f in FORMATS {
        let t = table3(f);
        let bal = t.balance.as_ref().unwrap();
        let r = with_ones(f, t, bal.left);
        let d: Vec<_> = validate(&r, None)
            .into_iter()
            .filter(|d| d.code == "T3-1")
            .collect();
        let col = first_column(t);
        let expected: Vec<String> = bal
            .left
            .iter()
            .chain(bal.right)
            .map(|row| format!("table3.{row}.{col}"))
            .collect();
        assert_eq!(d.len(), 1, "{}", f.name);
        assert_eq!(d[0].cells, expected);

        let (declared, columns) = balance_of(&r, "table3").unwrap();
        assert!(std::ptr::eq(declared, bal));
        let n = i64::try_from(bal.left.len()).unwrap();
        assert_eq!((columns[0].left, columns[0].right), (Some(n), None));
    }
}

/// T3-2: （七）总计 against the rows its declaration sums, named in the finding.
#[test]
fn t3_2_follows_the_total_row() {
    for f in FORMATS {
        let t = table3(f);
        let total = t.blocks[0].rows.iter().find(|r| r.is_total()).unwrap();
        let mut r = with_ones(f, t, total.sum_of);
        let col = first_column(t);
        r.set(&format!("table3.{}.{col}", total.key), Cell::Int(0));
        let d: Vec<_> = validate(&r, None)
            .into_iter()
            .filter(|d| d.code == "T3-2")
            .collect();
        assert_eq!(d.len(), 1, "{}", f.name);
        let mut expected = vec![format!("table3.{}.{col}", total.key)];
        expected.extend(total.sum_of.iter().map(|row| format!("table3.{row}.{col}")));
        assert_eq!(d[0].cells, expected);
    }
}

/// The batch sum's key figures are the balance's rows, in row order.
#[test]
fn key_figures_are_the_balance_rows() {
    for f in FORMATS {
        let t = table3(f);
        let bal = t.balance.as_ref().unwrap();
        let rows = &t.blocks[0].rows;
        let mut declared: Vec<usize> = bal
            .left
            .iter()
            .chain(bal.right)
            .map(|k| rows.iter().position(|r| r.key == *k).unwrap())
            .collect();
        declared.sort_unstable();
        let labels: Vec<String> = key_figures(&Report::new(f.id))
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(labels.len(), declared.len());
        for (label, ri) in labels.iter().zip(declared) {
            assert!(label.ends_with(rows[ri].label), "{label}");
        }
    }
}

/// A new year's report and T3-5 follow the declared carry-over.
#[test]
fn next_year_and_t3_5_follow_the_carry_over() {
    for f in FORMATS {
        let t = table3(f);
        let carry = t.carried.iter().find(|c| c.always).unwrap();
        let col = first_column(t);
        let mut last = Report::new(f.id);
        last.meta.year = Some(if f.id == report_domain::FormatId::F2019 {
            2020
        } else {
            2022
        });
        last.set(&format!("table3.{}.{col}", carry.from), Cell::Int(5));
        let last = compute(&last);
        let next = last.next_year(false).unwrap();
        assert_eq!(
            next.get(&format!("table3.{}.{col}", carry.into)),
            Some(&Cell::Int(5))
        );
        let mut off = next.clone();
        off.set(&format!("table3.{}.{col}", carry.into), Cell::Int(4));
        let off = compute(&off);
        let d: Vec<_> = validate(&off, Some(&last))
            .into_iter()
            .filter(|d| d.code == "T3-5")
            .collect();
        // The column itself and the 总计 column it adds into.
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].cells, [format!("table3.{}.{col}", carry.into)]);
        assert!(validate(&next, Some(&last))
            .iter()
            .all(|d| d.code != "T3-5"));
    }
}

/// Labels leave out the groups the table declares omitted, and keep the others.
#[test]
fn labels_follow_label_omits() {
    for f in FORMATS {
        let t = table3(f);
        assert!(!t.label_omits.is_empty());
        for row in t.blocks[0].rows {
            let label = t.row_label(row);
            for g in row.groups {
                assert_eq!(label.contains(g), !t.label_omits.contains(g), "{label}");
            }
            assert!(label.ends_with(row.label));
        }
    }
}
