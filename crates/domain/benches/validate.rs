//! How many full reports per second `validate` checks natively: run with
//! `cargo bench -p report-domain --bench validate`. Not a test: it prints figures, it asserts
//! nothing about speed.

use std::hint::black_box;
use std::time::{Duration, Instant};

use report_domain::model::MAX_PART_CHARS;
use report_domain::rules::{Context, RULES};
use report_domain::{validate, Report};

/// Runs `validate` in rounds of 1,000 for at least `budget` and returns reports per second: the
/// median round and the best one. This machine is shared: other work slows some rounds down,
/// which a mean over the whole budget would fold into the figure.
fn rate(report: &Report, previous: Option<&Report>, budget: Duration) -> (f64, f64, usize) {
    // Warm up: the format indexes are built on first use.
    let findings = validate(report, previous).len();
    let start = Instant::now();
    let mut rounds = Vec::new();
    while start.elapsed() < budget {
        let round = Instant::now();
        for _ in 0..1000 {
            black_box(validate(black_box(report), black_box(previous)));
        }
        rounds.push(1000.0 / round.elapsed().as_secs_f64());
    }
    rounds.sort_by(f64::total_cmp);
    let median = rounds[rounds.len() / 2];
    let best = rounds[rounds.len() - 1];
    (median, best, findings)
}

/// Microseconds per report spent in each rule, slowest first.
fn per_rule(report: &Report, previous: Option<&Report>) -> Vec<(&'static str, f64)> {
    let ctx = Context::new(report, previous);
    let mut out: Vec<_> = RULES
        .iter()
        .map(|r| {
            let n = 20_000;
            let start = Instant::now();
            for _ in 0..n {
                let mut found = Vec::new();
                (r.check)(black_box(&ctx), r, &mut found);
                black_box(found);
            }
            (r.code, start.elapsed().as_secs_f64() * 1e6 / f64::from(n))
        })
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out
}

/// The rules over tables, structure and dates (everything but the narrative text rules).
const NON_TEXT: [&str; 12] = [
    "T3-1", "T3-2", "T3-3", "T3-4", "T3-5", "T4-1", "T2-1", "T2-2", "S-1", "S-2", "T3-7", "P-1",
];

/// Reports per second for a subset of the rules, run as `validate` runs them.
fn subset_rate(report: &Report, previous: Option<&Report>, codes: &[&str]) -> f64 {
    let rules: Vec<_> = RULES.iter().filter(|r| codes.contains(&r.code)).collect();
    let n = 200_000;
    let start = Instant::now();
    for _ in 0..n {
        let ctx = Context::new(black_box(report), black_box(previous));
        let mut out = Vec::new();
        for r in &rules {
            (r.check)(&ctx, r, &mut out);
        }
        black_box(out);
    }
    f64::from(n) / start.elapsed().as_secs_f64()
}

fn read(name: &str, text: &str) -> Report {
    Report::from_json_str(text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn main() {
    let pingtan = read(
        "pingtan-2021.json",
        include_str!("../tests/fixtures/pingtan-2021.json"),
    );
    let seed = read("seed-2021.json", report_domain::sample::SAMPLE_JSON);
    // Last year's report for the cross-year rules: the same agency a year earlier.
    let mut last_year = pingtan.clone();
    last_year.meta.year = Some(2020);
    let budget = Duration::from_secs(2);
    for (name, report, previous) in [
        ("Pingtan 2021 (with narrative)", &pingtan, None),
        (
            "Pingtan 2021 + last year's report",
            &pingtan,
            Some(&last_year),
        ),
        ("seed 2021 (with narrative)", &seed, None),
    ] {
        let (median, best, findings) = rate(report, previous, budget);
        println!(
            "validate {name}: {median:.0} reports/s median round, {best:.0} best round \
             ({findings} findings per report)"
        );
    }
    println!(
        "table, structure and date rules only ({}): {:.0} reports/s (Pingtan 2021)",
        NON_TEXT.join(" "),
        subset_rate(&pingtan, None, &NON_TEXT)
    );
    let rules: Vec<String> = per_rule(&pingtan, Some(&last_year))
        .iter()
        .map(|(code, us)| format!("{code} {us:.2}"))
        .collect();
    println!(
        "µs per report and rule (Pingtan 2021 + last year's), slowest first: {}",
        rules.join(", ")
    );
    read_alone(&pingtan);
    largest_text(&pingtan);
}

/// The text reader alone (`text::read`, what every text rule shares) over each narrative part,
/// in microseconds per report: the median of rounds of 1,000.
fn read_alone(report: &Report) {
    let parts: Vec<&str> = report.narrative.values().map(String::as_str).collect();
    let chars: usize = parts.iter().map(|p| p.chars().count()).sum();
    let start = Instant::now();
    let mut rounds = Vec::new();
    while start.elapsed() < Duration::from_secs(2) {
        let round = Instant::now();
        for _ in 0..1000 {
            for p in &parts {
                black_box(report_domain::text::read(black_box(p)));
            }
        }
        rounds.push(round.elapsed().as_secs_f64() * 1e3);
    }
    rounds.sort_by(f64::total_cmp);
    println!(
        "text::read alone, Pingtan 2021's {} parts ({chars} characters): {:.2} µs per report \
         median round, {:.2} best",
        parts.len(),
        rounds[rounds.len() / 2],
        rounds[0]
    );
}

/// The largest text a report may hold: every narrative part at `MAX_PART_CHARS`, made of the
/// report's own narrative repeated (real sentences, so the text rules find what they look for).
/// The target is under 5 ms per validate (issue 17: a 5 MB import made every keystroke cost
/// ~100 ms before parts were bounded).
fn largest_text(report: &Report) {
    let source: String = report.narrative.values().map(String::as_str).collect();
    let mut big = report.clone();
    let parts: Vec<&str> = big.def().parts().map(|p| p.key).collect();
    for part in &parts {
        let text: String = source.chars().cycle().take(MAX_PART_CHARS).collect();
        big.set_text(part, text);
    }
    let chars: usize = big.narrative.values().map(|t| t.chars().count()).sum();
    let (median, slowest, runs) = timed(&big);
    println!(
        "validate at the largest text allowed ({} parts × {MAX_PART_CHARS} characters = {chars}): \
         {median:.2} ms median, {slowest:.2} ms slowest of {runs} runs (target < 5 ms)",
        parts.len(),
    );
    // A part that is one run of digits (found by the fuzz target: the figure reader counted
    // the whole run from each of its digits, 0.9 s at 45,000).
    let mut digits = report.clone();
    digits.set_text("overview_oversight", "9".repeat(MAX_PART_CHARS));
    let (median, slowest, runs) = timed(&digits);
    println!(
        "validate with a part of {MAX_PART_CHARS} digits: {median:.2} ms median, \
         {slowest:.2} ms slowest of {runs} runs (target < 5 ms)"
    );
}

/// Median and slowest milliseconds of `validate` over at least 3 s and 10 runs.
fn timed(report: &Report) -> (f64, f64, usize) {
    validate(report, None);
    let mut times = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) || times.len() < 10 {
        let t = Instant::now();
        black_box(validate(black_box(report), None));
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1], times.len())
}
