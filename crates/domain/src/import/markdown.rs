//! Markdown pipe tables, as PDF and Word converters write them ("| 规章 | 1 | 0 | 11 |"),
//! turned into the tab-separated rows the table reader already knows; the separator rows
//! ("| --- |") and the converters' placeholder rows ("| 数据1 | 数据2 | … |") are dropped, so
//! their digits never become figures.

/// The text with every pipe-table row as a tab-separated line, or `None` when it has none.
pub fn pipes_to_tabs(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rows = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let t = body.trim();
        if !(t.starts_with('|') && t.len() > 1 && t[1..].contains('|')) {
            out.push_str(line);
            continue;
        }
        let cells = cells_of(t);
        rows += 1;
        if cells.iter().all(|c| is_rule(c))
            || cells.iter().all(|c| c.is_empty() || is_placeholder(c))
        {
            continue;
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    (rows >= 2).then_some(out)
}

/// The cells of a pipe row, trimmed ("\|" is a pipe inside a cell; "<br>" a line break).
fn cells_of(row: &str) -> Vec<String> {
    let inner = row.strip_prefix('|').unwrap_or(row);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    cells.push(cur);
    cells
        .into_iter()
        .map(|c| {
            c.replace("<br>", " ")
                .replace("<br/>", " ")
                .replace("**", "")
                .trim()
                .to_string()
        })
        .collect()
}

/// A header separator cell: "---", ":--:", "—".
fn is_rule(cell: &str) -> bool {
    !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | '—' | ' '))
}

/// A converter's placeholder: "数据1", "数据 12".
fn is_placeholder(cell: &str) -> bool {
    cell.strip_prefix("数据")
        .map(str::trim)
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipe_rows_become_tab_rows() {
        let md = "二、主动公开\n| 信息内容 | 本年制发件数 |\n| --- | :---: |\n| 数据1 | 数据2 |\n| 规章 | 1 |\n| a\\|b | <br> |\n正文 | 不是表格\n";
        assert_eq!(
            pipes_to_tabs(md).unwrap(),
            "二、主动公开\n信息内容\t本年制发件数\n规章\t1\na|b\t\n正文 | 不是表格\n"
        );
        assert_eq!(pipes_to_tabs("没有表格\n| 只有一行 |"), None);
    }
}
