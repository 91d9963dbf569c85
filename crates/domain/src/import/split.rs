//! Splitting run-together digits back into cells. A flattened page prints "640020470" for
//! 64|0|0|2|0|4|70; the row's own total (and later the column identities) usually leave one
//! valid split. The search is bounded: it gives up instead of hanging.

/// The identity a row's values must satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowRule {
    /// No identity (table 二): every split without leading zeros is possible.
    Free,
    /// Groups of `n` values, the last of each the sum of the others (table 三: one group of 7;
    /// table 四: three groups of 5).
    GroupTotals(usize),
}

/// The result of a split search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Splits {
    /// Every split found (up to `MAX_CANDIDATES`), in search order.
    pub candidates: Vec<Vec<i64>>,
    /// Whether the search stopped early (step budget spent or too many candidates).
    pub truncated: bool,
}

/// Most candidates kept for one row; more means the digits say nothing useful.
pub const MAX_CANDIDATES: usize = 64;
/// Longest number a cell holds (see `input::MAX_COUNT`).
const MAX_DIGITS: usize = 9;
/// Search steps allowed for one row.
pub const STEP_BUDGET: u32 = 200_000;

/// Splits digit `tokens` (separated in the source by spaces, which a split never crosses) into
/// `parts` values satisfying `rule`.
pub fn split(tokens: &[&str], parts: usize, rule: RowRule) -> Splits {
    let mut digits: Vec<u8> = Vec::new();
    let mut boundary: Vec<bool> = Vec::new();
    for t in tokens {
        for (i, b) in t.bytes().enumerate() {
            if !b.is_ascii_digit() {
                return Splits::default();
            }
            boundary.push(i == 0);
            digits.push(b - b'0');
        }
    }
    boundary.push(true);
    let mut out = Splits::default();
    let group = match rule {
        RowRule::Free => parts,
        RowRule::GroupTotals(n) => n,
    };
    if parts == 0 || digits.is_empty() || group == 0 || !parts.is_multiple_of(group) {
        return out;
    }
    // Too many digits for the cells (or too few) cannot split at all.
    if digits.len() < parts || digits.len() > parts * MAX_DIGITS {
        return out;
    }
    let mut s = Search {
        digits: &digits,
        boundary: &boundary,
        parts,
        group,
        totals: rule != RowRule::Free,
        steps: 0,
        values: Vec::with_capacity(parts),
        out: &mut out,
    };
    s.go(0);
    out
}

struct Search<'a> {
    digits: &'a [u8],
    boundary: &'a [bool],
    parts: usize,
    group: usize,
    totals: bool,
    steps: u32,
    values: Vec<i64>,
    out: &'a mut Splits,
}

impl Search<'_> {
    /// The number in `digits[p..p+len]` if it may be one cell: it does not cross a space,
    /// and a multi-digit number has no leading zero.
    fn number(&self, p: usize, len: usize) -> Option<i64> {
        let end = p + len;
        if len == 0 || len > MAX_DIGITS || end > self.digits.len() {
            return None;
        }
        if self.boundary.get(p + 1..end)?.iter().any(|&b| b) {
            return None;
        }
        let ds = self.digits.get(p..end)?;
        if len > 1 && ds.first() == Some(&0) {
            return None;
        }
        Some(ds.iter().fold(0i64, |a, &d| a * 10 + i64::from(d)))
    }

    fn stop(&mut self) -> bool {
        self.steps += 1;
        if self.steps > STEP_BUDGET || self.out.candidates.len() >= MAX_CANDIDATES {
            self.out.truncated = true;
            return true;
        }
        false
    }

    fn go(&mut self, p: usize) {
        if self.stop() {
            return;
        }
        let k = self.values.len();
        if k == self.parts {
            if p == self.digits.len() {
                self.out.candidates.push(self.values.clone());
            }
            return;
        }
        // A value must end where a space is or leave digits for the cells still to come.
        let left = self.parts - k;
        if self.digits.len() - p < left || self.digits.len() - p > left * MAX_DIGITS {
            return;
        }
        let last_of_group = self.totals && (k + 1).is_multiple_of(self.group);
        if last_of_group {
            let first = k + 1 - self.group;
            let sum: i64 = self.values.get(first..k).map_or(0, |v| v.iter().sum());
            let len = sum.to_string().len();
            if self.number(p, len) == Some(sum) {
                self.values.push(sum);
                self.go(p + len);
                self.values.pop();
            }
            return;
        }
        for len in 1..=MAX_DIGITS {
            let Some(v) = self.number(p, len) else {
                break;
            };
            self.values.push(v);
            self.go(p + len);
            self.values.pop();
            if self.out.truncated {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_totals_pick_the_split() {
        let s = split(&["640020470"], 7, RowRule::GroupTotals(7));
        assert_eq!(s.candidates, vec![vec![64, 0, 0, 2, 0, 4, 70]]);
        let s = split(&["500000", "5"], 7, RowRule::GroupTotals(7));
        assert_eq!(s.candidates, vec![vec![5, 0, 0, 0, 0, 0, 5]]);
        let s = split(&["220000325"], 7, RowRule::GroupTotals(7));
        assert_eq!(
            s.candidates,
            vec![vec![2, 20, 0, 0, 0, 3, 25], vec![22, 0, 0, 0, 0, 3, 25]]
        );
        assert_eq!(
            split(&["000"], 3, RowRule::Free).candidates,
            vec![vec![0, 0, 0]]
        );
        assert_eq!(split(&["693665"], 3, RowRule::Free).candidates.len(), 10);
        assert!(split(&["12a"], 3, RowRule::Free).candidates.is_empty());
    }

    #[test]
    fn huge_input_is_bounded() {
        let long = "1".repeat(40);
        let s = split(&[&long], 7, RowRule::Free);
        assert!(s.truncated);
        assert_eq!(s.candidates.len(), MAX_CANDIDATES);
        let s = split(&[&"0".repeat(10_000)], 7, RowRule::GroupTotals(7));
        assert!(s.candidates.is_empty());
    }
}
