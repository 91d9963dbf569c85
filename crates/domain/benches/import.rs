//! Import time per report, natively: run with `cargo bench -p report-domain --bench import`.
//! Prints the median of many runs for every fixture (the largest, 上海 2019, is ~17 KB; the
//! target is ≤ 5 ms). Not a test: it prints figures, it asserts nothing about speed.

use std::hint::black_box;
use std::time::{Duration, Instant};

use report_domain::{import, InputKind};

const FIXTURES: &[(&str, &str)] = &[
    (
        "2019-shanghai-format2019.txt",
        include_str!("../../../tests/fixtures/2019-shanghai-format2019.txt"),
    ),
    (
        "2024-huaian-pdf-layout.txt",
        include_str!("../../../tests/fixtures/2024-huaian-pdf-layout.txt"),
    ),
    (
        "2021-pingtan-flattened.txt",
        include_str!("../../../tests/fixtures/2021-pingtan-flattened.txt"),
    ),
    (
        "seed-2021-county-commerce-bureau.txt",
        include_str!("../../../tests/fixtures/seed-2021-county-commerce-bureau.txt"),
    ),
    (
        "jiangbei-2022.html",
        include_str!("../tests/fixtures/jiangbei-2022.html"),
    ),
];

fn main() {
    let runs = 301;
    println!("import: median of {runs} runs per fixture (native, this build's profile)");
    for (name, text) in FIXTURES {
        let body = if text.starts_with("source:") {
            text.split_once("\n\n").map_or(*text, |(_, b)| b)
        } else {
            text
        };
        // Warm up (format indexes are built on first use).
        let _ = import(body, InputKind::Auto);
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let r = import(black_box(body), InputKind::Auto);
                let e = t.elapsed();
                black_box(r.is_ok());
                e
            })
            .collect();
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "  {name:40} {:6.1} KB  median {:.3} ms  (min {:.3}, p90 {:.3})",
            body.len() as f64 / 1024.0,
            ms(times[runs / 2]),
            ms(times[0]),
            ms(times[runs * 9 / 10]),
        );
    }
}
