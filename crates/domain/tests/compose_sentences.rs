//! The standard sentences written from the tables (`compose`): each pattern (zero, blank, one
//! row, all rows) in both formats, and for random tables of both formats the sentence reads
//! back through the text checks as consistent — no T2-3/T3-6/T4-3 finding, every figure it
//! states read (none unread, none mismatched).

use proptest::prelude::*;
use report_domain::compose::{sentence, write_sentence, Topic};
use report_domain::format::FormatId;
use report_domain::model::Decimal;
use report_domain::rules::read_claims_in;
use report_domain::{compute, validate, Cell, Report};

const PART: &str = "overview_on_request";

/// A report of a year (2020: the 2019 format; 2023: the 2021 format) with table 三's and 四's
/// entry cells set from `rows`: (row key prefix, value of each of its entry cells or blank).
fn report(year: i32, cells: &[(&str, Option<i64>)]) -> Report {
    let mut r = Report::for_year(year);
    for (address, v) in cells {
        let value = match v {
            None => Cell::Blank,
            // An amount (table 二's fee, 万元) with decimals, as entered.
            Some(v) if address.ends_with(".amount") => {
                Cell::Amount(Decimal::parse(&format!("{v}.{:02}", v * 7 % 100)).expect("amount"))
            }
            Some(v) => Cell::Int(*v),
        };
        assert!(r.set(address, value), "{address}");
    }
    compute(&r)
}

/// Every entry cell address of a table in a report's format, in order.
fn entries(r: &Report, table: &str) -> Vec<String> {
    r.def()
        .index()
        .cells
        .iter()
        .filter(|c| !c.computed && c.address.starts_with(&format!("{table}.")))
        .map(|c| c.address.clone())
        .collect()
}

/// Each row of a table set to `v` in its first entry column (the others 0), or all blank.
fn row(r: &Report, table: &str, row: &str, v: Option<i64>) -> Vec<(String, Option<i64>)> {
    let prefix = format!("{table}.{row}.");
    let mut first = true;
    entries(r, table)
        .into_iter()
        .filter(|a| a.starts_with(&prefix))
        .map(|a| {
            let value = if first { v } else { v.map(|_| 0) };
            first = false;
            (a, value)
        })
        .collect()
}

/// A report whose tables 三 and 四 are all zero except the rows given.
fn zeros_but(year: i32, rows: &[(&str, &str, Option<i64>)]) -> Report {
    let blank = Report::for_year(year);
    let mut cells: Vec<(String, Option<i64>)> = entries(&blank, "table3")
        .into_iter()
        .chain(entries(&blank, "table4"))
        .map(|a| (a, Some(0)))
        .collect();
    for (table, key, v) in rows {
        for (a, value) in row(&blank, table, key, *v) {
            if let Some(slot) = cells.iter_mut().find(|(b, _)| *b == a) {
                slot.1 = value;
            }
        }
    }
    let refs: Vec<(&str, Option<i64>)> = cells.iter().map(|(a, v)| (a.as_str(), *v)).collect();
    report(year, &refs)
}

/// The sentence of a topic read back: no text finding, every figure read and agreeing.
fn assert_reads_back(r: &Report, topic: Topic) -> String {
    let s = sentence(r, topic).expect("a sentence");
    let mut r = r.clone();
    r.set_text(topic.part(), s.clone());
    let findings: Vec<_> = validate(&r, None)
        .into_iter()
        .filter(|d| TEXT_CHECKS.contains(&d.code))
        .collect();
    assert!(findings.is_empty(), "{s}: {findings:?}");
    let claims = read_claims_in(&r, topic.part());
    for c in &claims {
        assert!(
            c.status == "match",
            "{s}: {} read as {} ({})",
            c.text,
            c.reading,
            c.status
        );
    }
    // Every figure written is one the checks read.
    let units: Vec<u16> = s.encode_utf16().collect();
    let mut i = 0;
    while i < units.len() {
        if (u16::from(b'0')..=u16::from(b'9')).contains(&units[i]) {
            assert!(
                claims.iter().any(|c| c.start <= i && i < c.end),
                "{s}: the figure at {i} is not read ({claims:?})"
            );
            while i < units.len() && (u16::from(b'0')..=u16::from(b'9')).contains(&units[i]) {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    s
}

const YEARS: [i32; 2] = [2020, 2023];

/// The checks of what the text states against tables 二, 三 and 四.
const TEXT_CHECKS: [&str; 3] = ["T2-3", "T3-6", "T4-3"];

/// A report whose table 二 holds `cells` (address, value) and blanks elsewhere.
fn table2(year: i32, cells: &[(&str, i64)]) -> Report {
    let blank = Report::for_year(year);
    let all: Vec<(String, Option<i64>)> = entries(&blank, "table2")
        .into_iter()
        .map(|a| {
            let v = cells.iter().find(|(b, _)| *b == a).map_or(0, |(_, v)| *v);
            (a, Some(v))
        })
        .collect();
    let refs: Vec<(&str, Option<i64>)> = all.iter().map(|(a, v)| (a.as_str(), *v)).collect();
    report(year, &refs)
}

#[test]
fn proactive_blank_table_writes_nothing() {
    for year in YEARS {
        let e = sentence(&Report::for_year(year), Topic::Proactive).unwrap_err();
        assert!(e.contains("表二尚未填写"), "{e}");
    }
}

#[test]
fn proactive_all_zero_says_none() {
    for year in YEARS {
        assert_eq!(
            assert_reads_back(&table2(year, &[]), Topic::Proactive),
            "本年度未制发规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定。"
        );
    }
}

#[test]
fn proactive_one_row() {
    for year in YEARS {
        let r = table2(year, &[("table2.licensing.decisions", 120)]);
        assert_eq!(
            assert_reads_back(&r, Topic::Proactive),
            "本年度作出行政许可决定120件。"
        );
    }
}

#[test]
fn proactive_all_rows_2021() {
    let r = table2(
        2023,
        &[
            ("table2.regulations.issued", 1),
            ("table2.regulations.repealed", 1),
            ("table2.regulations.in_force", 5),
            ("table2.normative_documents.issued", 8),
            ("table2.normative_documents.repealed", 26),
            ("table2.normative_documents.in_force", 66),
            ("table2.licensing.decisions", 2293),
            ("table2.penalty.decisions", 30),
            ("table2.coercion.decisions", 2),
            ("table2.fees.amount", 3),
        ],
    );
    assert_eq!(
        assert_reads_back(&r, Topic::Proactive),
        "本年度制发规章1件、废止1件、现行有效5件；制发行政规范性文件8件、废止26件、现行有效66件；\
         作出行政许可决定2293件、行政处罚决定30件、行政强制决定2件；收取行政事业性收费3.21万元。"
    );
}

/// The 2019 format counts documents 制作 and 公开 (the text's 制发 reads either) and has no
/// 废止, 现行有效 or fee amount: only what it has is stated.
#[test]
fn proactive_all_rows_2019() {
    let r = table2(
        2020,
        &[
            ("table2.regulations.made", 2),
            ("table2.regulations.published", 2),
            ("table2.normative_documents.made", 9),
            ("table2.normative_documents.published", 8),
            ("table2.licensing.decisions", 14),
            ("table2.penalty.decisions", 3),
            ("table2.coercion.decisions", 1),
        ],
    );
    assert_eq!(
        assert_reads_back(&r, Topic::Proactive),
        "本年度制发规章2件；制发行政规范性文件9件；作出行政许可决定14件、行政处罚决定3件、行政强制决定1件。"
    );
}

/// A document row with nothing issued names itself before its other counts.
#[test]
fn proactive_a_row_without_issued_names_itself() {
    let r = table2(
        2023,
        &[
            ("table2.normative_documents.repealed", 3),
            ("table2.normative_documents.in_force", 40),
        ],
    );
    assert_eq!(
        assert_reads_back(&r, Topic::Proactive),
        "本年度行政规范性文件废止3件、现行有效40件。"
    );
}

#[test]
fn years_are_both_formats() {
    assert_eq!(Report::for_year(2020).format, FormatId::F2019);
    assert_eq!(Report::for_year(2023).format, FormatId::F2021);
}

#[test]
fn requests_all_zero_say_none_received() {
    for year in YEARS {
        let r = zeros_but(year, &[]);
        assert_eq!(
            assert_reads_back(&r, Topic::Requests),
            "本年度未收到政府信息公开申请。"
        );
    }
}

#[test]
fn requests_blank_table_writes_nothing() {
    for year in YEARS {
        let r = Report::for_year(year);
        let e = sentence(&r, Topic::Requests).unwrap_err();
        assert!(e.contains("表三尚未填写"), "{e}");
        let e = sentence(&r, Topic::Appeals).unwrap_err();
        assert!(e.contains("表四尚未填写"), "{e}");
    }
}

#[test]
fn requests_one_row() {
    for year in YEARS {
        let r = zeros_but(
            year,
            &[("table3", "new", Some(3)), ("table3", "granted", Some(3))],
        );
        assert_eq!(
            assert_reads_back(&r, Topic::Requests),
            "本年度共新收政府信息公开申请3件；办结3件，其中予以公开3件。"
        );
    }
}

#[test]
fn requests_blank_rows_are_not_stated() {
    for year in YEARS {
        // 上年结转 blank: nothing said of it; 予以公开 blank: not listed.
        let r = zeros_but(
            year,
            &[
                ("table3", "new", Some(2)),
                ("table3", "carry", None),
                ("table3", "granted", None),
                ("table3", "partial", Some(2)),
            ],
        );
        let s = assert_reads_back(&r, Topic::Requests);
        assert_eq!(
            s,
            "本年度共新收政府信息公开申请2件；办结2件，其中部分公开2件。"
        );
    }
}

#[test]
fn requests_all_rows() {
    for year in YEARS {
        let other = if year == 2020 { "other" } else { "other_1" };
        let r = zeros_but(
            year,
            &[
                ("table3", "new", Some(12)),
                ("table3", "carry", Some(2)),
                ("table3", "granted", Some(6)),
                ("table3", "partial", Some(2)),
                ("table3", "withheld_1", Some(1)),
                ("table3", "unavailable_2", Some(3)),
                ("table3", "not_processed_4", Some(1)),
                ("table3", other, Some(1)),
                ("table3", "forward", Some(1)),
            ],
        );
        assert_eq!(
            assert_reads_back(&r, Topic::Requests),
            "本年度共新收政府信息公开申请12件，上年结转2件；办结14件，其中予以公开6件、部分公开2件、不予公开1件、无法提供3件、不予处理1件、其他处理1件，结转下年度继续办理1件。"
        );
    }
}

#[test]
fn requests_nothing_new_but_carried() {
    for year in YEARS {
        let r = zeros_but(
            year,
            &[("table3", "carry", Some(1)), ("table3", "granted", Some(1))],
        );
        assert_eq!(
            assert_reads_back(&r, Topic::Requests),
            "本年度未新收政府信息公开申请，上年结转1件；办结1件，其中予以公开1件。"
        );
    }
}

#[test]
fn appeals_all_zero_say_none() {
    for year in YEARS {
        let r = zeros_but(year, &[]);
        assert_eq!(
            assert_reads_back(&r, Topic::Appeals),
            "本年度未发生政府信息公开行政复议、行政诉讼案件。"
        );
    }
}

#[test]
fn appeals_one_row() {
    for year in YEARS {
        let r = zeros_but(year, &[("table4", "review", Some(2))]);
        assert_eq!(
            assert_reads_back(&r, Topic::Appeals),
            "本年度发生政府信息公开行政复议2件，结果维持2件；未发生行政诉讼。"
        );
    }
}

#[test]
fn appeals_all_rows() {
    for year in YEARS {
        let mut r = zeros_but(year, &[]);
        for (a, v) in [
            ("table4.review.upheld", 1),
            ("table4.review.corrected", 1),
            ("table4.litigation_direct.other", 1),
            ("table4.litigation_after_review.pending", 2),
            ("table4.litigation_after_review.upheld", 1),
        ] {
            r.set(a, Cell::Int(v));
        }
        let r = compute(&r);
        assert_eq!(
            assert_reads_back(&r, Topic::Appeals),
            "本年度发生政府信息公开行政复议2件，结果维持1件、纠正1件；行政诉讼4件，结果维持1件、其他结果1件、尚未审结2件。"
        );
    }
}

#[test]
fn appeals_blank_table_four_rows_are_not_stated() {
    for year in YEARS {
        let mut r = zeros_but(year, &[]);
        for g in ["litigation_direct", "litigation_after_review"] {
            for c in ["upheld", "corrected", "other", "pending"] {
                r.set(&format!("table4.{g}.{c}"), Cell::Blank);
            }
        }
        r.set("table4.review.upheld", Cell::Int(3));
        let r = compute(&r);
        assert_eq!(
            assert_reads_back(&r, Topic::Appeals),
            "本年度发生政府信息公开行政复议3件，结果维持3件。"
        );
    }
}

#[test]
fn written_over_the_sentence_the_checker_found_else_at_the_cursor() {
    let r = zeros_but(
        2023,
        &[("table3", "new", Some(3)), ("table3", "granted", Some(3))],
    );
    let mut r = r;
    r.set_text(
        PART,
        "我局认真履行义务。2023年，我局接到依申请公开件2件。下一步继续努力。",
    );
    let (text, caret) = write_sentence(&r, PART, Topic::Requests, None).unwrap();
    let want = "本年度共新收政府信息公开申请3件；办结3件，其中予以公开3件。";
    assert_eq!(text, format!("我局认真履行义务。{want}下一步继续努力。"));
    assert_eq!(
        caret,
        "我局认真履行义务。".encode_utf16().count() + want.encode_utf16().count()
    );
    // No sentence about appeals: at the cursor (UTF-16 offset 9, after the first "。").
    let r2 = {
        let mut r2 = r.clone();
        r2.set_text(PART, text.clone());
        r2
    };
    let (text2, _) = write_sentence(&r2, PART, Topic::Appeals, Some(9)).unwrap();
    assert!(
        text2.starts_with(
            "我局认真履行义务。本年度未发生政府信息公开行政复议、行政诉讼案件。本年度共新收"
        ),
        "{text2}"
    );
}

/// A random table 三/四: each row blank (so not stated), all zero, or small figures.
fn random_cells(year: i32) -> impl Strategy<Value = Vec<(String, Option<i64>)>> {
    let blank = Report::for_year(year);
    let rows: Vec<(String, Vec<String>)> = {
        let mut rows: Vec<(String, Vec<String>)> = Vec::new();
        for a in entries(&blank, "table2")
            .into_iter()
            .chain(entries(&blank, "table3"))
            .chain(entries(&blank, "table4"))
        {
            let key = a
                .rsplit_once('.')
                .map(|(k, _)| k.to_string())
                .unwrap_or_default();
            match rows.last_mut() {
                Some((k, cells)) if *k == key => cells.push(a),
                _ => rows.push((key, vec![a])),
            }
        }
        rows
    };
    let n = rows.len();
    (
        proptest::collection::vec(0u8..10, n),
        proptest::collection::vec(proptest::collection::vec(0i64..6, 7), n),
    )
        .prop_map(move |(modes, values)| {
            let mut out = Vec::new();
            for ((mode, vals), (_, cells)) in modes.iter().zip(&values).zip(&rows) {
                for (i, a) in cells.iter().enumerate() {
                    let v = match mode {
                        0 => None,
                        1..=3 => Some(0),
                        _ => Some(vals.get(i).copied().unwrap_or(0)),
                    };
                    out.push((a.clone(), v));
                }
            }
            out
        })
}

fn check_random(year: i32, cells: &[(String, Option<i64>)]) {
    let refs: Vec<(&str, Option<i64>)> = cells.iter().map(|(a, v)| (a.as_str(), *v)).collect();
    let r = report(year, &refs);
    for topic in Topic::ALL {
        if sentence(&r, topic).is_ok() {
            assert_reads_back(&r, topic);
        }
    }
    // Both sentences in one part read back too.
    if let (Ok(a), Ok(b)) = (sentence(&r, Topic::Requests), sentence(&r, Topic::Appeals)) {
        let mut both = r.clone();
        both.set_text(PART, format!("{a}{b}"));
        let findings: Vec<_> = validate(&both, None)
            .into_iter()
            .filter(|d| TEXT_CHECKS.contains(&d.code))
            .collect();
        assert!(findings.is_empty(), "{a}{b}: {findings:?}");
        assert!(
            read_claims_in(&both, PART)
                .iter()
                .all(|c| c.status == "match"),
            "{a}{b}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_2021_tables_read_back(cells in random_cells(2023)) {
        check_random(2023, &cells);
    }

    #[test]
    fn random_2019_tables_read_back(cells in random_cells(2020)) {
        check_random(2020, &cells);
    }
}
