//! Year on year: an agency's indicators against its report of the year before, and the changes
//! that jump beyond the declared thresholds.

use serde::Serialize;

use super::dictionary::{Measure, INDICATORS};
use super::evaluate::Value;

/// When a change from last year is a jump. Declared as data: the office may tune it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct JumpThresholds {
    /// A count at least this many times last year's is a jump (×3).
    pub ratio: f64,
    /// A count that falls by at least this share of last year's is a jump (0.7 = −70 %).
    pub drop: f64,
    /// Counts where both years are below this are never a jump (1 → 3 is not one).
    pub floor: f64,
    /// A rate that moves by at least this many percentage points is a jump.
    pub points: f64,
}

/// The thresholds the analysis uses.
pub const JUMP_THRESHOLDS: JumpThresholds = JumpThresholds {
    ratio: 3.0,
    drop: 0.7,
    floor: 10.0,
    points: 30.0,
};

/// One indicator's change from last year that jumps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Jump {
    /// The report (position in the list).
    pub report: usize,
    /// Last year's report of the same agency (position in the list).
    pub previous: usize,
    /// The indicator's key.
    pub key: &'static str,
    /// Last year's value.
    pub from: f64,
    /// This year's value.
    pub to: f64,
}

/// Whether the change `from` → `to` of a measure is a jump under `t`.
pub fn is_jump(measure: Measure, from: f64, to: f64, t: &JumpThresholds) -> bool {
    match measure {
        Measure::Rate => (to - from).abs() >= t.points,
        Measure::Count => {
            from.max(to) >= t.floor && (to >= from * t.ratio || to <= from * (1.0 - t.drop))
        }
    }
}

/// The jumps of every report that has last year's (`previous[i]`), in list order.
pub fn jumps(values: &[Vec<Value>], previous: &[Option<usize>], t: &JumpThresholds) -> Vec<Jump> {
    let mut out = Vec::new();
    for (report, p) in previous.iter().enumerate() {
        let (Some(p), Some(now)) = (*p, values.get(report)) else {
            continue;
        };
        let Some(before) = values.get(p) else {
            continue;
        };
        for ((i, a), b) in INDICATORS.iter().zip(before).zip(now) {
            if let (Some(from), Some(to)) = (a.value, b.value) {
                if is_jump(i.measure, from, to, t) {
                    out.push(Jump {
                        report,
                        previous: p,
                        key: i.key,
                        from,
                        to,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumps_by_hand() {
        let t = &JUMP_THRESHOLDS;
        // 1 → 3 is ×3 but below the floor; 10 → 30 is a jump; 10 → 29 is not.
        assert!(!is_jump(Measure::Count, 1.0, 3.0, t));
        assert!(is_jump(Measure::Count, 10.0, 30.0, t));
        assert!(!is_jump(Measure::Count, 10.0, 29.0, t));
        // −70 %: 100 → 30 is one, 100 → 31 is not; 0 → 12 (from nothing) is one.
        assert!(is_jump(Measure::Count, 100.0, 30.0, t));
        assert!(!is_jump(Measure::Count, 100.0, 31.0, t));
        assert!(is_jump(Measure::Count, 0.0, 12.0, t));
        assert!(!is_jump(Measure::Count, 0.0, 0.0, t));
        // Rates move in points: 90 % → 60 % is one, 90 % → 61 % is not.
        assert!(is_jump(Measure::Rate, 90.0, 60.0, t));
        assert!(!is_jump(Measure::Rate, 90.0, 61.0, t));
    }
}
