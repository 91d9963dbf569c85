//! Approximate search for labels and headings in key text (see `normalize::key`): published
//! copies drop or add a few words ("其他法律法规禁止公开"), so an exact search would miss rows.

/// Where a pattern was found: key-character range and edit distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First key character of the match.
    pub start: usize,
    /// One past the last key character of the match.
    pub end: usize,
    /// Edit distance between the pattern and the matched text.
    pub dist: usize,
}

/// How many edits a label of `len` key characters may show and still count as found.
pub fn tolerance(len: usize) -> usize {
    len / 4
}

/// The first occurrence of `pat` in `hay[from..to]` within `k` edits (Sellers' algorithm),
/// extended while the distance keeps falling. Work is O(|pat| · (to − from)); callers bound
/// the range.
pub fn find(hay: &[char], from: usize, to: usize, pat: &[char], k: usize) -> Option<Hit> {
    let m = pat.len();
    let to = to.min(hay.len());
    if m == 0 || from >= to {
        return None;
    }
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut start: Vec<usize> = vec![from; m + 1];
    let mut ncost = vec![0usize; m + 1];
    let mut nstart = vec![0usize; m + 1];
    let mut best: Option<Hit> = None;
    for (j, &tc) in hay.iter().enumerate().take(to).skip(from) {
        ncost[0] = 0;
        nstart[0] = j + 1;
        for i in 1..=m {
            let diag = cost[i - 1] + usize::from(pat[i - 1] != tc);
            let up = ncost[i - 1] + 1;
            let left = cost[i] + 1;
            if diag <= up && diag <= left {
                ncost[i] = diag;
                nstart[i] = start[i - 1];
            } else if left <= up {
                ncost[i] = left;
                nstart[i] = start[i];
            } else {
                ncost[i] = up;
                nstart[i] = nstart[i - 1];
            }
        }
        std::mem::swap(&mut cost, &mut ncost);
        std::mem::swap(&mut start, &mut nstart);
        let d = cost[m];
        match best {
            Some(b) if d < b.dist => {
                best = Some(Hit {
                    start: start[m],
                    end: j + 1,
                    dist: d,
                })
            }
            Some(b) => return Some(b),
            None if d <= k => {
                best = Some(Hit {
                    start: start[m],
                    end: j + 1,
                    dist: d,
                })
            }
            None => {}
        }
    }
    best
}

/// Length of the longest common subsequence of `pat` within `window`, and the index in
/// `window` just after the last matched character (for headings, which publishers pad with
/// extra words: "五、政府信息公开工作存在的主要问题及改进情况").
pub fn lcs_end(pat: &[char], window: &[char]) -> (usize, usize) {
    let n = window.len();
    let mut prev = vec![0usize; n + 1];
    let mut cur = vec![0usize; n + 1];
    for &pc in pat {
        for j in 0..n {
            cur[j + 1] = if window[j] == pc {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let best = prev[n];
    let end = (0..=n).find(|&j| prev[j] == best).unwrap_or(n);
    (best, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn finds_drifted_labels() {
        let hay = c("不予公开属于国家秘密其他法律法规禁止公开危及三安全一稳定");
        let pat = c("其他法律行政法规禁止公开");
        let h = find(&hay, 0, hay.len(), &pat, tolerance(pat.len())).unwrap();
        assert_eq!((h.start, h.end, h.dist), (10, 20, 2));
        let pat = c("行政处罚");
        let hay = c("信息内容行政处罚行政强制");
        let h = find(&hay, 0, hay.len(), &pat, 1).unwrap();
        assert_eq!((h.start, h.end, h.dist), (4, 8, 0));
        assert!(find(&hay, 0, hay.len(), &c("规章"), 0).is_none());
        assert_eq!(lcs_end(&c("存在"), &c("工作存在的")), (2, 4));
    }
}
