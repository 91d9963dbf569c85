//! The format's declared readings (what a figure the narrative states counts in the tables) and
//! its merged rows name rows and columns the format has, and the text checks' cells follow the
//! declaration: each test takes its keys from `FormatDef::readings` / `TableDef::merged`, never
//! from keys typed here.

use report_domain::format::{row_in, FormatDef, Rows, FORMATS};
use report_domain::rules::readings;
use report_domain::text::{AppealColumn as C, AppealGroup, Applicant, Outcome, Quantity};

const OUTCOMES: [Outcome; 7] = [
    Outcome::Granted,
    Outcome::Partial,
    Outcome::GrantedOrPartial,
    Outcome::Withheld,
    Outcome::Unavailable,
    Outcome::NotProcessed,
    Outcome::OtherProcessing,
];

const GROUPS: [AppealGroup; 4] = [
    AppealGroup::Review,
    AppealGroup::Litigation,
    AppealGroup::LitigationDirect,
    AppealGroup::LitigationAfterReview,
];

/// The 总计 cells of table 三's rows a declared list names, worked out from the declaration.
fn totals_of(f: &FormatDef, rows: Rows) -> Vec<String> {
    let b = &f.table("table3").unwrap().1.blocks[0];
    let total = b.columns.iter().find(|c| c.total).unwrap().key;
    rows.iter()
        .flat_map(|p| b.rows.iter().filter(move |r| row_in(r.key, p)))
        .map(|r| format!("table3.{}.{total}", r.key))
        .collect()
}

/// Every table 三 row list resolves in the format's index, each prefix to at least one row
/// (a mistyped key would silently drop a check).
#[test]
fn table3_readings_name_rows_of_the_format() {
    for f in FORMATS {
        let b = &f.table("table3").unwrap().1.blocks[0];
        for rows in f.readings.table3_rows() {
            assert!(
                !f.index().reading_rows(rows).is_empty(),
                "{:?} {rows:?}",
                f.id
            );
            for p in rows {
                assert!(b.rows.iter().any(|r| row_in(r.key, p)), "{:?} {p}", f.id);
            }
        }
    }
}

/// The table 四 groups and the table 二 document columns exist in the format.
#[test]
fn table4_and_table2_readings_name_cells_of_the_format() {
    for f in FORMATS {
        let t4 = f.table("table4").unwrap().1;
        for g in GROUPS {
            for row in g.rows(&f.readings.appeals) {
                assert!(t4.find_row(row).is_some(), "{:?} {row}", f.id);
            }
        }
        // The columns the text names, of tables 四 and 三.
        let c = &f.readings.appeal_columns;
        for col in [C::Total, C::Upheld, C::Corrected, C::Other, C::Pending] {
            let key = col.key(c);
            assert!(
                t4.blocks
                    .iter()
                    .any(|b| b.columns.iter().any(|c| c.key == key)),
                "{:?} {col:?} {key}",
                f.id
            );
        }
        let t3 = f.table("table3").unwrap().1;
        let a = &f.readings.applicants;
        for who in APPLICANTS {
            for key in who.columns(a) {
                assert!(
                    t3.blocks
                        .iter()
                        .any(|b| b.columns.iter().any(|c| c.key == *key)),
                    "{:?} {who:?} {key}",
                    f.id
                );
            }
        }
        let t2 = f.table("table2").unwrap().1;
        for (verb, readings) in f.readings.documents {
            for col in readings.iter().flat_map(|r| r.iter()) {
                assert!(
                    t2.blocks
                        .iter()
                        .any(|b| b.columns.iter().any(|c| c.key == *col)),
                    "{:?} {verb} {col}",
                    f.id
                );
            }
        }
    }
}

const APPLICANTS: [Applicant; 6] = [
    Applicant::Natural,
    Applicant::Legal,
    Applicant::Business,
    Applicant::Research,
    Applicant::PublicInterest,
    Applicant::LegalServices,
];

/// The claims' cells (`rules::readings`, which the form marks and T3-6 compares) are the
/// declared rows: 收到 each declared reading, an outcome its group's rows, a 四 group its rows.
#[test]
fn claim_cells_follow_the_declaration() {
    for f in FORMATS {
        let r = f.readings;
        let received: Vec<Vec<String>> = r.received.iter().map(|&x| totals_of(f, x)).collect();
        assert_eq!(readings(f, Quantity::Received), received, "{:?}", f.id);
        for (q, rows) in [
            (Quantity::New, r.new),
            (Quantity::Carried, r.carried),
            (Quantity::Concluded, r.concluded),
            (Quantity::Forward, r.forward),
        ] {
            assert_eq!(readings(f, q), vec![totals_of(f, rows)], "{:?} {q:?}", f.id);
        }
        for o in OUTCOMES {
            let q = Quantity::Outcome(o);
            let want = vec![totals_of(f, o.rows(&r.outcomes))];
            assert_eq!(readings(f, q), want, "{:?} {q:?}", f.id);
        }
        for g in GROUPS {
            let want: Vec<String> = g
                .rows(&r.appeals)
                .iter()
                .map(|row| format!("table4.{row}.{}", r.appeal_columns.total))
                .collect();
            assert_eq!(readings(f, Quantity::Appeal(g, C::Total)), vec![want]);
        }
    }
}

/// The merged rows of a table are rows of it, and the row taking the figures is one of them.
#[test]
fn merged_rows_are_rows_of_the_table() {
    let mut seen = 0;
    for f in FORMATS {
        for t in f.tables {
            if let Some(m) = &t.merged {
                seen += 1;
                assert!(m.rows.contains(&m.into), "{:?} {}", f.id, t.key);
                for row in m.rows {
                    assert!(t.find_row(row).is_some(), "{:?} {row}", f.id);
                }
            }
        }
    }
    assert!(seen > 0, "no format declares merged rows");
}
