//! The printed cells of one table row: from tab-separated text (the seed, a rendered HTML
//! table), from columns aligned with spaces (PDF layout text), or run together (a flattened
//! page). The caller decides what the raw cell text means.

use super::normalize::half_width;
use super::split::{split, RowRule, Splits};

/// What a row's printed data allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowData {
    /// One raw text per column ("" for a blank cell).
    Cells(Vec<String>),
    /// Several alignments of the printed cells fit the columns; the user must pick.
    Alignments(Vec<Vec<String>>),
    /// Digits printed with no separator, and the splits that fit the row's identity.
    Split {
        /// The digits as printed (tokens separated by a space).
        digits: String,
        /// The valid splits.
        splits: Splits,
    },
    /// Nothing at all is printed for the row.
    Empty,
    /// The label's line has no figures and several lines of figures follow it before the next
    /// label (labels a converter moved away from their rows): which line is the row's is not
    /// known. The lines as printed (cells separated by " ").
    Lines(Vec<String>),
}

/// Columns whose printed cells are tab-separated: the absolute tab index of each column,
/// read from the header lines, when the header names every column.
pub type HeaderColumns = Option<Vec<usize>>;

/// Reads a row whose label ends at byte `label_end` of `text` and whose printed data lies
/// before `region_end`.
pub fn row_data(
    text: &str,
    label_start: usize,
    label_end: usize,
    region_end: usize,
    cols: usize,
    header: &HeaderColumns,
    rule: RowRule,
) -> RowData {
    let line_start = text
        .get(..label_end)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line_end = text
        .get(label_end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| label_end + i);
    let rest_of_line = text.get(label_end..line_end).unwrap_or("");
    if rest_of_line.contains('\t') {
        let line = text.get(line_start..line_end).unwrap_or("");
        let label_cell = text
            .get(line_start..label_end)
            .map_or(0, |t| t.matches('\t').count());
        let cells: Vec<(usize, &str)> = line.split('\t').enumerate().skip(label_cell + 1).collect();
        if cells.iter().any(|(_, c)| !c.trim().is_empty())
            || !next_has_digits(text, line_end, region_end)
        {
            return fit_tabs(&cells, cols, header.as_deref(), rule);
        }
    }
    let region = text
        .get(label_start.min(region_end)..region_end)
        .unwrap_or("");
    // The label's line has no data: tab-separated data on a line of its own.
    let data_lines: Vec<&str> = region
        .lines()
        .skip(1)
        .filter(|l| l.contains('\t') && has_digit(l))
        .collect();
    if let [line] = data_lines[..] {
        let cells: Vec<(usize, &str)> = line.split('\t').enumerate().collect();
        return fit_tabs(&cells, cols, None, rule);
    }
    if data_lines.len() > 1 {
        return RowData::Lines(
            data_lines
                .iter()
                .map(|l| {
                    l.split('\t')
                        .map(str::trim)
                        .collect::<Vec<_>>()
                        .join(" ")
                        .trim()
                        .to_string()
                })
                .collect(),
        );
    }
    fit_tokens(&tokens(region), cols, rule)
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| half_width(c).is_ascii_digit())
}

fn next_has_digits(text: &str, from: usize, to: usize) -> bool {
    text.get(from.min(to)..to).is_some_and(has_digit)
}

/// A printed token of a whitespace-separated row: digits (maybe with a decimal point), or a
/// mark that means blank ("/", "—").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A number as printed (ASCII digits, maybe one '.').
    Num(String),
    /// A blank mark.
    Blank,
}

/// The numbers and blank marks in a stretch of text, in order.
pub fn tokens(region: &str) -> Vec<Token> {
    let chars: Vec<char> = region.chars().map(half_width).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A minus sign right before digits ("35-15": 本年增/减 −15 after 35).
        let signed = matches!(c, '-' | '−')
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && (i == 0 || chars[i - 1].is_ascii_digit() || chars[i - 1].is_whitespace());
        if c.is_ascii_digit() || signed {
            let mut s = String::new();
            if signed {
                s.push('-');
                i += 1;
            }
            while i < chars.len() {
                let d = chars[i];
                let decimal_point = d == '.'
                    && !s.contains('.')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if d.is_ascii_digit() || decimal_point {
                    s.push(d);
                    i += 1;
                } else {
                    break;
                }
            }
            out.push(Token::Num(s));
            continue;
        }
        let standalone = |j: usize| chars.get(j).is_none_or(|c| c.is_whitespace());
        if matches!(c, '/' | '—' | '–' | '-' | '\\')
            && (i == 0 || standalone(i - 1))
            && standalone(i + 1)
        {
            out.push(Token::Blank);
        }
        i += 1;
    }
    out
}

/// Fits whitespace-separated tokens to `cols` columns.
pub fn fit_tokens(toks: &[Token], cols: usize, rule: RowRule) -> RowData {
    let raw: Vec<String> = toks
        .iter()
        .map(|t| match t {
            Token::Num(s) => s.clone(),
            Token::Blank => String::new(),
        })
        .collect();
    if raw.is_empty() {
        return RowData::Empty;
    }
    if raw.len() == cols {
        return RowData::Cells(raw);
    }
    if raw.len() > cols {
        return windows(&raw, cols, rule);
    }
    split_or_short(&raw, cols, rule)
}

/// Fewer printed values than columns: run-together digits when they are all digits, else the
/// values as printed followed by blanks.
fn split_or_short(raw: &[String], cols: usize, rule: RowRule) -> RowData {
    let all_digits = raw
        .iter()
        .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    if all_digits {
        let toks: Vec<&str> = raw.iter().map(String::as_str).collect();
        return RowData::Split {
            digits: toks.join(" "),
            splits: split(&toks, cols, rule),
        };
    }
    let mut v = raw.to_vec();
    v.resize(cols, String::new());
    RowData::Cells(v)
}

/// Every way to put `values`, in order, into `cols` columns (the others blank); `None` when
/// there are more than a handful (a note listing them would not help).
fn placements(values: &[String], cols: usize) -> Option<Vec<Vec<String>>> {
    fn go(
        values: &[String],
        cols: usize,
        at: usize,
        row: &mut Vec<String>,
        out: &mut Vec<Vec<String>>,
    ) {
        if out.len() > 10 {
            return;
        }
        let Some((first, rest)) = values.split_first() else {
            let mut r = row.clone();
            r.resize(cols, String::new());
            out.push(r);
            return;
        };
        for pos in at..=cols - values.len() {
            let len = row.len();
            row.resize(pos, String::new());
            row.push(first.clone());
            go(rest, cols, pos + 1, row, out);
            row.truncate(len);
        }
    }
    if values.is_empty() || values.len() > cols {
        return None;
    }
    let mut out = Vec::new();
    go(values, cols, 0, &mut Vec::new(), &mut out);
    (out.len() <= 10).then_some(out)
}

/// More printed values than columns: every run of `cols` consecutive values; when several
/// differ, the row's identity decides, else the user does.
fn windows(raw: &[String], cols: usize, rule: RowRule) -> RowData {
    let mut opts: Vec<Vec<String>> = Vec::new();
    for w in raw.windows(cols) {
        if !opts.iter().any(|o| o.as_slice() == w) {
            opts.push(w.to_vec());
        }
    }
    choose(opts, rule)
}

fn choose(mut opts: Vec<Vec<String>>, rule: RowRule) -> RowData {
    if opts.len() > 1 {
        let fitting: Vec<Vec<String>> = opts
            .iter()
            .filter(|o| satisfies(o, rule))
            .cloned()
            .collect();
        if fitting.len() == 1 {
            opts = fitting;
        }
    }
    match opts.len() {
        0 => RowData::Empty,
        1 => RowData::Cells(opts.pop().unwrap_or_default()),
        _ => RowData::Alignments(opts),
    }
}

/// Whether printed values satisfy the row identity (blanks never do).
fn satisfies(vals: &[String], rule: RowRule) -> bool {
    let RowRule::GroupTotals(n) = rule else {
        return false;
    };
    if n == 0 {
        return false;
    }
    let nums: Option<Vec<i64>> = vals.iter().map(|s| s.parse().ok()).collect();
    let Some(nums) = nums else {
        return false;
    };
    nums.chunks(n).all(|g| {
        g.split_last()
            .is_some_and(|(t, rest)| rest.iter().sum::<i64>() == *t)
    })
}

/// Fits tab-separated cells (with their absolute tab index) to `cols` columns.
fn fit_tabs(
    cells: &[(usize, &str)],
    cols: usize,
    header: Option<&[usize]>,
    rule: RowRule,
) -> RowData {
    let text = |c: &str| c.trim().to_string();
    let filled: Vec<(usize, String)> = cells
        .iter()
        .map(|(i, c)| (*i, text(c)))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    if filled.is_empty() {
        return RowData::Cells(vec![String::new(); cols]);
    }
    if cells.len() == cols {
        return RowData::Cells(cells.iter().map(|(_, c)| text(c)).collect());
    }
    // The header says where each column is, and every printed value sits under a column. The
    // row must reach the last column (its blank cells printed as empty cells): a shorter row
    // lost cells somewhere (a converter's "| 规章 | 22 | 235 |" under four columns), and which
    // ones is not known.
    if let Some(h) = header.filter(|h| h.len() == cols) {
        let first = cells.first().map_or(0, |c| c.0);
        let reaches_end = cells.last().map(|c| c.0) >= h.last().copied();
        if reaches_end && h.iter().all(|&i| i >= first) && filled.iter().all(|(i, _)| h.contains(i))
        {
            let at = |i: usize| {
                cells
                    .iter()
                    .find(|c| c.0 == i)
                    .map_or(String::new(), |c| text(c.1))
            };
            return RowData::Cells(h.iter().map(|&i| at(i)).collect());
        }
        if !reaches_end && filled.len() < cols {
            let values: Vec<String> = filled.iter().map(|(_, c)| c.clone()).collect();
            if let Some(opts) = placements(&values, cols) {
                return choose(opts, rule);
            }
        }
    }
    if filled.len() == cols {
        return RowData::Cells(filled.into_iter().map(|(_, c)| c).collect());
    }
    if cells.len() > cols {
        // Merged cells leave empty cells at either end; drop only empty ones.
        let excess = cells.len() - cols;
        let mut opts: Vec<Vec<String>> = Vec::new();
        for lead in 0..=excess {
            let trail = excess - lead;
            let dropped = cells
                .iter()
                .take(lead)
                .chain(cells.iter().skip(cells.len() - trail));
            if dropped.clone().all(|(_, c)| c.trim().is_empty()) {
                let o: Vec<String> = cells
                    .get(lead..cells.len() - trail)
                    .unwrap_or(&[])
                    .iter()
                    .map(|(_, c)| text(c))
                    .collect();
                if !opts.contains(&o) {
                    opts.push(o);
                }
            }
        }
        if !opts.is_empty() {
            return choose(opts, rule);
        }
        let raw: Vec<String> = filled.into_iter().map(|(_, c)| c).collect();
        if raw.len() > cols {
            return windows(&raw, cols, rule);
        }
        return split_or_short(&raw, cols, rule);
    }
    let raw: Vec<String> = cells.iter().map(|(_, c)| text(c)).collect();
    if raw.iter().all(|c| !c.is_empty()) {
        return split_or_short(&raw, cols, rule);
    }
    let mut v = raw;
    v.resize(cols, String::new());
    RowData::Cells(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn tab_rows_of_the_seed_and_shanghai() {
        let t = "\t(一) 予以公开\t\t0\t1\t0\t0\t0\t0\t1\t\n";
        let end = t.find("公开").unwrap() + "公开".len();
        let d = row_data(t, 1, end, t.len(), 7, &None, RowRule::GroupTotals(7));
        assert_eq!(d, RowData::Cells(s(&["0", "1", "0", "0", "0", "0", "1"])));
        let t = "\t（一）予以公开\t\t258\t12\t\t\t1\t1\t\n";
        let end = t.find("公开").unwrap() + "公开".len();
        let h = Some(vec![3, 4, 5, 6, 7, 8, 9]);
        let d = row_data(t, 1, end, t.len(), 7, &h, RowRule::GroupTotals(7));
        assert_eq!(d, RowData::Cells(s(&["258", "12", "", "", "1", "1", ""])));
        let d = row_data(t, 1, end, t.len(), 7, &None, RowRule::GroupTotals(7));
        assert!(matches!(d, RowData::Alignments(ref a) if a.len() == 2));
        let t = "规章\t13\t13\t\t524\n";
        let d = row_data(t, 0, 6, t.len(), 3, &Some(vec![1, 2, 4]), RowRule::Free);
        assert_eq!(d, RowData::Cells(s(&["13", "13", "524"])));
        let t = "(七) 总计\t\t0\t0\t0\t0\t0\t0\t0\t0\t\n";
        let end = t.find("总计").unwrap() + "总计".len();
        let d = row_data(t, 0, end, t.len(), 7, &None, RowRule::GroupTotals(7));
        assert_eq!(d, RowData::Cells(s(&["0"; 7])));
    }

    #[test]
    fn spaced_and_run_together_rows() {
        let t = "度  5 0 0 0 0 0 5\n办 （三）不";
        assert_eq!(
            row_data(t, 0, 3, t.len(), 7, &None, RowRule::GroupTotals(7)),
            RowData::Cells(s(&["5", "0", "0", "0", "0", "0", "5"]))
        );
        let t = "予以公开270020130";
        match row_data(t, 0, 12, t.len(), 7, &None, RowRule::GroupTotals(7)) {
            RowData::Split { digits, splits } => {
                assert_eq!(digits, "270020130");
                assert_eq!(
                    splits.candidates,
                    vec![vec![2, 7, 0, 0, 20, 1, 30], vec![27, 0, 0, 2, 0, 1, 30]]
                );
            }
            d => panic!("{d:?}"),
        }
        assert_eq!(
            tokens("35-15 −2 - 4"),
            vec![
                Token::Num("35".into()),
                Token::Num("-15".into()),
                Token::Num("-2".into()),
                Token::Blank,
                Token::Num("4".into()),
            ]
        );
        assert_eq!(
            tokens("a 1.5 / 2—3"),
            vec![
                Token::Num("1.5".into()),
                Token::Blank,
                Token::Num("2".into()),
                Token::Num("3".into()),
            ]
        );
    }
}
