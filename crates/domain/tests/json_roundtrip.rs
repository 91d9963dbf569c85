//! Export → import is the identity: any report, in either format, with blank cells, counts,
//! exact decimals, text typed and not read, any narrative text, metadata, acknowledgements and
//! import record, comes back
//! equal from its JSON text.

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use report_domain::format::{format, CellKind, FormatId};
use report_domain::input::MAX_COUNT;
use report_domain::model::{FoundHeading, ImportRecord, LabelDeviation, UncertainRow};
use report_domain::{Cell, Decimal, Meta, Report, ReportKind};

fn cell(kind: CellKind) -> BoxedStrategy<Cell> {
    match kind {
        CellKind::Count => prop_oneof![
            1 => Just(Cell::Blank),
            3 => (0..=MAX_COUNT).prop_map(Cell::Int),
        ]
        .boxed(),
        CellKind::SignedCount => prop_oneof![
            1 => Just(Cell::Blank),
            3 => (-MAX_COUNT..=MAX_COUNT).prop_map(Cell::Int),
        ]
        .boxed(),
        // Leading and trailing zeros, a bare fraction, a sign: the text must survive exactly.
        CellKind::Amount => prop_oneof![
            1 => Just(Cell::Blank),
            3 => "-?[0-9]{0,12}\\.?[0-9]{1,12}"
                .prop_filter_map("a decimal", |s| Decimal::parse(&s).map(Cell::Amount)),
        ]
        .boxed(),
    }
}

fn cells(id: FormatId) -> Vec<BoxedStrategy<Cell>> {
    format(id)
        .index()
        .cells
        .iter()
        .map(|c| cell(c.kind))
        .collect()
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        any::<String>(),
        proptest::option::of(1900..=9999i32),
        prop_oneof![Just(ReportKind::Department), Just(ReportKind::Government)],
        prop_oneof![any::<String>(), "20[0-9]{2}-[01][0-9]-[0-3][0-9]"],
    )
        .prop_map(|(agency, year, kind, published)| Meta {
            agency,
            year,
            kind,
            published,
        })
}

fn origin() -> impl Strategy<Value = ImportRecord> {
    (
        any::<String>(),
        vec(
            (any::<String>(), any::<String>())
                .prop_map(|(section, text)| FoundHeading { section, text }),
            0..7,
        ),
        vec(
            (any::<String>(), any::<String>(), any::<String>()).prop_map(
                |(address, found, official)| LabelDeviation {
                    address,
                    found,
                    official,
                },
            ),
            0..4,
        ),
        vec(
            (
                any::<String>(),
                "[0-9]{0,20}",
                vec(vec(any::<i64>(), 0..8), 0..4),
            )
                .prop_map(|(row, digits, candidates)| UncertainRow {
                    row,
                    digits,
                    candidates,
                }),
            0..3,
        ),
        vec(any::<String>(), 0..3),
    )
        .prop_map(
            |(source, headings, labels, uncertain, notes)| ImportRecord {
                source,
                headings,
                labels,
                uncertain,
                notes,
            },
        )
}

fn report() -> impl Strategy<Value = Report> {
    prop_oneof![Just(FormatId::F2021), Just(FormatId::F2019)].prop_flat_map(|id| {
        let parts: Vec<&'static str> = format(id).parts().map(|p| p.key).collect();
        let texts = vec(proptest::option::of(any::<String>()), parts.len());
        (
            Just(id),
            meta(),
            cells(id),
            texts,
            btree_map(any::<String>(), any::<String>(), 0..4),
            proptest::option::of(origin()),
            // Text typed into a cell and not read (schema 2): any text, kept whole.
            vec((any::<usize>(), "\\PC{1,200}"), 0..4),
        )
            .prop_map(
                move |(id, meta, cells, texts, acknowledgements, origin, unread)| {
                    let mut r = Report::new(id);
                    r.meta = meta;
                    r.cells = cells;
                    for (part, text) in parts.iter().zip(texts) {
                        if let Some(t) = text {
                            r.set_text(part, t);
                        }
                    }
                    r.acknowledgements = acknowledgements;
                    r.origin = origin;
                    let entries: Vec<String> = r
                        .def()
                        .index()
                        .cells
                        .iter()
                        .filter(|c| !c.computed)
                        .map(|c| c.address.to_string())
                        .collect();
                    for (at, typed) in unread {
                        assert!(r.set_unread(&entries[at % entries.len()], &typed));
                    }
                    r
                },
            )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_then_import_is_identity(r in report()) {
        let text = r.to_json_string();
        let back = Report::from_json_str(&text);
        prop_assert_eq!(back.as_ref(), Ok(&r), "{}", text);
        // Exporting the imported report gives the same text: the format is stable.
        prop_assert_eq!(back.map(|b| b.to_json_string()), Ok(text));
    }
}

#[test]
fn a_fee_keeps_every_digit() {
    let mut r = Report::new(FormatId::F2021);
    let fee = "0012.340000000000000000000001";
    r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse(fee).unwrap()),
    );
    let text = r.to_json_string();
    assert!(text.contains(&format!("\"amount\": \"{fee}\"")), "{text}");
    assert_eq!(Report::from_json_str(&text), Ok(r));
}
