//! A report for the next year: what the format carries (结转 always, 现行有效件数 on request).

use report_domain::{Cell, FormatId, Report};

#[test]
fn next_year_carries_forward_and_offers_in_force() {
    let mut prev = Report::for_year(2023);
    prev.meta.agency = "甲局".into();
    prev.set("table3.new.natural", Cell::Int(10));
    for (col, v) in [("natural", 3), ("business", 1)] {
        prev.set(&format!("table3.forward.{col}"), Cell::Int(v));
    }
    prev.set("table2.regulations.in_force", Cell::Int(12));
    prev.set("table2.normative_documents.in_force", Cell::Int(30));
    let carried = prev.carried_into(2024);
    let offered: Vec<_> = carried.iter().filter(|c| !c.always).collect();
    assert_eq!(offered.len(), 2);
    assert_eq!(
        (offered[0].row, offered[0].column),
        ("规章", "现行有效件数")
    );
    let always: Vec<_> = carried.iter().filter(|c| c.always).collect();
    assert_eq!(always.len(), 7);
    assert_eq!(always[0].from_row, "四、结转下年度继续办理");
    assert_eq!(always[0].column, "自然人");

    let r = prev.next_year(false).unwrap();
    assert_eq!(r.meta.year, Some(2024));
    assert_eq!(r.meta.agency, "甲局");
    assert_eq!(r.get("table3.carry.natural"), Some(&Cell::Int(3)));
    assert_eq!(r.get("table3.carry.business"), Some(&Cell::Int(1)));
    assert_eq!(r.get("table3.carry.research"), Some(&Cell::Blank));
    assert_eq!(r.get("table3.carry.total"), Some(&Cell::Int(4)));
    assert_eq!(r.get("table3.new.natural"), Some(&Cell::Blank));
    assert_eq!(r.get("table2.regulations.in_force"), Some(&Cell::Blank));
    let r = prev.next_year(true).unwrap();
    assert_eq!(r.get("table2.regulations.in_force"), Some(&Cell::Int(12)));
    assert_eq!(
        r.get("table2.normative_documents.in_force"),
        Some(&Cell::Int(30))
    );

    // 2020 (2019 format) → 2021: the carry-over still applies; 现行有效 has no counterpart.
    let mut old = Report::for_year(2020);
    old.set("table3.forward.natural", Cell::Int(2));
    let r = old.next_year(true).unwrap();
    assert_eq!(r.format, FormatId::F2021);
    assert_eq!(r.get("table3.carry.natural"), Some(&Cell::Int(2)));
    assert!(old.carried_into(2021).iter().all(|c| c.always));
    assert!(Report::new(FormatId::F2021).next_year(false).is_none());
    assert_eq!(old.following_year(), Some(2021));
}

#[test]
fn last_years_text_matches_each_part_across_formats() {
    // A 2020 report (the 2019 format) handing its text to a 2021 report (the 2021 format).
    let mut last = Report::for_year(2020);
    last.set_text("intro", "根据《条例》规定，现公布本机关2020年度报告。");
    last.set_text("overview_proactive", "2020年主动公开信息120条。");
    last.set_text("problems", "   \n ");
    let new = last.next_year(false).unwrap();
    assert_ne!(
        last.def().id,
        new.def().id,
        "the two years are in different formats"
    );
    let mut shown = 0;
    for p in new.def().parts() {
        let got = last.text_for_following(p.key);
        match p.key {
            "intro" => assert_eq!(got, Some("根据《条例》规定，现公布本机关2020年度报告。")),
            "overview_proactive" => assert_eq!(got, Some("2020年主动公开信息120条。")),
            // Blank or never written: nothing to show.
            _ => assert_eq!(got, None, "{}", p.key),
        }
        shown += usize::from(got.is_some());
    }
    assert_eq!(shown, 2);
    // A key the format does not have is never matched, even if the data carries it.
    last.set_text("not_a_part", "x");
    assert_eq!(last.text_for_following("not_a_part"), None);
}
