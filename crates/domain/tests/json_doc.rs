//! The complete example in docs/json-format.md is a valid report: the seed's data.

use report_domain::Report;

const DOC: &str = include_str!("../../../docs/json-format.md");

/// The first ```json block after the "## Complete example" heading.
fn example() -> &'static str {
    let (_, after) = DOC
        .split_once("## Complete example")
        .expect("the doc has a complete example");
    let (_, block) = after.split_once("```json\n").expect("a json block");
    let (json, _) = block.split_once("\n```").expect("the block ends");
    json
}

#[test]
fn the_doc_example_imports_as_the_seed() {
    let doc = Report::from_json_str(example()).unwrap_or_else(|e| panic!("{e}"));
    let seed = Report::from_json_str(report_domain::sample::SAMPLE_JSON).unwrap();
    assert_eq!(doc.format, seed.format);
    assert_eq!(doc.meta, seed.meta);
    assert_eq!(doc.cells, seed.cells);
    assert_eq!(doc.acknowledgements, seed.acknowledgements);
    // The narrative is abbreviated: each part is the start of the seed's text.
    assert_eq!(
        doc.narrative.keys().collect::<Vec<_>>(),
        seed.narrative.keys().collect::<Vec<_>>()
    );
    for (part, text) in &doc.narrative {
        let start = text.trim_end_matches('…');
        assert!(seed.text(part).starts_with(start), "{part}");
    }
}

#[test]
fn the_doc_names_every_row_and_column_key_of_both_formats() {
    for f in report_domain::FORMATS {
        for t in f.tables {
            assert!(DOC.contains(&format!("`{}`", t.key)), "{}", t.key);
            for b in t.blocks {
                let keys = b
                    .rows
                    .iter()
                    .map(|r| r.key)
                    .chain(b.columns.iter().map(|c| c.key));
                for key in keys {
                    // Numbered rows are documented as a range: `withheld_1` … `withheld_8`.
                    let shown = match key.rsplit_once('_') {
                        Some((stem, n)) if n.parse::<u32>().is_ok() => format!("`{stem}_1`"),
                        _ => format!("`{key}`"),
                    };
                    assert!(DOC.contains(&shown), "{} {}: {key}", f.name, t.key);
                }
            }
        }
        for part in f.parts() {
            assert!(DOC.contains(&format!("`{}`", part.key)), "{}", part.key);
        }
    }
}
