//! The whole analysis of a list of reports: each report's indicators, each year's
//! distributions, the jumps from last year and the risk list.

use serde::Serialize;

use super::dictionary::INDICATORS;
use super::distribution::{distribution, Distribution};
use super::evaluate::{indicators, Value};
use super::jumps::{jumps, Jump, JumpThresholds};
use super::risks::{risks, Risk};
use crate::batch::previous_years;
use crate::model::Report;
use crate::rules::validate;

/// The distributions of one report year: units compare with the units of the same year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearDistribution {
    /// The year (`None`: reports without one, compared among themselves).
    pub year: Option<i32>,
    /// The reports of that year (positions in the list).
    pub reports: Vec<usize>,
    /// Each indicator's distribution, in dictionary order; positions are in the whole list.
    pub indicators: Vec<Distribution>,
}

/// The analysis of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benchmark {
    /// Each report's indicators, in list order.
    pub indicators: Vec<Vec<Value>>,
    /// Each year's distributions, newest first.
    pub distribution: Vec<YearDistribution>,
    /// The jumps from last year; a `previous` position at or past the list's length is in the
    /// `previous` reports given besides it.
    pub jumps: Vec<Jump>,
    /// The risk list, most at risk first.
    pub risks: Vec<Risk>,
}

/// The analysis of `reports`, with `previous` (last year's reports, not themselves analysed)
/// to compare with besides those in the list.
pub fn benchmark(reports: &[&Report], previous: &[&Report], t: &JumpThresholds) -> Benchmark {
    let all: Vec<&Report> = reports.iter().chain(previous).copied().collect();
    let values: Vec<Vec<Value>> = all.iter().map(|r| indicators(r)).collect();
    let mut last = previous_years(&all);
    last.truncate(reports.len());
    let findings: Vec<_> = reports
        .iter()
        .zip(&last)
        .map(|(r, p)| validate(r, p.map(|i| all[i])))
        .collect();
    let mut years: Vec<Option<i32>> = reports.iter().map(|r| r.meta.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let distribution: Vec<YearDistribution> = years
        .into_iter()
        .map(|year| {
            let members: Vec<usize> = (0..reports.len())
                .filter(|&i| reports[i].meta.year == year)
                .collect();
            let indicators = INDICATORS
                .iter()
                .enumerate()
                .map(|(k, i)| {
                    let column: Vec<Option<f64>> = (0..reports.len())
                        .map(|r| {
                            (reports[r].meta.year == year)
                                .then(|| values[r][k].value)
                                .flatten()
                        })
                        .collect();
                    distribution(i.key, &column)
                })
                .collect();
            YearDistribution {
                year,
                reports: members,
                indicators,
            }
        })
        .collect();
    let jumps = jumps(&values, &last, t);
    let all_dists: Vec<Distribution> = distribution
        .iter()
        .flat_map(|y| y.indicators.iter().cloned())
        .collect();
    let risks = risks(reports, &findings, &all_dists, &jumps);
    let mut values = values;
    values.truncate(reports.len());
    Benchmark {
        indicators: values,
        distribution,
        jumps,
        risks,
    }
}
