//! Issue 17's property: random edits through the store, then save → load, give the same report,
//! in both table formats — through a stored draft (`storage::DraftStore`) and through the JSON
//! export. Edits include what cannot be read ("1O"), blanks, bounds, long text, undo and redo.
//! Deterministic (xorshift), so a failure names its seed.

use report_domain::{FormatId, Report, ReportKind};

use super::{Edit, MetaEdit, Store};
use crate::storage::{DraftStore, MemoryKv, Namespace};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// What people type into a cell, the readable and the unreadable.
const CELL_TEXTS: &[&str] = &[
    "0",
    "1",
    "12",
    "１２３",
    "1,234",
    " 7 ",
    "999999999",
    "1000000000",
    "-1",
    "-3",
    "1.5",
    "0.35",
    "12.3400",
    "1O",
    "abc",
    "/",
    "—",
    "无",
    "",
    "1e5",
    "+2",
    "１．５",
    "9999999999999999",
    "3 4",
    "（一）",
    "0012",
];

const TEXTS: &[&str] = &[
    "",
    "本机关……",
    "2021年，共收到申请 12 件。",
    "\u{feff}x",
    "\"'<b>&",
];

fn random_edit(rng: &mut Rng, report: &Report) -> Edit {
    let def = report.def();
    match rng.below(10) {
        0..=5 => {
            let cells = &def.index().cells;
            let c = &cells[rng.below(cells.len())];
            let mut raw = rng.pick(CELL_TEXTS).to_string();
            if rng.below(20) == 0 {
                // A long amount or a long unreadable paste.
                raw = "9".repeat(1 + rng.below(300));
            }
            Edit::Cell {
                address: c.address.to_string(),
                raw,
            }
        }
        6 | 7 => {
            let parts: Vec<&str> = def.parts().map(|p| p.key).collect();
            let mut text = rng.pick(TEXTS).repeat(1 + rng.below(50));
            if rng.below(30) == 0 {
                text = "长".repeat(report_domain::model::MAX_PART_CHARS + rng.below(2));
            }
            Edit::Text {
                part: parts[rng.below(parts.len())].to_string(),
                text,
            }
        }
        8 => Edit::Meta(match rng.below(4) {
            0 => MetaEdit::Agency(rng.pick(TEXTS).to_string()),
            1 => MetaEdit::Year(rng.pick(&["2021", "2020", "二〇", "", "1999"]).to_string()),
            2 => MetaEdit::Kind(if rng.below(2) == 0 {
                ReportKind::Department
            } else {
                ReportKind::Government
            }),
            _ => MetaEdit::Published(rng.pick(&["", "2022-01-20", "x"]).to_string()),
        }),
        _ => Edit::Acknowledge {
            key: format!("T3-4@{}", rng.below(5)),
            justification: rng.pick(TEXTS).to_string(),
        },
    }
}

#[test]
fn random_edits_then_save_and_load_are_identity() {
    for seed in 1..=20u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        // Both formats: 2021 onward and the 2019 (试行) tables.
        let id = if seed % 2 == 0 {
            FormatId::F2021
        } else {
            FormatId::F2019
        };
        let start = match id {
            FormatId::F2021 => Report::for_year(2022),
            FormatId::F2019 => Report::for_year(2020),
        };
        let store = Store::new(start);
        let drafts = DraftStore::new(MemoryKv::default(), Namespace::default(), "tab");
        let mut session = drafts
            .create("d", "", &store.report_untracked(), false, None, 1.0)
            .expect("created");
        for step in 0..60 {
            let edit = store.with_report(|r| random_edit(&mut rng, r));
            let _ = store.edit(edit);
            match rng.below(12) {
                0 => {
                    store.undo();
                }
                1 => {
                    store.redo();
                }
                2 => store.seal(),
                _ => {}
            }
            if step % 7 == 0 {
                let report = store.report_untracked();
                drafts
                    .save(&mut session, &report, 2.0 + f64::from(step))
                    .unwrap_or_else(|e| panic!("seed {seed} step {step}: save: {e:?}"));
                let opened = drafts
                    .open("d", 3.0 + f64::from(step))
                    .unwrap_or_else(|e| panic!("seed {seed} step {step}: load: {e:?}"));
                assert_eq!(opened.report, report, "seed {seed} step {step}: draft");
                let back = Report::from_json_str(&report.to_json_string())
                    .unwrap_or_else(|e| panic!("seed {seed} step {step}: JSON: {e}"));
                assert_eq!(back, report, "seed {seed} step {step}: JSON");
            }
        }
    }
}
