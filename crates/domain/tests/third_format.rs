//! A made-up third format drives every consumer (issue 18). The feature `test-format` adds
//! `FormatId::Test`: the 2021 format with table 三's row 二 renamed and an applicant column
//! added (`format/test_format.rs`). Nothing outside `format/` names it, yet the form data
//! (`export::grid`), the totals, the checks, the print and the import follow it. What changed
//! is found here by comparing the two declarations, never typed.
//!
//! Run: `cargo test -p report-domain --features test-format --test third_format`.

use report_domain::balance::balance_of;
use report_domain::export::{grid, report_html, report_title, tables_csv, unroll, Role};
use report_domain::format::{ColumnDef, FormatDef, RowDef, TableDef, FORMAT_2021};
use report_domain::{
    compute, format, import, validate, Cell, Decimal, FormatId, InputKind, Report, FORMATS,
};

fn made_up() -> &'static FormatDef {
    format(FormatId::Test)
}

fn table3(f: &'static FormatDef) -> &'static TableDef {
    f.table("table3").unwrap().1
}

/// What the made-up format changed against 2021, read from the two declarations.
struct Changes {
    /// The renamed row (its key is 2021's).
    row: &'static RowDef,
    /// Its 2021 label.
    old_label: &'static str,
    /// The added column.
    column: &'static ColumnDef,
}

fn changes() -> Changes {
    let (new, old) = (
        &table3(made_up()).blocks[0],
        &table3(&FORMAT_2021).blocks[0],
    );
    assert_eq!(new.rows.len(), old.rows.len());
    let renamed: Vec<(&RowDef, &RowDef)> = new
        .rows
        .iter()
        .zip(old.rows)
        .filter(|(n, o)| {
            assert_eq!(n.key, o.key);
            n.label != o.label
        })
        .collect();
    assert_eq!(renamed.len(), 1, "one row renamed");
    let added: Vec<&ColumnDef> = new
        .columns
        .iter()
        .filter(|c| old.columns.iter().all(|o| o.key != c.key))
        .collect();
    assert_eq!(added.len(), 1, "one column added");
    assert_eq!(new.columns.len(), old.columns.len() + 1);
    Changes {
        row: renamed[0].0,
        old_label: renamed[0].1.label,
        column: added[0],
    }
}

fn at(row: &str, col: &str) -> String {
    format!("table3.{row}.{col}")
}

#[test]
fn the_format_is_declared_in_the_test_build_only() {
    let c = changes();
    assert!(c.row.label.starts_with("二、"), "{}", c.row.label);
    assert_eq!(FORMATS.last().map(|f| f.id), Some(FormatId::Test));
    assert_eq!(FormatId::ALL.len(), FORMATS.len());
    for (slot, id) in FormatId::ALL.iter().enumerate() {
        assert_eq!(*id as usize, slot, "PerFormat slot of {id:?}");
        assert_eq!(format(*id).id, *id);
        assert_eq!(FormatId::from_key(id.key()), Some(*id));
    }
    // JSON names: the real formats keep theirs.
    let names: Vec<String> = [FormatId::F2019, FormatId::F2021, FormatId::Test]
        .iter()
        .map(|id| serde_json::to_string(id).unwrap())
        .collect();
    assert_eq!(names, ["\"2019\"", "\"2021\"", "\"test\""]);
    // Its own index: one more cell per table 三 row.
    let rows = table3(made_up()).blocks[0].rows.len();
    assert_eq!(
        made_up().cell_count(),
        FORMAT_2021.cell_count() + rows,
        "cells"
    );
    let added = made_up().cell(&at("new", c.column.key)).unwrap();
    assert_eq!(
        made_up().cell_label(added),
        format!("一、本年新收政府信息公开申请数量 / {}", c.column.label)
    );
    assert_eq!(FORMAT_2021.cell(&at("new", c.column.key)), None);
    // A report in it reads back from its JSON.
    let mut r = Report::new(FormatId::Test);
    r.set(&at(c.row.key, c.column.key), Cell::Int(7));
    let back = Report::from_json_str(&r.to_json_string()).unwrap();
    assert_eq!(back.format, FormatId::Test);
    assert_eq!(back.cells, r.cells);
}

/// The form's data: `export::grid` lays table 三 out with the added column under its group
/// and the renamed row's label, each value cell at its address.
#[test]
fn the_form_grid_follows() {
    let c = changes();
    let mut r = Report::new(FormatId::Test);
    r.set(&at(c.row.key, c.column.key), Cell::Int(4));
    let g = grid(&r, table3(made_up()));
    let base = grid(&Report::new(FormatId::F2021), table3(&FORMAT_2021));
    assert_eq!(g.cols.len(), base.cols.len() + 1);

    let head: Vec<_> = g.head.iter().flatten().collect();
    let columns = table3(made_up()).blocks[0].columns.len();
    let sup = head.iter().find(|h| h.text == "申请人情况").unwrap();
    assert_eq!(sup.colspan, columns);
    let group = c.column.group.unwrap();
    let grouped = table3(made_up()).blocks[0]
        .columns
        .iter()
        .filter(|x| x.group == Some(group))
        .count();
    let gh = head.iter().find(|h| h.text == group).unwrap();
    assert_eq!(gh.colspan, grouped);
    assert!(head
        .iter()
        .any(|h| h.text == c.column.label && h.role == Role::Header));

    let body = &g.bodies[0];
    let labels: Vec<&str> = body
        .iter()
        .flatten()
        .filter(|x| x.role == Role::Label)
        .map(|x| x.text.as_str())
        .collect();
    assert!(labels.contains(&c.row.label));
    assert!(!labels.contains(&c.old_label));
    let value = body
        .iter()
        .flatten()
        .find(|x| {
            x.role
                == (Role::Value {
                    address: at(c.row.key, c.column.key),
                })
        })
        .unwrap();
    assert_eq!(value.text, "4");
    // Every row has a value cell in every column, the added one included.
    let values = body
        .iter()
        .flatten()
        .filter(|x| matches!(x.role, Role::Value { .. }))
        .count();
    assert_eq!(values, columns * table3(made_up()).blocks[0].rows.len());
}

/// Totals: the row's 总计 adds the added column, （七）总计 adds it down the outcome rows.
#[test]
fn totals_follow() {
    let c = changes();
    let t = table3(made_up());
    let b = &t.blocks[0];
    let mut r = Report::new(FormatId::Test);
    for col in b.columns.iter().filter(|x| !x.total) {
        r.set(&at("new", col.key), Cell::Int(1));
    }
    let total_row = b.rows.iter().find(|x| x.is_total()).unwrap();
    for (i, row) in total_row.sum_of.iter().enumerate() {
        r.set(&at(row, c.column.key), Cell::Int(i64::try_from(i).unwrap()));
    }
    let r = compute(&r);
    let total_col = b.columns.iter().find(|x| x.total).unwrap().key;
    let entered = i64::try_from(b.columns.len() - 1).unwrap();
    assert_eq!(r.get(&at("new", total_col)), Some(&Cell::Int(entered)));
    let n = i64::try_from(total_row.sum_of.len()).unwrap();
    assert_eq!(
        r.get(&at(total_row.key, c.column.key)),
        Some(&Cell::Int(n * (n - 1) / 2))
    );
}

fn codes<'a>(d: &'a [report_domain::Diagnostic], code: &str) -> Vec<&'a report_domain::Diagnostic> {
    d.iter().filter(|x| x.code == code).collect()
}

/// The checks: T3-1 (the balance) and the form's balance line, T3-2 (（七）总计) and T3-3 (the
/// row's 总计) take the added column, and name the renamed row by its new label.
#[test]
fn the_checks_follow() {
    let c = changes();
    let col = c.column.key;
    let mut r = Report::new(FormatId::Test);
    // The balance broken in the added column only: 一 = 3, nothing on the right.
    r.set(&at("new", col), Cell::Int(3));
    let d = validate(&compute(&r), None);
    let t31 = codes(&d, "T3-1");
    let in_col: Vec<_> = t31
        .iter()
        .filter(|x| x.message.starts_with(c.column.label))
        .collect();
    assert_eq!(in_col.len(), 1, "{t31:#?}");
    let bal = table3(made_up()).balance.as_ref().unwrap();
    let expected: Vec<String> = bal
        .left
        .iter()
        .chain(bal.right)
        .map(|k| at(k, col))
        .collect();
    assert_eq!(in_col[0].cells, expected);
    let (_, columns) = balance_of(&r, "table3").unwrap();
    let line = columns.iter().find(|x| x.column == col).unwrap();
    assert_eq!((line.left, line.right), (Some(3), None));

    // （七）总计 stated 0 in the added column, its outcome rows adding up to 2.
    let mut r = Report::new(FormatId::Test);
    r.set(&at("granted", col), Cell::Int(2));
    r.set(&at("total", col), Cell::Int(0));
    let d = validate(&r, None);
    let t32 = codes(&d, "T3-2");
    assert_eq!(t32.len(), 1, "{t32:#?}");
    assert!(
        t32[0].message.starts_with(c.column.label),
        "{}",
        t32[0].message
    );
    assert_eq!(t32[0].cells[0], at("total", col));

    // The renamed row's 总计 stated 0, its applicants (the added column's 2) adding up to 2.
    let mut r = Report::new(FormatId::Test);
    r.set(&at(c.row.key, col), Cell::Int(2));
    r.set(&at(c.row.key, "total"), Cell::Int(0));
    let d = validate(&r, None);
    let t33 = codes(&d, "T3-3");
    assert_eq!(t33.len(), 1, "{t33:#?}");
    assert!(
        t33[0].message.starts_with(&format!("“{}”行", c.row.label)),
        "{}",
        t33[0].message
    );
    assert!(t33[0].message.contains("之和为 2"), "{}", t33[0].message);
    assert!(t33[0].cells.contains(&at(c.row.key, col)));
    assert!(d.iter().all(|x| !x.message.contains(c.old_label)));
}

/// The print: the HTML document has the renamed label, the added column's header under the
/// widened 申请人情况, and its value.
#[test]
fn the_print_follows() {
    let c = changes();
    let mut r = Report::new(FormatId::Test);
    r.meta.agency = "测试县商务局".into();
    r.meta.year = Some(2022);
    r.set(&at(c.row.key, c.column.key), Cell::Int(9876));
    let html = report_html(&compute(&r));
    assert!(html.contains(c.row.label));
    assert!(!html.contains(c.old_label));
    assert!(html.contains(&format!(">{}<", c.column.label)));
    assert!(html.contains(">9876<"));
    let columns = table3(made_up()).blocks[0].columns.len();
    assert!(
        html.contains(&format!(
            "colspan=\"{columns}\" scope=\"colgroup\">申请人情况<"
        )),
        "{html}"
    );
    // The CSV export reads the same grid.
    let csv = tables_csv(&compute(&r));
    let line = csv
        .lines()
        .find(|l| l.starts_with(c.row.label))
        .unwrap_or_else(|| panic!("{csv}"));
    let fields: Vec<&str> = line.split(',').collect();
    let depth = grid(&r, table3(made_up())).cols.len() - columns;
    assert_eq!(fields.len(), depth + columns, "{line}");
    let added = table3(made_up()).blocks[0]
        .columns
        .iter()
        .position(|x| x.key == c.column.key)
        .unwrap();
    assert_eq!(fields[depth + added], "9876", "{line}");
}

/// A report as text, drawn from the format data: the title, each section's heading and
/// narrative, each table as tab-separated lines laid out as the template draws it.
fn as_text(r: &Report) -> String {
    let f = r.def();
    let mut out = format!("{}\n\n", report_title(&r.meta));
    for s in f.sections {
        out.push_str(s.heading);
        out.push_str("\n\n");
        for p in s.parts {
            if let Some(h) = p.heading {
                out.push_str(h);
                out.push_str("\n\n");
            }
            out.push_str(r.text(p.key));
            out.push_str("\n\n");
        }
        let Some((_, t)) = s.table.and_then(|k| f.table(k)) else {
            continue;
        };
        let g = grid(r, t);
        let width = g.cols.len();
        let mut lines = unroll(&g.head, width, false);
        for body in &g.bodies {
            lines.extend(unroll(body, width, false));
        }
        for l in lines {
            out.push_str(&l.join("\t"));
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// A computed report of format `id` with a different figure in every entered cell.
fn filled(id: FormatId) -> Report {
    let mut r = Report::new(id);
    r.meta.agency = "测试县商务局".into();
    r.meta.year = Some(2022);
    let f = r.def();
    for (i, info) in f.index().cells.iter().enumerate() {
        if info.computed {
            continue;
        }
        let value = match info.kind {
            report_domain::format::CellKind::Amount => {
                Cell::Amount(Decimal::parse(&format!("{}.2500", i % 9)).unwrap())
            }
            _ => Cell::Int(i64::try_from(i % 97 + 1).unwrap()),
        };
        r.set(&info.address, value);
    }
    for p in f.parts() {
        r.set_text(p.key, format!("本部分内容（{}）。", p.key.len()));
    }
    compute(&r)
}

/// The import: the text of a report in the made-up format is read in that format, every
/// cell as it was; a 2021 report's text (and the 2021 fixture) is still read as 2021.
#[test]
fn the_import_follows() {
    let c = changes();
    let original = filled(FormatId::Test);
    let text = as_text(&original);
    assert!(text.contains(c.row.label) && text.contains(c.column.label));
    let imported = import(&text, InputKind::Text).unwrap();
    let r = &imported.report;
    assert_eq!(r.format, FormatId::Test, "{:#?}", imported.notes);
    let differ: Vec<String> = r
        .cells
        .iter()
        .zip(&original.cells)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(id, (a, b))| format!("{}: {a:?} ≠ {b:?}", made_up().cell_label(id)))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}\n{:#?}", imported.notes);
    assert!(
        imported.notes[0].ends_with(&format!("表格格式：{}（依据表格栏目判断）", made_up().name)),
        "{}",
        imported.notes[0]
    );
    assert!(
        imported
            .notes
            .iter()
            .all(|n| !n.contains("标签与官方表述不一致")),
        "{:#?}",
        imported.notes
    );

    let base = filled(FormatId::F2021);
    let back = import(&as_text(&base), InputKind::Text).unwrap();
    assert_eq!(back.report.format, FormatId::F2021);
    assert_eq!(back.report.cells, base.cells);
    let seed = include_str!("../../../tests/fixtures/seed-2021-county-commerce-bureau.txt");
    let seed = import(seed, InputKind::Text).unwrap();
    assert_eq!(seed.report.format, FormatId::F2021);
    // The 2021 words it shares with 2021 do not make a tie: the format without its own words
    // in the text is not taken.
    assert!(
        seed.notes[0].ends_with("表格格式：2021年版（依据表格栏目判断）"),
        "{}",
        seed.notes[0]
    );
}

/// The text checks read the made-up format's cells: T2-3 compares the fee and the documents
/// with its table 二 (2021's), T3-6 the 上年结转 figure with the renamed row, named by its label.
#[test]
fn the_text_checks_follow() {
    let c = changes();
    let mut r = Report::new(FormatId::Test);
    r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("5").unwrap()),
    );
    r.set("table2.normative_documents.issued", Cell::Int(8));
    r.set_text(
        "overview_proactive",
        "本年制发行政规范性文件7件，行政事业性收费6万元。",
    );
    r.set(&at("new", "natural"), Cell::Int(4));
    r.set(&at(c.row.key, c.column.key), Cell::Int(2));
    r.set_text(
        "overview_on_request",
        "本年新收政府信息公开申请4件，上年结转3件。",
    );
    let d = validate(&compute(&r), None);
    let t23 = codes(&d, "T2-3");
    assert_eq!(t23.len(), 2, "{t23:#?}");
    assert!(t23
        .iter()
        .any(|x| x.cells.contains(&"table2.fees.amount".to_string())));
    let t36 = codes(&d, "T3-6");
    assert_eq!(t36.len(), 1, "{t36:#?}");
    assert_eq!(t36[0].cells[1], at(c.row.key, "total"));
    assert!(
        t36[0]
            .message
            .ends_with(&format!("“{}”总计为 2", c.row.label)),
        "{}",
        t36[0].message
    );
}

/// The years: the made-up format is required from its declared first year (S-2 says so either
/// way), and a new year's report carries its 结转 in every column, the added one included,
/// into the renamed row (T3-5 compares them).
#[test]
fn the_years_follow() {
    let c = changes();
    let first = made_up().first_year;
    assert_eq!(FormatId::for_year(first), FormatId::Test);
    assert_eq!(FormatId::for_year(first - 1), FormatId::F2021);
    assert_eq!(Report::for_year(first + 5).format, FormatId::Test);

    let mut early = Report::new(FormatId::Test);
    early.meta.year = Some(first - 1);
    let d = validate(&early, None);
    let s2 = codes(&d, "S-2");
    assert_eq!(s2.len(), 1, "{d:#?}");
    assert!(
        s2[0]
            .message
            .contains(&format!("该格式自{first}年度起使用")),
        "{}",
        s2[0].message
    );
    let mut late = Report::new(FormatId::F2021);
    late.meta.year = Some(first);
    let d = validate(&late, None);
    let s2 = codes(&d, "S-2");
    assert_eq!(s2.len(), 1, "{d:#?}");
    assert!(s2[0].message.contains(made_up().name), "{}", s2[0].message);

    let t = table3(made_up());
    let carry = t.carried.iter().find(|x| x.always).unwrap();
    assert_eq!(carry.into, c.row.key);
    let mut last = Report::new(FormatId::Test);
    last.meta.year = Some(first);
    last.set(&at(carry.from, c.column.key), Cell::Int(5));
    let last = compute(&last);
    let next = last.next_year(false).unwrap();
    assert_eq!(next.format, FormatId::Test);
    assert_eq!(next.get(&at(carry.into, c.column.key)), Some(&Cell::Int(5)));
    assert!(validate(&next, Some(&last))
        .iter()
        .all(|d| d.code != "T3-5"));
    let mut off = next.clone();
    off.set(&at(carry.into, c.column.key), Cell::Int(4));
    let d = validate(&compute(&off), Some(&last));
    let t35 = codes(&d, "T3-5");
    let added = t35
        .iter()
        .find(|x| x.cells == [at(carry.into, c.column.key)])
        .unwrap_or_else(|| panic!("{t35:#?}"));
    assert!(
        added.message.starts_with(&format!(
            "{}列：本年“{}”填写为 4",
            c.column.label, c.row.label
        )),
        "{}",
        added.message
    );
}
