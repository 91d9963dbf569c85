//! The fuzz target (issue 17): random input through every door user data comes in by — the
//! import (`parseReport`), the JSON reader, the cell input, compute → save → load, the sum of
//! reports, and `validate` over all of them — and nothing may panic. What is saved must read
//! back: a report whose entries are in bounds comes back equal from its JSON.
//!
//! Deterministic (xorshift from a seed), so a failure is replayed with its seed. `cargo test`
//! runs a short budget; `bench/fuzz` runs a long one in an optimised build:
//!
//! ```text
//! FUZZ_EXECS=2000000 FUZZ_SEED=7 cargo test --profile bench -p report-domain --test fuzz -- --nocapture
//! ```

use std::time::Instant;

use report_domain::batch::sum_reports;
use report_domain::format::{CellKind, FormatId};
use report_domain::input::{parse_cell, MAX_AMOUNT_DIGITS, MAX_COUNT};
use report_domain::model::MAX_PART_CHARS;
use report_domain::paste::parse_block;
use report_domain::{compute, import, validate, Cell, Decimal, InputKind, Report, ReportKind};
use serde_json::Value;

/// A xorshift64 generator: fast, and the same sequence for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const FIXTURES: &[&str] = &[
    include_str!("../../../tests/fixtures/2019-shanghai-format2019.txt"),
    include_str!("../../../tests/fixtures/2021-pingtan-flattened.txt"),
    include_str!("../../../tests/fixtures/seed-2021-county-commerce-bureau.txt"),
    include_str!("fixtures/jiangbei-2022.html"),
];

const JSON_FIXTURES: &[&str] = &[
    include_str!("fixtures/pingtan-2021.json"),
    include_str!("../src/sample/seed-2021.json"),
];

/// Pieces of annual reports and of what gets pasted with them: headings, labels, numbers in
/// every width, separators, markup, blank marks.
const PIECES: &[&str] = &[
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
    "（一）予以公开",
    "（三）不予公开",
    "自然人",
    "商业企业",
    "总计",
    "本年新收",
    "上年结转",
    "行政许可",
    "规章",
    "行政事业性收费",
    "本年收费金额（单位：万元）",
    "第二十条",
    "件",
    "万元",
    "2021年",
    "0",
    "1",
    "12",
    "999999999",
    "1000000000",
    "-1",
    "0.35",
    "１２３",
    "1,234",
    "1O",
    "abc",
    "/",
    "—",
    "无",
    "\t",
    "\n",
    "\r\n",
    " ",
    "\u{3000}",
    "\u{feff}",
    "\u{0}",
    "<table>",
    "<tr>",
    "<td colspan=\"99999\">",
    "<td rowspan=\"100000\">",
    "</td>",
    "</tr>",
    "</table>",
    "<br>",
    "&nbsp;",
    "&#x4e00;",
    "&#99999999;",
    "\"",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    ".",
    "e308",
    "𠀀",
    "é",
];

/// A string of pieces, random characters and long digit runs.
fn text(rng: &mut Rng, max_pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(max_pieces + 1) {
        match rng.below(10) {
            0 => s.push(char::from_u32(rng.below(0x3_0000) as u32).unwrap_or('?')),
            1 if rng.chance(20) => s.push_str(&"9".repeat(rng.below(70_000))),
            1 => s.push_str(&"7".repeat(rng.below(60))),
            _ => s.push_str(rng.pick(PIECES)),
        }
    }
    s
}

/// A fixture cut, spliced and sprinkled with pieces, at character boundaries.
fn mutated(rng: &mut Rng, base: &str) -> String {
    let chars: Vec<char> = base.chars().collect();
    let mut out: Vec<char> = chars.clone();
    for _ in 0..1 + rng.below(6) {
        if out.is_empty() {
            break;
        }
        let at = rng.below(out.len());
        match rng.below(4) {
            0 => {
                let end = (at + rng.below(200)).min(out.len());
                out.drain(at..end);
            }
            1 => {
                let ins: Vec<char> = text(rng, 4).chars().collect();
                out.splice(at..at, ins);
            }
            2 => {
                let from = rng.below(chars.len());
                let end = (from + rng.below(300)).min(chars.len());
                out.splice(at..at, chars[from..end].iter().copied());
            }
            _ => {
                let end = (at + 1 + rng.below(40)).min(out.len());
                let ins: Vec<char> = text(rng, 2).chars().collect();
                out.splice(at..end, ins);
            }
        }
    }
    out.into_iter().collect()
}

/// A random JSON value, shallow.
fn value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 2 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => Value::from(rng.next() as i64),
        3 => Value::from([0, -1, MAX_COUNT, MAX_COUNT + 1, i64::MIN, i64::MAX][rng.below(6)]),
        4 => serde_json::Number::from_f64(f64::from_bits(rng.next()))
            .map_or(Value::Null, Value::Number),
        5 => Value::from(text(rng, 6)),
        6 => Value::Array((0..rng.below(4)).map(|_| value(rng, depth + 1)).collect()),
        _ => Value::Object(
            (0..rng.below(4))
                .map(|_| (text(rng, 2), value(rng, depth + 1)))
                .collect(),
        ),
    }
}

/// A report's JSON with some values replaced, keys added or removed.
fn mutated_json(rng: &mut Rng, base: &Value) -> Value {
    let mut v = base.clone();
    for _ in 0..1 + rng.below(4) {
        // A random node, found by its JSON pointer.
        let mut pointer = String::new();
        {
            let mut node = &v;
            for _ in 0..rng.below(4) {
                let Value::Object(m) = node else { break };
                let Some((k, next)) = m.iter().nth(rng.below(m.len().max(1))) else {
                    break;
                };
                pointer.push('/');
                pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
                node = next;
            }
        }
        let Some(node) = v.pointer_mut(&pointer) else {
            continue;
        };
        match (rng.below(3), node) {
            (0, Value::Object(m)) => {
                let k = m.keys().nth(rng.below(m.len().max(1))).cloned();
                if let Some(k) = k {
                    m.remove(&k);
                }
            }
            (1, Value::Object(m)) => {
                let key = if rng.chance(2) {
                    ["unread", "schema_version", "narrative", "table3", "origin"][rng.below(5)]
                        .to_string()
                } else {
                    text(rng, 2)
                };
                m.insert(key, value(rng, 0));
            }
            (_, n) => *n = value(rng, 0),
        }
    }
    v
}

/// A report with any values: counts of any size, amounts of any length, unread text, any text.
/// `in_bounds`: entries only as the form lets them in (so it must read back).
fn report(rng: &mut Rng, in_bounds: bool) -> Report {
    let mut r = if rng.chance(2) {
        Report::new(FormatId::F2021)
    } else {
        Report::new(FormatId::F2019)
    };
    r.meta.year = Some([2019, 2020, 2021, 2022][rng.below(4)]);
    r.meta.kind = if rng.chance(2) {
        ReportKind::Department
    } else {
        ReportKind::Government
    };
    r.meta.agency = text(rng, 3);
    let infos = &r.def().index().cells;
    for (i, info) in infos.iter().enumerate() {
        if info.computed || rng.chance(3) {
            continue;
        }
        r.cells[i] = match (info.kind, in_bounds) {
            (CellKind::Amount, true) => {
                let digits: String = (0..1 + rng.below(MAX_AMOUNT_DIGITS - 1))
                    .map(|_| char::from(b'0' + rng.below(10) as u8))
                    .collect();
                let at = rng.below(digits.len());
                let d = if rng.chance(2) {
                    format!("{}.{}", &digits[..at], &digits[at..])
                } else {
                    digits
                };
                Decimal::parse(&d).map_or(Cell::Blank, Cell::Amount)
            }
            (CellKind::SignedCount, true) => {
                Cell::Int(rng.below(2 * MAX_COUNT as usize + 1) as i64 - MAX_COUNT)
            }
            (_, true) => Cell::Int(match rng.below(4) {
                0 => MAX_COUNT,
                _ => rng.below(1000) as i64,
            }),
            (_, false) => match rng.below(4) {
                0 => Cell::Int(rng.next() as i64),
                // Amounts of any length in the fee cell; in a count cell (which no reader lets
                // in) short ones: T4-3 over tens of thousands of such digits takes seconds, a
                // cost no saved report can reach.
                1 => {
                    let n = if info.kind == CellKind::Amount {
                        rng.below(80_000)
                    } else {
                        rng.below(60)
                    };
                    Decimal::parse(&format!("{}.5", "9".repeat(n)))
                        .map_or(Cell::Blank, Cell::Amount)
                }
                2 => Cell::Int(-(rng.below(10) as i64)),
                _ => Cell::Int(rng.below(100) as i64),
            },
        };
    }
    for _ in 0..rng.below(3) {
        let i = rng.below(infos.len());
        let typed = text(rng, 3);
        if !typed.is_empty() && r.cells[i].is_blank() {
            r.set_unread(&infos[i].address, &typed);
        }
    }
    let parts: Vec<&str> = r.def().parts().map(|p| p.key).collect();
    for _ in 0..rng.below(4) {
        let mut t = text(rng, 30);
        if in_bounds {
            t = t.chars().take(MAX_PART_CHARS).collect();
        }
        r.set_text(parts[rng.below(parts.len())], t);
    }
    r
}

/// Whether `text` reads back as `r` (a failure names the seed and the first difference, not
/// the whole report).
fn reads_back(r: &Report, seed: u64, what: &str) {
    match Report::from_json_str(&r.to_json_string()) {
        Ok(back) if &back == r => {}
        Ok(back) => panic!(
            "seed {seed}, {what}: read back differently: {}",
            first_difference(&r.to_json_string(), &back.to_json_string())
        ),
        Err(e) => panic!("seed {seed}, {what}: saved but not read back: {e}"),
    }
}

/// The first place where two JSON texts differ, with a little context on each side.
fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let from = a[..at].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let window = |s: &str| {
        s.get(from..)
            .unwrap_or("")
            .chars()
            .take(160)
            .collect::<String>()
    };
    format!("saved …{}… read back …{}…", window(a), window(b))
}

/// Runs `execs` executions from `seed`; returns how many ran (each one call of a target).
fn run(seed: u64, execs: u64) -> u64 {
    let mut rng = Rng::new(seed);
    let json_bases: Vec<Value> = JSON_FIXTURES
        .iter()
        .map(|t| serde_json::from_str(t).expect("a fixture"))
        .collect();
    let mut done = 0u64;
    let kinds = [CellKind::Count, CellKind::SignedCount, CellKind::Amount];
    let mut spent = [0f64; 6];
    while done < execs {
        let target = rng.below(6);
        let t0 = Instant::now();
        match target {
            // parseReport: text, HTML and JSON, mutated fixtures and piece soup.
            0 => {
                let input = if rng.chance(3) {
                    text(&mut rng, 40)
                } else {
                    let base = FIXTURES[rng.below(FIXTURES.len())];
                    mutated(&mut rng, base)
                };
                let kind = [InputKind::Auto, InputKind::Text, InputKind::Html][rng.below(3)];
                if let Ok(imported) = import(&input, kind) {
                    // What was imported is saved as a draft: it must read back.
                    reads_back(&imported.report, seed, "import");
                    validate(&imported.report, None);
                }
            }
            // The JSON reader.
            1 => {
                let base = &json_bases[rng.below(json_bases.len())];
                let v = mutated_json(&mut rng, base);
                if let Ok(r) = Report::from_json(&v) {
                    reads_back(&r, seed, "JSON");
                    validate(&compute(&r), None);
                }
                if rng.chance(8) {
                    let t = mutated(&mut rng, JSON_FIXTURES[0]);
                    let _ = Report::from_json_str(&t);
                }
            }
            // The cell input and the paste reader.
            2 => {
                let s = text(&mut rng, 4);
                let kind = kinds[rng.below(3)];
                if let Ok(p) = parse_cell(kind, &s) {
                    assert!(p.cell.misfit(kind).is_none(), "{s:?}");
                }
                let b = parse_block(&s);
                let _ = (b.label(), b.width(), b.is_multi_cell());
            }
            // compute → save → load: in bounds it is the identity.
            3 => {
                let in_bounds = !rng.chance(4);
                let r = compute(&report(&mut rng, in_bounds));
                if in_bounds {
                    reads_back(&r, seed, "compute");
                } else {
                    let _ = Report::from_json_str(&r.to_json_string());
                }
                validate(&r, None);
            }
            // The sum of reports, and what it gives reads back.
            4 => {
                let n = 1 + rng.below(4);
                let in_bounds = !rng.chance(3);
                let rs: Vec<Report> = (0..n).map(|_| report(&mut rng, in_bounds)).collect();
                let named: Vec<(&str, &Report)> = rs.iter().map(|r| ("报告", r)).collect();
                if let Ok(sum) = sum_reports(named) {
                    reads_back(&sum, seed, "sum");
                    validate(&sum, Some(&rs[0]));
                }
            }
            // validate with last year's report, any values.
            _ => {
                let in_bounds = rng.chance(2);
                let r = report(&mut rng, in_bounds);
                let p = report(&mut rng, false);
                validate(&r, Some(&p));
            }
        }
        spent[target] += t0.elapsed().as_secs_f64();
        done += 1;
    }
    if std::env::var("FUZZ_TIMES").is_ok() {
        println!("seconds per target (import, JSON, cell, compute, sum, validate): {spent:.2?}");
    }
    done
}

#[test]
fn nothing_panics_on_random_input() {
    let execs: u64 = std::env::var("FUZZ_EXECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let start = Instant::now();
    let done = run(seed, execs);
    println!(
        "fuzz: {done} executions without a panic (seed {seed}) in {:.1} s",
        start.elapsed().as_secs_f64()
    );
}
