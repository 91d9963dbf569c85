//! The figures a summary of table 三 shows first: applications received and carried over, all
//! outcomes, and those carried on to next year.

use crate::model::Report;

/// Each row of table 三's balance (received, carried over, concluded, carried on) with its
/// label and its 总计 cell as shown ("" when blank). The label carries the row's groups
/// ("三、本年度办理结果 （七）总计"): alone, "（七）总计" does not say of what.
pub fn key_figures(r: &Report) -> Vec<(String, String)> {
    let f = r.def();
    let Some((ti, t)) = f.table("table3") else {
        return Vec::new();
    };
    let (Some(b), Some(info)) = (t.blocks.first(), f.index().block(ti, 0)) else {
        return Vec::new();
    };
    let (Some((left, right)), Some(tc)) = (&info.balance, info.total_col) else {
        return Vec::new();
    };
    let mut rows: Vec<usize> = left.iter().chain(right).copied().collect();
    rows.sort_unstable();
    rows.into_iter()
        .filter_map(|ri| {
            let row = b.rows.get(ri)?;
            let value = r
                .cells
                .get(info.start + ri * b.columns.len() + tc)
                .map(|c| c.display())
                .unwrap_or_default();
            let mut label: Vec<&str> = row.groups.to_vec();
            label.push(row.label);
            Some((label.join(" "), value))
        })
        .collect()
}
