//! The sample report the app offers ("载入示例"): a county commerce bureau's 2021 report,
//! transcribed from `tests/fixtures/seed-2021-county-commerce-bureau.txt`. The tests read it as
//! their seed fixture, so the sample is known to read and to hold no error.

/// The sample report as JSON (the interchange format of `docs/json-format.md`).
pub const SAMPLE_JSON: &str = include_str!("sample/seed-2021.json");
