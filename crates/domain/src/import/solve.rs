//! Choosing among the splits of several rows at once: table 三's columns must satisfy the
//! printed 勾稽关系 (一 + 二 = （七）总计 + 四) and （七）总计 = the sum of the outcome rows, so a
//! row whose own total allows two splits is usually settled by the others. Bounded search.

/// A column identity between rows: the sum of `lhs` rows equals the sum of `rhs` rows, in every
/// column where all the cells involved are known.
#[derive(Debug, Clone)]
pub struct Identity {
    /// Row indices summed on the left.
    pub lhs: Vec<usize>,
    /// Row indices summed on the right.
    pub rhs: Vec<usize>,
}

/// Search steps allowed for one table.
pub const STEP_BUDGET: u32 = 200_000;
/// Most complete solutions collected.
const MAX_SOLUTIONS: usize = 64;

/// For each ambiguous row, the candidates that appear in some consistent choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solved {
    /// Per ambiguous row (same order as given): indices into its candidates that occur in at
    /// least one solution. Empty when no solution exists.
    pub chosen: Vec<Vec<usize>>,
    /// Number of complete solutions found (capped).
    pub solutions: usize,
    /// Whether the search stopped early.
    pub truncated: bool,
}

/// `fixed[r]` is the row's known values (`None` in a column = blank), or `None` when the row is
/// ambiguous; `ambiguous` lists (row, candidates) for those rows.
pub fn solve(
    fixed: &[Option<Vec<Option<i64>>>],
    ambiguous: &[(usize, Vec<Vec<i64>>)],
    identities: &[Identity],
    cols: usize,
) -> Solved {
    let mut s = State {
        rows: fixed.to_vec(),
        ambiguous,
        identities,
        cols,
        pick: vec![0; ambiguous.len()],
        seen: vec![vec![false; 0]; ambiguous.len()],
        solutions: 0,
        steps: 0,
        truncated: false,
    };
    for (i, (_, c)) in ambiguous.iter().enumerate() {
        s.seen[i] = vec![false; c.len()];
    }
    s.go(0);
    Solved {
        chosen: s
            .seen
            .iter()
            .map(|v| {
                v.iter()
                    .enumerate()
                    .filter(|(_, &b)| b)
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect(),
        solutions: s.solutions,
        truncated: s.truncated,
    }
}

struct State<'a> {
    rows: Vec<Option<Vec<Option<i64>>>>,
    ambiguous: &'a [(usize, Vec<Vec<i64>>)],
    identities: &'a [Identity],
    cols: usize,
    pick: Vec<usize>,
    seen: Vec<Vec<bool>>,
    solutions: usize,
    steps: u32,
    truncated: bool,
}

impl State<'_> {
    fn go(&mut self, k: usize) {
        self.steps += 1;
        if self.steps > STEP_BUDGET || self.solutions >= MAX_SOLUTIONS {
            self.truncated = true;
            return;
        }
        if !self.consistent() {
            return;
        }
        let Some((row, cands)) = self.ambiguous.get(k) else {
            self.solutions += 1;
            for (i, &p) in self.pick.iter().enumerate() {
                if let Some(b) = self.seen.get_mut(i).and_then(|v| v.get_mut(p)) {
                    *b = true;
                }
            }
            return;
        };
        for (ci, cand) in cands.iter().enumerate() {
            if let Some(slot) = self.rows.get_mut(*row) {
                *slot = Some(cand.iter().map(|&v| Some(v)).collect());
            }
            if let Some(p) = self.pick.get_mut(k) {
                *p = ci;
            }
            self.go(k + 1);
            if self.truncated {
                break;
            }
        }
        if let Some(slot) = self.rows.get_mut(*row) {
            *slot = None;
        }
    }

    /// Every identity whose rows are all assigned holds (columns with a blank are skipped).
    fn consistent(&self) -> bool {
        self.identities.iter().all(|id| {
            let side = |rows: &[usize], c: usize| -> Option<Option<i64>> {
                let mut sum = 0i64;
                for &r in rows {
                    let row = self.rows.get(r)?.as_ref()?;
                    match row.get(c).copied().flatten() {
                        Some(v) => sum = sum.saturating_add(v),
                        None => return Some(None),
                    }
                }
                Some(Some(sum))
            };
            (0..self.cols).all(|c| match (side(&id.lhs, c), side(&id.rhs, c)) {
                (Some(Some(a)), Some(Some(b))) => a == b,
                _ => true,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_settle_a_row() {
        // rows: 0 = a, 1 = b (ambiguous), 2 = total; identity total = a + b.
        let fixed = vec![
            Some(vec![Some(20), Some(0)]),
            None,
            Some(vec![Some(42), Some(3)]),
        ];
        let amb = vec![(1, vec![vec![2, 20], vec![22, 3]])];
        let ids = [Identity {
            lhs: vec![2],
            rhs: vec![0, 1],
        }];
        let s = solve(&fixed, &amb, &ids, 2);
        assert_eq!(s.chosen, vec![vec![1]]);
        assert_eq!(s.solutions, 1);
    }
}
