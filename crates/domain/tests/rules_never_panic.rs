//! No rule ever panics, whatever the report holds: any values of any kind in any cell, a cell
//! list of the wrong length, extreme years and dates, any text, any import record, any
//! previous report.

use proptest::collection::vec;
use proptest::prelude::*;
use report_domain::format::FormatId;
use report_domain::model::{FoundHeading, ImportRecord, LabelDeviation};
use report_domain::{validate, Cell, Decimal, Report, ReportKind};

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        Just(Cell::Blank),
        any::<i64>().prop_map(Cell::Int),
        prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(-1), Just(0)].prop_map(Cell::Int),
        "-?[0-9]{0,30}\\.?[0-9]{1,30}"
            .prop_filter_map("a decimal", |s| Decimal::parse(&s).map(Cell::Amount)),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        // Text shaped like the numbers the text rules look for.
        "[一二三四五六七八九十〇零两0-9０-９年度月日收到受理办结结转件个起宗次%％。，\\n ]{0,80}",
    ]
}

fn report() -> impl Strategy<Value = Report> {
    (
        prop_oneof![Just(FormatId::F2021), Just(FormatId::F2019)],
        vec(cell(), 0..260),
        proptest::option::of(prop_oneof![any::<i32>(), 2015..2030i32]),
        prop_oneof![Just(ReportKind::Department), Just(ReportKind::Government)],
        prop_oneof![
            text(),
            "[0-9０-９]{0,6}[-/.年]{0,2}[0-9]{0,3}[-/.月]{0,2}[0-9]{0,3}日?"
        ],
        vec(text(), 8),
        proptest::option::of((
            vec((text(), text()), 0..8),
            vec((text(), text(), text()), 0..4),
        )),
    )
        .prop_map(|(id, cells, year, kind, published, texts, origin)| {
            let mut r = Report::new(id);
            let n = r.cells.len();
            // Half the time a full cell list, otherwise whatever length came out.
            r.cells = if cells.len() % 2 == 0 {
                cells.into_iter().cycle().take(n).collect()
            } else {
                cells
            };
            r.meta.year = year;
            r.meta.kind = kind;
            r.meta.published = published;
            let parts: Vec<&str> = r.def().parts().map(|p| p.key).collect();
            for (part, t) in parts.iter().zip(texts) {
                r.set_text(part, t);
            }
            r.origin = origin.map(|(headings, labels)| ImportRecord {
                source: "text".into(),
                headings: headings
                    .into_iter()
                    .map(|(section, text)| FoundHeading { section, text })
                    .collect(),
                labels: labels
                    .into_iter()
                    .map(|(address, found, official)| LabelDeviation {
                        address,
                        found,
                        official,
                    })
                    .collect(),
                ..ImportRecord::default()
            });
            r
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn validate_never_panics(r in report(), previous in proptest::option::of(report())) {
        let diags = validate(&r, previous.as_ref());
        for d in &diags {
            prop_assert!(!d.message.is_empty(), "{}", d.code);
        }
    }
}
