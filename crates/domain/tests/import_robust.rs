//! The importer on hostile and random input: it returns a report with notes or a clear Chinese
//! message, never panics and never hangs. Also the JSON path and the refusals.

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use report_domain::import::{import_bytes, MAX_INPUT_BYTES};
use report_domain::{import, ImportError, InputKind, Report};

const SEED: &str = include_str!("../../../tests/fixtures/seed-2021-county-commerce-bureau.txt");
const PINGTAN: &str = include_str!("../../../tests/fixtures/2021-pingtan-flattened.txt");

/// Runs one import. Time is not asserted here (speed lives in `benches/import.rs`): a hang
/// would show as a test that never ends, and the splitter's step budget is what prevents it.
fn bounded(input: &str, kind: InputKind) -> Result<report_domain::Imported, ImportError> {
    import(input, kind)
}

#[test]
fn our_json_comes_back_as_an_imported_draft() {
    let json = report_domain::sample::SAMPLE_JSON;
    let imported = import(json, InputKind::Auto).unwrap();
    let direct = Report::from_json_str(json).unwrap();
    assert_eq!(imported.report.cells, direct.cells);
    assert_eq!(imported.report.narrative, direct.narrative);
    let o = imported.report.origin.as_ref().unwrap();
    assert_eq!(o.source, "json");
    assert_eq!(
        imported.notes,
        ["已从 JSON 文件导入：郑县商务局 2021 年度报告"]
    );
    let bad = import("{\"format\": 1}", InputKind::Json).unwrap_err();
    assert!(matches!(bad, ImportError::Json(_)));
    assert!(
        bad.message().starts_with("JSON 文件无法读取："),
        "{}",
        bad.message()
    );
}

#[test]
fn refusals_have_clear_messages() {
    assert_eq!(import("  \n\t ", InputKind::Auto), Err(ImportError::Empty));
    assert_eq!(import("a\0b", InputKind::Auto), Err(ImportError::Binary));
    assert_eq!(
        import("随便一段文字，没有任何标题。", InputKind::Auto),
        Err(ImportError::NotAReport)
    );
    let big = "一".repeat(MAX_INPUT_BYTES / 3 + 1);
    let e = import(&big, InputKind::Auto).unwrap_err();
    assert!(matches!(e, ImportError::TooLarge { .. }));
    assert!(e.message().contains("超过 5 MB 上限"), "{}", e.message());
    assert_eq!(
        import_bytes(&[0xC4, 0xE3, 0xBA, 0xC3], InputKind::Text),
        Err(ImportError::NotUtf8)
    );
    assert_eq!(
        import_bytes(&[0x89, b'P', b'N', b'G', 0, 0], InputKind::Auto),
        Err(ImportError::Binary)
    );
    assert!(ImportError::NotUtf8.message().contains("UTF-8"));
    assert!(import_bytes(SEED.as_bytes(), InputKind::Text).is_ok());
}

#[test]
fn near_limit_inputs_finish_quickly() {
    // A report whose table 三 rows are huge runs of digits, padded to almost 5 MB.
    let mut s = SEED.replace("\t0\t0\t0\t0\t0\t0\t0", &format!("\t{}", "7".repeat(5000)));
    while s.len() < MAX_INPUT_BYTES - SEED.len() {
        s.push_str(SEED);
    }
    // The copies of the report run on in its last part, far beyond what a part may hold: the
    // import says so (issue 17) rather than make a draft that would not read back.
    match bounded(&s, InputKind::Text) {
        Err(ImportError::PartTooLong { message, .. }) => assert!(message.contains("每部分最多")),
        other => panic!("{:?}", other.map(|i| i.notes)),
    }
    // Deeply nested markup.
    let deep = "<div><table><tr><td>".repeat(50_000) + "一、总体情况";
    let _ = bounded(&deep, InputKind::Html);
    // Many labels' worth of near-misses, all on one line.
    let noise = "其他法律法规".repeat(300_000);
    let _ = bounded(
        &format!("一、总体情况{noise}二、主动公开政府信息情况{noise}"),
        InputKind::Text,
    );
}

/// Pieces of real reports, so random input reaches the table readers, not only the refusals.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、总体情况".to_string()),
        Just("三、收到和处理政府信息公开申请情况\n".to_string()),
        Just("四、政府信息公开行政复议、行政诉讼情况".to_string()),
        Just("（七）总计".to_string()),
        Just("2.其他法律行政法规禁止公开".to_string()),
        Just("\t".to_string()),
        Just("<td rowspan=\"99999\" colspan=\"3\">".to_string()),
        Just("<table><tr>".to_string()),
        Just("</td></tr></table>".to_string()),
        Just("&#x4e00;&bogus".to_string()),
        "[0-9]{1,80}",
        "[0-9 \t\n]{0,40}",
        "\\PC{0,30}",
        any::<String>(),
    ]
}

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(s in any::<String>()) {
        let _ = bounded(&s, InputKind::Auto);
    }

    #[test]
    fn report_shaped_noise_never_panics(s in report_like(), html in any::<bool>()) {
        let kind = if html { InputKind::Html } else { InputKind::Text };
        if let Ok(r) = bounded(&s, kind) {
            prop_assert_eq!(r.report.cells.len(), r.report.def().cell_count());
            prop_assert!(!r.notes.is_empty());
        }
    }

    #[test]
    fn mutated_fixtures_never_panic(cut in 0usize..9000, len in 0usize..400, insert in "\\PC{0,20}") {
        for base in [SEED, PINGTAN] {
            let chars: Vec<char> = base.chars().collect();
            let at = cut.min(chars.len());
            let end = (at + len).min(chars.len());
            let s: String = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(&chars[end..]).collect();
            let _ = bounded(&s, InputKind::Auto);
        }
    }

    #[test]
    fn byte_input_never_panics(b in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = import_bytes(&b, InputKind::Auto);
    }
}

/// A counted fuzz run: `IMPORT_FUZZ_CASES` (default 500) report-shaped random inputs, each
/// imported as text and as HTML; prints how many imports ran without a panic and how many of
/// them read a report (the rest were refused with a message).
#[test]
fn counted_fuzz_run() {
    use proptest::test_runner::{Config, TestRunner};
    let cases: u32 = std::env::var("IMPORT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    // Counted after each import returns, so a panic (which fails the run) is never counted.
    let (ran, read) = (AtomicUsize::new(0), AtomicUsize::new(0));
    runner
        .run(&report_like(), |s| {
            for kind in [InputKind::Text, InputKind::Html] {
                let result = bounded(&s, kind);
                ran.fetch_add(1, Ordering::Relaxed);
                if result.is_ok() {
                    read.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(())
        })
        .unwrap();
    let (ran, read) = (ran.into_inner(), read.into_inner());
    eprintln!(
        "import fuzz: {ran} imports of random input ran without a panic ({read} read a report, {} refused)",
        ran - read
    );
    // Every case ran both imports, and the inputs reached the table reader, not only refusals.
    assert_eq!(ran, 2 * cases as usize);
    assert!(
        cases == 0 || read > 0,
        "no random input was read as a report"
    );
}
