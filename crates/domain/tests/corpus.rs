//! The reader over the hand-labelled paragraphs of real published reports in tests/corpus/
//! (see its README.md): every figure the reader places must be placed as labelled (its readings
//! among the labelled ones), and no figure labelled "none" may be placed. Figures labelled with
//! readings that the reader leaves unread are listed: an unsure reader says nothing. The counts
//! are pinned ([`READ_AS_LABELLED`], [`LEFT_UNREAD`]) so that a reader that reads fewer fails;
//! one that reads more raises them here.

use std::collections::BTreeSet;

use report_domain::rules::readings;
use report_domain::text::{read, Value};
use report_domain::{format, FormatId};

const PARAGRAPHS: &str = include_str!("../../../tests/corpus/paragraphs.jsonl");

type Readings = BTreeSet<BTreeSet<String>>;

/// Labelled figures the reader reads as labelled.
const READ_AS_LABELLED: usize = 225;
/// Labelled figures the reader leaves unread (why, by group: tests/corpus/README.md, "What the
/// reader leaves unread").
const LEFT_UNREAD: usize = 26;

fn as_set(v: &serde_json::Value) -> Option<Readings> {
    v.as_array().map(|rs| {
        rs.iter()
            .filter_map(|r| r.as_array())
            .map(|r| {
                r.iter()
                    .filter_map(|c| c.as_str().map(str::to_string))
                    .collect()
            })
            .collect()
    })
}

#[test]
fn every_figure_is_read_as_labelled() {
    let mut placed_right = 0;
    let mut missed = Vec::new();
    let mut wrong = Vec::new();
    let mut paragraphs = 0;
    for line in PARAGRAPHS.lines().filter(|l| !l.trim().is_empty()) {
        let p: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        paragraphs += 1;
        let id = p["id"].as_str().unwrap_or("?");
        let text = p["text"].as_str().unwrap_or("");
        let f = format(if p["format"].as_str() == Some("2019") {
            FormatId::F2019
        } else {
            FormatId::F2021
        });
        let reading = read(text);
        // Char offset of each counted statement's figure.
        let char_at = |byte: usize| text.get(..byte).map_or(0, |s| s.chars().count());
        let mut stated: Vec<(usize, Readings, String)> = Vec::new();
        for m in reading
            .mentions
            .iter()
            .filter(|m| matches!(m.value, Value::Count(_)))
        {
            let rs: Readings = readings(f, m.quantity)
                .into_iter()
                .map(|r| r.into_iter().collect())
                .collect();
            let at = char_at(m.figure.start);
            // Zero statements of several subjects at once ("未发生行政复议、行政诉讼") are
            // labelled as one figure: their cells together.
            match stated.iter_mut().find(|(a, ..)| *a == at) {
                Some((_, prev, _)) => {
                    let joined: BTreeSet<String> =
                        prev.iter().chain(rs.iter()).flatten().cloned().collect();
                    *prev = [joined].into_iter().collect();
                }
                None => stated.push((at, rs, text[m.figure.clone()].to_string())),
            }
        }
        let figures = p["figures"].as_array().cloned().unwrap_or_default();
        for (at, rs, fig) in &stated {
            let label = figures
                .iter()
                .find(|g| g["at"].as_u64() == Some(*at as u64));
            match label.map(|g| (&g["states"], g)) {
                // The labels name table 二 figures "none" (not table 三/四), with the cell they
                // state in the note: read as that cell is read as labelled.
                Some((states, g))
                    if states.as_str() == Some("none")
                        && g["why"].as_str().is_some_and(|w| w.starts_with("table2"))
                        && rs.iter().flatten().all(|c| c.starts_with("table2")) =>
                {
                    placed_right += 1
                }
                Some((states, _)) if states.as_str() == Some("none") => wrong.push(format!(
                    "{id}: “{fig}” at {at} labelled none, read as {rs:?}"
                )),
                Some((states, _)) => match as_set(states) {
                    // One of the readings is the labelled one (the check accepts any of them).
                    Some(want) if rs.iter().any(|r| want.contains(r)) => placed_right += 1,
                    _ => wrong.push(format!(
                        "{id}: “{fig}” at {at} read as {rs:?}, labelled {states}"
                    )),
                },
                None => wrong.push(format!(
                    "{id}: “{fig}” at {at} read as {rs:?}, not labelled"
                )),
            }
        }
        for g in &figures {
            let at = g["at"].as_u64().unwrap_or(u64::MAX) as usize;
            if g["states"].is_array() && !stated.iter().any(|(a, ..)| *a == at) {
                missed.push(format!("{id}: {} at {at}", g["text"]));
            }
        }
    }
    eprintln!(
        "corpus: {paragraphs} paragraphs, {placed_right} figures read as labelled, {} misread, {} labelled figures left unread:\n{}",
        wrong.len(),
        missed.len(),
        missed.join("\n")
    );
    assert_eq!(
        (placed_right, missed.len()),
        (READ_AS_LABELLED, LEFT_UNREAD),
        "figures read as labelled and left unread"
    );
    assert!(
        wrong.is_empty(),
        "{} misread:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
