//! The merged cells of the official tables, worked out from the format data: row-label cells
//! with their row spans (table 三's 三、本年度办理结果 › （三）不予公开 › 1.…), column headers
//! with their groups (申请人情况 › 法人或其他组织 › 商业企业 …), and table 四's group headers.

use report_domain::format::{ColumnDef, RowDef};

/// A merged header cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The official text.
    pub text: &'static str,
    /// Rows it spans.
    pub rowspan: usize,
    /// Columns it spans.
    pub colspan: usize,
}

/// How many label columns the rows need: their deepest group nesting plus the label itself.
pub fn label_depth(rows: &[RowDef]) -> usize {
    rows.iter().map(|r| r.groups.len()).max().unwrap_or(0) + 1
}

/// The label cells of each row: a group cell where a run of rows sharing that group starts
/// (spanning the run), then the row's own label spanning the remaining label columns.
pub fn row_labels(rows: &[RowDef]) -> Vec<Vec<Span>> {
    let depth = label_depth(rows);
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = Vec::new();
            for (level, g) in row.groups.iter().enumerate() {
                let same = |r: &RowDef| r.groups.get(..=level) == row.groups.get(..=level);
                let starts = i == 0 || !rows.get(i - 1).is_some_and(same);
                if starts {
                    let run = rows[i..].iter().take_while(|r| same(r)).count();
                    cells.push(Span {
                        text: g,
                        rowspan: run,
                        colspan: 1,
                    });
                }
            }
            cells.push(Span {
                text: row.label,
                rowspan: 1,
                colspan: depth - row.groups.len(),
            });
            cells
        })
        .collect()
}

/// Two header rows for columns: grouped columns get their group over them in the first row and
/// their label in the second; ungrouped columns span both rows.
pub fn column_headers(columns: &[ColumnDef]) -> (Vec<Span>, Vec<Span>) {
    let mut top: Vec<Span> = Vec::new();
    let mut bottom = Vec::new();
    let mut prev_group: Option<&str> = None;
    for c in columns {
        match c.group {
            Some(g) => {
                match top.last_mut() {
                    Some(last) if prev_group == Some(g) => last.colspan += 1,
                    _ => top.push(Span {
                        text: g,
                        rowspan: 1,
                        colspan: 1,
                    }),
                }
                bottom.push(Span {
                    text: c.label,
                    rowspan: 1,
                    colspan: 1,
                });
            }
            None => top.push(Span {
                text: c.label,
                rowspan: 2,
                colspan: 1,
            }),
        }
        prev_group = c.group;
    }
    (top, bottom)
}

/// Table 四's headers: the first row has each row-group without a super group (行政复议, two
/// rows high) and each super group (行政诉讼) over its row-groups; the second row has those
/// row-groups (未经复议直接起诉, 复议后起诉). `width` is the number of columns per group.
pub fn transposed_headers(rows: &[RowDef], width: usize) -> (Vec<Span>, Vec<Span>) {
    let mut top: Vec<Span> = Vec::new();
    let mut bottom = Vec::new();
    let mut prev: Option<&str> = None;
    for r in rows {
        match r.super_group {
            Some(g) => {
                match top.last_mut() {
                    Some(last) if prev == Some(g) => last.colspan += width,
                    _ => top.push(Span {
                        text: g,
                        rowspan: 1,
                        colspan: width,
                    }),
                }
                bottom.push(Span {
                    text: r.label,
                    rowspan: 1,
                    colspan: width,
                });
            }
            None => top.push(Span {
                text: r.label,
                rowspan: 2,
                colspan: width,
            }),
        }
        prev = r.super_group;
    }
    (top, bottom)
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::format::FORMAT_2021;

    fn table(key: &str) -> &'static report_domain::format::BlockDef {
        &FORMAT_2021.table(key).unwrap().1.blocks[0]
    }

    #[test]
    fn table3_row_labels() {
        let b = table("table3");
        assert_eq!(label_depth(b.rows), 3);
        let l = row_labels(b.rows);
        assert_eq!(l[0].len(), 1);
        assert_eq!(l[0][0].colspan, 3);
        assert_eq!(l[0][0].text, "一、本年新收政府信息公开申请数量");
        // （一）予以公开 opens 三、本年度办理结果, which spans every outcome row and （七）总计.
        assert_eq!(l[2][0].text, "三、本年度办理结果");
        assert_eq!(l[2][0].rowspan, 22);
        assert_eq!(l[2][1].colspan, 2);
        // 1.属于国家秘密 opens （三）不予公开 over its eight rows.
        assert_eq!(l[4].len(), 2);
        assert_eq!((l[4][0].text, l[4][0].rowspan), ("（三）不予公开", 8));
        assert_eq!(l[5].len(), 1);
        assert_eq!(l[5][0].text, "2.其他法律行政法规禁止公开");
        let forward = l.last().unwrap();
        assert_eq!(
            (forward[0].text, forward[0].colspan),
            ("四、结转下年度继续办理", 3)
        );
    }

    #[test]
    fn table3_column_headers() {
        let (top, bottom) = column_headers(table("table3").columns);
        let t: Vec<_> = top.iter().map(|s| (s.text, s.rowspan, s.colspan)).collect();
        assert_eq!(
            t,
            [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)]
        );
        assert_eq!(bottom.len(), 5);
        assert_eq!(bottom[0].text, "商业企业");
    }

    #[test]
    fn table4_headers() {
        let b = table("table4");
        let (top, bottom) = transposed_headers(b.rows, b.columns.len());
        let t: Vec<_> = top.iter().map(|s| (s.text, s.rowspan, s.colspan)).collect();
        assert_eq!(t, [("行政复议", 2, 5), ("行政诉讼", 1, 10)]);
        let b2: Vec<_> = bottom.iter().map(|s| s.text).collect();
        assert_eq!(b2, ["未经复议直接起诉", "复议后起诉"]);
    }
}
