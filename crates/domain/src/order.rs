//! Stable sorting through one shared instantiation of the standard sort.
//!
//! Every `sort_by` / `sort_by_key` on a new element type or closure compiles the standard
//! library's whole sort again (a quicksort, a merge and small-sorts: 3–4 KB of wasm each), and
//! the first load had a dozen of them. These functions sort positions instead, with one
//! comparator behind `dyn`, so the sort is compiled once; what stays generic per call site is
//! only the short loop that moves the items into the order found. Same results as the standard
//! stable sort: equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    arrange(items, order);
}

/// Sorts `items` stably by the key `key` gives, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..n` in the order `cmp` puts the items at them (stable).
fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the item at `order[i]` to `i` for every `i`, following each cycle of the permutation
/// with swaps (a visited position is marked `usize::MAX`).
fn arrange<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = std::mem::replace(&mut order[at], usize::MAX);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        // Every permutation-ish mix of keys with ties, against the standard stable sort.
        let mut seed = 7u32;
        for len in 0..40usize {
            for _ in 0..20 {
                let items: Vec<(u32, usize)> = (0..len)
                    .map(|i| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        ((seed >> 16) % 6, i)
                    })
                    .collect();
                let (mut ours, mut theirs) = (items.clone(), items);
                sort_by_key(&mut ours, |p| p.0);
                theirs.sort_by_key(|p| p.0);
                assert_eq!(ours, theirs);
                sort_by(&mut ours, |a, b| b.1.cmp(&a.1));
                theirs.sort_by_key(|p| std::cmp::Reverse(p.1));
                assert_eq!(ours, theirs);
            }
        }
        let mut words = vec!["乙", "b", "a", "甲", "a"];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "乙", "甲"]);
    }
}
