//! The distribution of one indicator over a list of reports: quartiles, extremes, each
//! report's percentile rank, and the outliers beyond 1.5 IQR.
//!
//! Percentiles are the linear interpolation between closest ranks (Excel and WPS
//! `PERCENTILE.INC`, R type 7), and the rank is `PERCENTRANK.INC` (the share of the other values
//! below it): evaluators check a table in a spreadsheet, which then gives the same figures.

use serde::Serialize;

/// The fewest reports with a value for which outliers are named: with fewer, the quartiles
/// rest on one or two values each and the fences say nothing.
pub const OUTLIER_MIN_REPORTS: usize = 5;

/// How far beyond the quartiles (in IQRs) a value is an outlier (Tukey's fences).
pub const OUTLIER_IQR: f64 = 1.5;

/// The `p`-th percentile (0–100) of sorted values, interpolated between closest ranks
/// (`PERCENTILE.INC`); `None` for no values.
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * (p / 100.0).clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(last);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// The percentile rank (0–100) of `v` among sorted values (`PERCENTRANK.INC`: the values below
/// it over the others); `None` with fewer than two values.
pub fn percent_rank(sorted: &[f64], v: f64) -> Option<f64> {
    let others = sorted.len().checked_sub(1).filter(|&n| n > 0)?;
    let below = sorted.partition_point(|x| *x < v);
    Some(below as f64 / others as f64 * 100.0)
}

/// Which side of the fences an outlier is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Below P25 − 1.5 IQR.
    Low,
    /// Above P75 + 1.5 IQR.
    High,
}

impl Side {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Side::Low => "明显偏低",
            Side::High => "明显偏高",
        }
    }
}

/// One indicator's distribution over a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// The indicator's key.
    pub key: &'static str,
    /// How many reports have a value.
    pub n: usize,
    /// Smallest value.
    pub min: Option<f64>,
    /// 25th percentile.
    pub p25: Option<f64>,
    /// Median.
    pub median: Option<f64>,
    /// 75th percentile.
    pub p75: Option<f64>,
    /// Largest value.
    pub max: Option<f64>,
    /// Each report with a value: (its position in the list, its percentile rank).
    pub ranks: Vec<(usize, f64)>,
    /// The outliers: (position, value, side); empty below [`OUTLIER_MIN_REPORTS`].
    pub outliers: Vec<(usize, f64, Side)>,
}

/// The distribution of `values` (one per report of the list, `None` where it has none).
pub fn distribution(key: &'static str, values: &[Option<f64>]) -> Distribution {
    let mut sorted: Vec<f64> = values.iter().flatten().copied().collect();
    sorted.sort_by(f64::total_cmp);
    let q = |p| percentile(&sorted, p);
    let (p25, p75) = (q(25.0), q(75.0));
    let ranks = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((i, percent_rank(&sorted, (*v)?)?)))
        .collect();
    let mut outliers = Vec::new();
    if let (true, Some(a), Some(b)) = (sorted.len() >= OUTLIER_MIN_REPORTS, p25, p75) {
        let iqr = b - a;
        let (low, high) = (a - OUTLIER_IQR * iqr, b + OUTLIER_IQR * iqr);
        for (i, v) in values.iter().enumerate() {
            match *v {
                Some(v) if v < low => outliers.push((i, v, Side::Low)),
                Some(v) if v > high => outliers.push((i, v, Side::High)),
                _ => {}
            }
        }
    }
    Distribution {
        key,
        n: sorted.len(),
        min: sorted.first().copied(),
        p25,
        median: q(50.0),
        p75,
        max: sorted.last().copied(),
        ranks,
        outliers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_hand() {
        // 1 2 3 4 10: P25 at rank 1 (0-based) = 2, median 3, P75 at rank 3 = 4.
        let s = [1.0, 2.0, 3.0, 4.0, 10.0];
        assert_eq!(percentile(&s, 25.0), Some(2.0));
        assert_eq!(percentile(&s, 50.0), Some(3.0));
        assert_eq!(percentile(&s, 75.0), Some(4.0));
        // 1 2 3 4: P25 at h = 0.75 → 1 + 0.75 = 1.75; median 2.5; P75 at h = 2.25 → 3.25.
        let s = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(percentile(&s, 25.0), Some(1.75));
        assert_eq!(percentile(&s, 50.0), Some(2.5));
        assert_eq!(percentile(&s, 75.0), Some(3.25));
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(percentile(&[7.0], 75.0), Some(7.0));
    }

    #[test]
    fn ranks_by_hand() {
        let s = [1.0, 2.0, 2.0, 5.0, 9.0];
        assert_eq!(percent_rank(&s, 1.0), Some(0.0));
        // Ties share the rank of the values below them: 1 of 4 others.
        assert_eq!(percent_rank(&s, 2.0), Some(25.0));
        assert_eq!(percent_rank(&s, 5.0), Some(75.0));
        assert_eq!(percent_rank(&s, 9.0), Some(100.0));
        assert_eq!(percent_rank(&[3.0], 3.0), None);
    }

    #[test]
    fn outliers_by_hand() {
        // P25 2, P75 4, IQR 2: fences -1 and 7; 10 is above, nothing below.
        let v = [Some(1.0), Some(2.0), None, Some(3.0), Some(4.0), Some(10.0)];
        let d = distribution("x", &v);
        assert_eq!(d.n, 5);
        assert_eq!((d.min, d.max, d.median), (Some(1.0), Some(10.0), Some(3.0)));
        assert_eq!(d.outliers, vec![(5, 10.0, Side::High)]);
        assert_eq!(d.ranks.len(), 5);
        assert_eq!(d.ranks[2], (3, 50.0));
        // Four values: too few to name an outlier, however far one lies.
        let d = distribution("x", &[Some(1.0), Some(2.0), Some(3.0), Some(1000.0)]);
        assert!(d.outliers.is_empty());
        // Low side: 0 against 10 11 12 13 (P25 10, P75 12, IQR 2, fence 7).
        let d = distribution(
            "x",
            &[Some(10.0), Some(11.0), Some(12.0), Some(13.0), Some(0.0)],
        );
        assert_eq!(d.outliers, vec![(4, 0.0, Side::Low)]);
    }
}
