//! Quick fixes (`Diagnostic.fixes`, `fix::apply_fix`): each kind removes the finding it is
//! offered with and adds none.

use report_domain::fix::{apply_fix, Fix, FixEdit};
use report_domain::sample::SAMPLE_JSON;
use report_domain::{compute, validate, Cell, Diagnostic, Report};

fn seed() -> Report {
    Report::from_json_str(SAMPLE_JSON).expect("the sample reads")
}

/// The findings as (code, key, message), to compare before and after.
fn findings(r: &Report, previous: Option<&Report>) -> Vec<(String, String)> {
    validate(r, previous)
        .iter()
        .map(|d| (d.key(), d.message.clone()))
        .collect()
}

/// The fix labelled `label` of the first finding of `code`.
fn fix_of(r: &Report, previous: Option<&Report>, code: &str, label: &str) -> (Diagnostic, Fix) {
    let diags = validate(r, previous);
    let d = diags
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code} in {diags:?}"))
        .clone();
    let fix = d
        .fixes
        .iter()
        .find(|f| f.label == label)
        .unwrap_or_else(|| panic!("no fix {label} in {:?}", d.fixes))
        .clone();
    (d, fix)
}

/// Applies the fix: the finding is gone and no finding is new.
fn assert_fixes(r: &Report, previous: Option<&Report>, code: &str, label: &str) -> Report {
    let before = findings(r, previous);
    let (d, fix) = fix_of(r, previous, code, label);
    let after_report = apply_fix(r, &fix).expect("applies");
    let after = findings(&after_report, previous);
    assert!(
        !after.iter().any(|(k, m)| *k == d.key() && *m == d.message),
        "{code} still there: {after:?}"
    );
    // A finding at a place that had one before is not new (S-8 counts fewer marks once a
    // sentence is rewritten; its place and rule are the same).
    let new: Vec<_> = after
        .iter()
        .filter(|(k, _)| !before.iter().any(|(b, _)| b == k))
        .collect();
    assert!(new.is_empty(), "{label} added {new:?}");
    after_report
}

#[test]
fn seed_t3_6_offers_the_table_figure_and_it_makes_the_seed_consistent() {
    let r = seed();
    let (_, fix) = fix_of(&r, None, "T3-6", "改为表中的 0");
    assert_eq!(
        fix.edits,
        vec![FixEdit::Text {
            part: "overview_on_request".into(),
            start: "我局认真履行政府信息公开申请受理义务,不断完善规范依申请公开的受理、审查、处理、答复程序。2021年,我局接到依申请公开件"
                .encode_utf16()
                .count(),
            end: "我局认真履行政府信息公开申请受理义务,不断完善规范依申请公开的受理、审查、处理、答复程序。2021年,我局接到依申请公开件2"
                .encode_utf16()
                .count(),
            old: "2".into(),
            new: "0".into(),
        }]
    );
    let fixed = assert_fixes(&r, None, "T3-6", "改为表中的 0");
    assert!(fixed
        .text("overview_on_request")
        .ends_with("我局接到依申请公开件0件。"));
    assert!(validate(&fixed, None).iter().all(|d| d.code != "T3-6"));
}

#[test]
fn seed_t3_6_rewrites_the_sentence_from_the_tables() {
    let fixed = assert_fixes(&seed(), None, "T3-6", "按表格重写此句");
    assert!(
        fixed
            .text("overview_on_request")
            .ends_with("答复程序。本年度未收到政府信息公开申请。"),
        "{}",
        fixed.text("overview_on_request")
    );
}

#[test]
fn t4_3_offers_the_table_figure_and_the_sentence() {
    let mut r = seed();
    r.set("table4.review.upheld", Cell::Int(2));
    let mut r = compute(&r);
    r.set_text(
        "overview_oversight",
        "本年度发生行政复议3件。其他工作正常。",
    );
    assert_fixes(&r, None, "T4-3", "改为表中的 2");
    let fixed = assert_fixes(&r, None, "T4-3", "按表格重写此句");
    assert_eq!(
        fixed.text("overview_oversight"),
        "本年度发生政府信息公开行政复议2件，结果维持2件；未发生行政诉讼。其他工作正常。"
    );
}

#[test]
fn t3_5_takes_last_years_figure() {
    let mut last = seed();
    last.set("table3.forward.natural", Cell::Int(2));
    last.set("table3.new.natural", Cell::Int(2));
    let last = compute(&last);
    // This year the two applications are still open (结转下年度 2) but 上年结转 was left at 0:
    // T3-1 and T3-5 both say so, and taking last year's figure settles both.
    let mut r = seed();
    r.meta.year = Some(2022);
    r.set("table3.forward.natural", Cell::Int(2));
    let r = compute(&r);
    assert!(validate(&r, Some(&last)).iter().any(|d| d.code == "T3-1"));
    let fixed = assert_fixes(&r, Some(&last), "T3-5", "取上年数");
    assert_eq!(fixed.get("table3.carry.natural"), Some(&Cell::Int(2)));
    // The totals that sum the cell follow it.
    assert_eq!(fixed.get("table3.carry.total"), Some(&Cell::Int(2)));
}

#[test]
fn printed_total_is_recomputed_from_its_items() {
    // An imported report keeps its printed totals: one that disagrees with its items.
    let mut r = seed();
    r.set("table4.review.total", Cell::Int(3));
    let fixed = assert_fixes(&r, None, "T4-1", "按分项重算总计");
    assert_eq!(fixed.get("table4.review.total"), Some(&Cell::Int(0)));
    let mut r = seed();
    r.set("table3.granted.total", Cell::Int(1));
    assert_fixes(&r, None, "T3-3", "按分项重算总计");
}

#[test]
fn a_fix_for_text_changed_since_is_refused() {
    let r = seed();
    let (_, fix) = fix_of(&r, None, "T3-6", "改为表中的 0");
    let mut changed = r.clone();
    changed.set_text("overview_on_request", "全部改写了。");
    let e = apply_fix(&changed, &fix).unwrap_err();
    assert!(e.contains("正文已改动"), "{e}");
    assert_eq!(changed.text("overview_on_request"), "全部改写了。");
}

#[test]
fn fixes_serialize_as_the_js_api_gives_them() {
    let (_, fix) = fix_of(&seed(), None, "T3-6", "改为表中的 0");
    let v = serde_json::to_value(&fix).unwrap();
    assert_eq!(v["label"], "改为表中的 0");
    assert_eq!(v["edits"][0]["kind"], "text");
    let back: Fix = serde_json::from_value(v).unwrap();
    assert_eq!(back, fix);
}

/// S-8's fix converts the part's half-width marks (the seed's real text has them in every part)
/// and leaves numbers, document numbers and the rest of the text as they are.
#[test]
fn s8_converts_a_parts_half_width_marks() {
    let r = seed();
    let fixed = assert_fixes(&r, None, "S-8", "转换为全角标点");
    let before = r.text("other_matters");
    let after = fixed.text("other_matters");
    let expected = report_domain::rules::to_full_width(before);
    let converted = ["overview", "other_matters"]
        .iter()
        .filter(|p| fixed.text(p) != r.text(p))
        .count();
    assert_eq!(converted, 1, "one part per fix");
    if after != before {
        assert_eq!(after, expected);
    } else {
        assert_eq!(
            fixed.text("overview"),
            report_domain::rules::to_full_width(r.text("overview"))
        );
    }
}

/// The seed with table 四's review outcomes and two cells of its direct suits blank (they were
/// 0): T3-4 names two rows.
fn seed_with_blank_rows() -> Report {
    let mut r = seed();
    for a in [
        "table4.review.upheld",
        "table4.review.corrected",
        "table4.review.other",
        "table4.review.pending",
        "table4.litigation_direct.other",
        "table4.litigation_direct.pending",
    ] {
        assert_eq!(r.get(a), Some(&Cell::Int(0)), "{a}");
        r.set(a, Cell::Blank);
    }
    compute(&r)
}

#[test]
fn blank_cells_are_filled_with_0_in_the_rows_chosen() {
    let r = seed_with_blank_rows();
    let (d, fix) = fix_of(&r, None, "T3-4", "空白填 0");
    assert_eq!(d.cells.len(), 6);
    // One choice per row, every blank cell of the row, a total never among them.
    let labels: Vec<&str> = fix.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        ["行政复议（4 格）", "行政诉讼 · 未经复议直接起诉（2 格）"]
    );
    assert_eq!(fix.edits.len(), 6);
    assert!(fix.edits.iter().all(|e| matches!(
        e,
        FixEdit::Cell { address, value: 0 } if !address.ends_with(".total")
    )));
    // Applied as offered (every row chosen): the finding goes and none comes.
    let fixed = assert_fixes(&r, None, "T3-4", "空白填 0");
    assert_eq!(fixed.get("table4.review.corrected"), Some(&Cell::Int(0)));

    // The first row only: its cells are filled, the other row's finding stays, naming it.
    let first = apply_fix(&r, &fix.narrowed(&[0])).expect("applies");
    assert_eq!(first.get("table4.review.upheld"), Some(&Cell::Int(0)));
    assert_eq!(
        first.get("table4.litigation_direct.other"),
        Some(&Cell::Blank)
    );
    let left: Vec<Diagnostic> = validate(&first, None)
        .into_iter()
        .filter(|d| d.code == "T3-4")
        .collect();
    assert_eq!(left.len(), 1);
    assert_eq!(
        left[0].cells,
        [
            "table4.litigation_direct.other",
            "table4.litigation_direct.pending"
        ]
    );
    // No row chosen: nothing changes.
    let none = fix.narrowed(&[]);
    assert!(none.edits.is_empty() && none.choices.is_empty());
    // The fix as JSON keeps its choices, and reads back the same (the JS API's applyFix).
    let json = serde_json::to_string(&fix).expect("serializes");
    assert!(json.contains("\"choices\""), "{json}");
    let back: Fix = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, fix);
}

#[test]
fn t2_3_rewrites_the_sentence_from_table_2() {
    let mut r = seed();
    r.set("table2.normative_documents.issued", Cell::Int(3));
    r.set("table2.licensing.decisions", Cell::Int(12));
    r.set_text(
        "overview_proactive",
        "我局坚持以公开为常态。本年度制发行政规范性文件5件，作出行政许可决定12件。",
    );
    let fixed = assert_fixes(&r, None, "T2-3", "按表格重写此句");
    assert_eq!(
        fixed.text("overview_proactive"),
        "我局坚持以公开为常态。本年度制发行政规范性文件3件；作出行政许可决定12件。"
    );
}

/// A finding's fixes are one shared list: checking again an unchanged report and sharing with
/// the previous result (`share_fixes`, what the form does on every keystroke) keeps every list
/// the same one; a change of the blank cells gives the blank-cells finding a new list with the
/// new cells, and the other findings keep theirs. The lists serialize as they did (a JSON
/// array of fixes in each finding).
#[test]
fn unchanged_fixes_stay_one_list_between_checks() {
    use report_domain::diagnostics::share_fixes;
    let r = seed_with_blank_rows();
    let before = validate(&r, None);
    let mut again = validate(&r, None);
    assert_eq!(again, before);
    let with_fixes = |ds: &[Diagnostic]| ds.iter().filter(|d| !d.fixes.is_empty()).count();
    assert!(with_fixes(&before) >= 2, "{before:?}");
    assert!(!again
        .iter()
        .zip(&before)
        .any(|(a, b)| !a.fixes.is_empty() && a.fixes.same(&b.fixes)));
    share_fixes(&mut again, &before);
    assert!(again
        .iter()
        .zip(&before)
        .all(|(a, b)| a.fixes.same(&b.fixes)));
    assert_eq!(again, before);

    // One blank cell filled: T3-4's fix changes (and is not shared), the rest are.
    let mut filled = r.clone();
    filled.set("table4.review.upheld", Cell::Int(0));
    let filled = compute(&filled);
    let mut after = validate(&filled, None);
    share_fixes(&mut after, &before);
    let t34 = |ds: &[Diagnostic]| ds.iter().find(|d| d.code == "T3-4").cloned().unwrap();
    let (old, new) = (t34(&before), t34(&after));
    assert!(!new.fixes.same(&old.fixes));
    assert_ne!(new.fixes, old.fixes);
    assert_eq!(new.fixes[0].edits.len(), 5);
    assert_eq!(
        new.fixes,
        validate(&filled, None)
            .into_iter()
            .find(|d| d.code == "T3-4")
            .unwrap()
            .fixes
    );
    for d in after
        .iter()
        .filter(|d| d.code != "T3-4" && !d.fixes.is_empty())
    {
        let b = before.iter().find(|b| b.key() == d.key()).unwrap();
        assert!(d.fixes.same(&b.fixes), "{}", d.key());
    }

    // As JSON: each finding's fixes as an array of the fixes (what the JS API's validate gives).
    let v = serde_json::to_value(&old).unwrap();
    assert_eq!(
        v["fixes"],
        serde_json::to_value(old.fixes.to_vec()).unwrap()
    );
    assert_eq!(v["fixes"][0]["label"], "空白填 0");
    let mut none = old.clone();
    none.fixes = Vec::new().into();
    assert_eq!(
        serde_json::to_value(&none).unwrap()["fixes"],
        serde_json::json!([])
    );
}
