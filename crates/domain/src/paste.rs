//! Reading a block of cells pasted from a spreadsheet (Excel, WPS) or copied off a published
//! report: rows separated by line breaks, cells by tabs. Values are returned as text; each one is
//! parsed later by `input::parse_cell` for the cell it lands in, so a bad value is reported at
//! that cell and never silently dropped.

/// A rectangular-ish block of pasted text cells, row by row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PasteBlock {
    /// The cell texts of each row, trimmed. Rows may have different lengths.
    pub rows: Vec<Vec<String>>,
}

impl PasteBlock {
    /// Whether the block is more than one cell (a single value is pasted into the cell as typed).
    pub fn is_multi_cell(&self) -> bool {
        self.rows.len() > 1 || self.rows.first().is_some_and(|r| r.len() > 1)
    }

    /// The first text in the block that is a label rather than a value (a row name or heading
    /// left in after the label column was dropped, e.g. a second label column or a heading
    /// row). A paste with one is refused with its text named: a label is never stored in a
    /// cell, and which numbers it shifts cannot be told.
    pub fn label(&self) -> Option<&str> {
        self.rows
            .iter()
            .flatten()
            .map(String::as_str)
            .find(|c| is_label(c))
    }

    /// Number of columns of the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Splits clipboard text into rows and cells.
///
/// - Rows end at `\r\n`, `\n` or `\r`; the trailing line break spreadsheets add is ignored.
/// - Cells are separated by tabs. A line without any tab (text copied from a web page or PDF
///   viewer that turned tabs into spaces) is split at runs of spaces, ideographic spaces (U+3000)
///   or no-break spaces.
/// - Excel quotes a cell that contains a line break or tab (`"a\nb"`); such quotes are honoured.
/// - When every non-empty row starts with a text label (e.g. "一、本年新收政府信息公开申请数量",
///   copied together with the numbers), that label column is dropped, so the numbers land where
///   the user put the cursor.
pub fn parse_block(text: &str) -> PasteBlock {
    let mut rows = split_rows(text);
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()))
    {
        rows.pop();
    }
    let mut rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|cells| {
            if cells.len() == 1 {
                split_spaces(&cells[0])
            } else {
                cells.iter().map(|c| trim(c).to_string()).collect()
            }
        })
        .collect();
    if has_label_column(&rows) {
        for r in &mut rows {
            if !r.is_empty() {
                r.remove(0);
            }
        }
    }
    PasteBlock { rows }
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// Splits into rows of tab-separated raw cells, honouring Excel's double-quoted cells.
fn split_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    let mut at_cell_start = true;
    while let Some(ch) = chars.next() {
        if in_quotes {
            if ch == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                cell.push(ch);
            }
            continue;
        }
        match ch {
            '"' if at_cell_start => {
                in_quotes = true;
                at_cell_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if ch == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                if !c.is_whitespace() {
                    at_cell_start = false;
                }
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// A line without tabs: cells are separated by runs of blanks.
fn split_spaces(line: &str) -> Vec<String> {
    let t = trim(line);
    if t.is_empty() {
        return vec![String::new()];
    }
    t.split(|c: char| c.is_whitespace() || c == '\u{3000}')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the text is a row label rather than a value: it contains a CJK character other than
/// the blank marks people type for "nothing" ("无") and is not a number in full-width digits.
fn is_label(s: &str) -> bool {
    let t = trim(s);
    if t.is_empty() || crate::input::is_blank_mark(t) {
        return false;
    }
    t.chars().any(|c| {
        matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
            || matches!(c, '（' | '）' | '、' | '“' | '”')
    })
}

/// Every non-empty row starts with a label, and at least one row has something after it.
fn has_label_column(rows: &[Vec<String>]) -> bool {
    let non_empty: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r.iter().any(|c| !trim(c).is_empty()))
        .collect();
    !non_empty.is_empty()
        && non_empty
            .iter()
            .all(|r| r.first().is_some_and(|c| is_label(c)))
        && non_empty.iter().any(|r| r.len() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        parse_block(text).rows
    }

    #[test]
    fn excel_block_with_trailing_newline() {
        let b = parse_block("1\t0\t0\t0\t0\t0\t1\r\n2\t1\t0\t0\t0\t0\t3\r\n");
        assert_eq!(b.rows.len(), 2);
        assert_eq!(b.width(), 7);
        assert_eq!(b.rows[1], ["2", "1", "0", "0", "0", "0", "3"]);
        assert!(b.is_multi_cell());
    }

    #[test]
    fn single_value_is_not_a_block() {
        let b = parse_block("12\n");
        assert_eq!(b.rows, [["12"]]);
        assert!(!b.is_multi_cell());
    }

    #[test]
    fn keeps_empty_cells_and_full_width_text_for_the_cell_parser() {
        assert_eq!(rows("１２\t\t／\n"), [["１２", "", "／"]]);
    }

    #[test]
    fn spaces_separate_when_there_is_no_tab() {
        assert_eq!(rows("3 0  0\u{3000}1\n"), [["3", "0", "0", "1"]]);
    }

    #[test]
    fn drops_a_label_column() {
        let b = parse_block(
            "一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n",
        );
        assert_eq!(b.width(), 7);
        assert_eq!(b.rows[0][0], "2");
        // "无" is a blank mark, not a label.
        assert_eq!(rows("无\t1\n"), [["无", "1"]]);
    }

    #[test]
    fn names_a_label_left_in_the_block() {
        // Issue 17: a block copied with two label columns and a heading row put 28 labels into
        // cells. The first label column goes; what is left is named so the paste is refused.
        let b = parse_block(
            "三、本年度办理结果\t\t\t\n\t（一）予以公开\t1\t2\n\t（二）部分公开\t0\t0\n",
        );
        assert_eq!(b.label(), Some("三、本年度办理结果"));
        let b = parse_block("一、本年新收\t2\t0\n二、上年结转\t0\t1\n");
        assert_eq!(b.label(), None);
        assert_eq!(parse_block("1O\tabc\n/\t无\n").label(), None);
    }

    #[test]
    fn honours_excel_quotes() {
        assert_eq!(rows("\"a\nb\"\t1\n"), [["a\nb", "1"]]);
        assert_eq!(rows("\"x\"\"y\"\t2"), [["x\"y", "2"]]);
    }

    #[test]
    fn empty_text() {
        assert!(parse_block("").rows.is_empty());
        assert!(parse_block("\n\n").rows.is_empty());
    }
}
