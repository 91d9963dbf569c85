//! The figures a summary of table 三 shows first: applications received and carried over, all
//! outcomes, and those carried on to next year.

use crate::model::Report;

/// Table 三 rows whose 总计 a summary shows: received, carried over, concluded, carried on.
const KEY_ROWS: [&str; 4] = ["new", "carry", "total", "forward"];

/// Each key row of table 三 with its label and its 总计 cell as shown ("" when blank). The label
/// carries the row's groups ("三、本年度办理结果 （七）总计"): alone, "（七）总计" does not say of
/// what.
pub fn key_figures(r: &Report) -> Vec<(String, String)> {
    let Some((_, t)) = r.def().table("table3") else {
        return Vec::new();
    };
    t.blocks
        .iter()
        .flat_map(|b| b.rows.iter())
        .filter(|row| KEY_ROWS.contains(&row.key))
        .map(|row| {
            let value = r
                .get(&format!("table3.{}.total", row.key))
                .map(|c| c.display())
                .unwrap_or_default();
            let mut label: Vec<&str> = row.groups.to_vec();
            label.push(row.label);
            (label.join(" "), value)
        })
        .collect()
}
