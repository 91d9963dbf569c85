//! Text placed on pages — what a PDF library reports: each run of text with its position —
//! turned into the lines the table reader understands. Rows come from y, figures are put under
//! the columns found from their x positions (tab-separated, an empty cell where a column has no
//! figure), and a row label wrapped over several lines is joined to its row, so the digits of
//! neighbouring cells never run together and a blank cell never shifts the others.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::normalize::half_width;

/// A run of text on a page. Coordinates are PDF user space: x grows to the right, y upwards
/// (pdf.js `getTextContent()`: `transform[4]`, `transform[5]`, `width`, `height`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PlacedText {
    /// Page number (any order; pages are read in ascending order).
    pub page: u32,
    /// Left edge of the text.
    pub x: f64,
    /// Baseline of the text.
    pub y: f64,
    /// Advance width of the whole run.
    #[serde(default)]
    pub width: f64,
    /// Font height (0 when unknown).
    #[serde(default)]
    pub height: f64,
    /// The text as extracted.
    pub text: String,
}

/// Characters of text a set of runs holds (whitespace not counted): a PDF without a text layer
/// (a scan) has none or almost none.
pub fn text_chars(items: &[PlacedText]) -> usize {
    items
        .iter()
        .map(|i| i.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum()
}

/// One run on a line, with a usable height.
#[derive(Debug, Clone)]
struct Piece {
    x: f64,
    end: f64,
    h: f64,
    text: String,
    figure: bool,
}

/// A printed line: runs whose baselines are within half a font height.
#[derive(Debug, Clone)]
struct Line {
    y: f64,
    /// Largest and smallest height of its runs.
    h: f64,
    low: f64,
    pieces: Vec<Piece>,
    /// Index of the first figure of the trailing figures (== pieces.len() when none).
    figures_from: usize,
}

impl Line {
    fn is_figure_line(&self) -> bool {
        self.figures_from < self.pieces.len()
    }
    /// Starts with a section or row numbering ("四、"): a heading or a new row, never the
    /// second line of a wrapped label (a heading right under table 三 is not its last row's).
    fn starts_numbered(&self) -> bool {
        let mut chars = self
            .pieces
            .first()
            .map_or("", |p| p.text.as_str())
            .trim_start()
            .chars();
        matches!(
            (chars.next(), chars.next()),
            (
                Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'),
                Some('、')
            )
        )
    }
    fn left(&self) -> f64 {
        self.pieces.first().map_or(0.0, |p| p.x)
    }
    fn right(&self) -> f64 {
        self.pieces.iter().map(|p| p.end).fold(f64::MIN, f64::max)
    }
    /// Index of the first run of the row's own label: the runs just left of the figures that
    /// follow each other closely. Runs further left stand in other columns (a group label, a
    /// character of a vertical heading) and are not part of this row's label.
    fn label_from(&self) -> usize {
        let mut k = self.figures_from;
        while k > 1 {
            let (a, b) = (&self.pieces[k - 2], &self.pieces[k - 1]);
            if b.x - a.end > self.h {
                break;
            }
            k -= 1;
        }
        k.saturating_sub(1).min(self.figures_from)
    }
    /// Where the row's label starts (None when the line holds figures only).
    fn label_left(&self) -> Option<f64> {
        (self.figures_from > 0).then(|| self.pieces[self.label_from()].x)
    }
    fn first_figure_x(&self) -> f64 {
        self.pieces.get(self.figures_from).map_or(f64::MAX, |p| p.x)
    }
}

/// Whether a run is one table figure: digits with a decimal point, sign or thousands commas
/// ("35-15" is 本年增 35 / 减 15), a percentage, or a mark meaning blank ("/", "—").
fn is_figure(text: &str) -> bool {
    let t: Vec<char> = text.trim().chars().map(half_width).collect();
    if t.is_empty() {
        return false;
    }
    if t.len() == 1 && matches!(t[0], '/' | '—' | '–' | '-' | '\\') {
        return true;
    }
    if t.len() <= 2 && t.iter().all(|c| *c == '—') {
        return true;
    }
    t.iter().any(char::is_ascii_digit)
        && t.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '−' | '%' | '+'))
}

/// The text of all runs, page by page, as lines (see the module doc).
pub fn placed_to_text(items: &[PlacedText]) -> String {
    let mut pages: BTreeMap<u32, Vec<&PlacedText>> = BTreeMap::new();
    for i in items {
        if i.text.trim().is_empty() || !(i.x.is_finite() && i.y.is_finite()) {
            continue;
        }
        pages.entry(i.page).or_default().push(i);
    }
    let mut out = String::new();
    for runs in pages.values() {
        page_text(&lines_of(runs), &mut out);
        out.push('\n');
    }
    out
}

fn usable_height(i: &PlacedText) -> f64 {
    if i.height.is_finite() && i.height > 0.5 {
        i.height
    } else {
        10.0
    }
}

fn lines_of(runs: &[&PlacedText]) -> Vec<Line> {
    let mut sorted: Vec<&&PlacedText> = runs.iter().collect();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Line> = Vec::new();
    for i in sorted {
        let h = usable_height(i);
        let width = if i.width.is_finite() && i.width > 0.0 {
            i.width
        } else {
            h * i.text.chars().count() as f64 * 0.5
        };
        let piece = Piece {
            x: i.x,
            end: i.x + width,
            h,
            text: i.text.trim().to_string(),
            figure: is_figure(&i.text),
        };
        // Within half the smaller height: a run of vertical text ("三、本年" down a merged
        // cell) is as tall as several rows and must not pull them into one line.
        match lines.last_mut() {
            Some(l) if (l.y - i.y).abs() <= 0.5 * l.low.min(h) => {
                l.h = l.h.max(h);
                l.low = l.low.min(h);
                l.pieces.push(piece);
            }
            _ => lines.push(Line {
                y: i.y,
                h,
                low: h,
                pieces: vec![piece],
                figures_from: 0,
            }),
        }
    }
    for l in &mut lines {
        l.pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
        let trailing = l.pieces.iter().rev().take_while(|p| p.figure).count();
        let from = l.pieces.len() - trailing;
        // Figures after a label must stand apart from it like a table cell, else they are a
        // number inside a sentence ("共计 95").
        let apart = from == 0
            || l.pieces
                .get(from - 1)
                .zip(l.pieces.get(from))
                .is_some_and(|(a, b)| b.x - a.end >= 0.9 * l.h);
        l.figures_from = if trailing > 0 && apart {
            from
        } else {
            l.pieces.len()
        };
    }
    lines
}

/// A table on a page: its figure lines, the label lines between them, and the columns.
struct Run {
    /// Line indices from first to last (figure lines and label fragments).
    lines: Vec<usize>,
    /// Column intervals (left, right), left to right.
    columns: Vec<(f64, f64)>,
}

fn runs_of(lines: &[Line]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].is_figure_line() {
            i += 1;
            continue;
        }
        let mut figure_x = lines[i].first_figure_x();
        let mut members = vec![i];
        // A wrapped label's first line sits just above its figures.
        let mut back = i;
        while back > 0 {
            let prev = &lines[back - 1];
            let taken = runs.last().is_some_and(|r| r.lines.contains(&(back - 1)));
            if taken
                || prev.is_figure_line()
                || prev.right() > figure_x - 0.5 * prev.h
                || prev.y - lines[back].y > 2.0 * prev.h.max(lines[back].h)
            {
                break;
            }
            back -= 1;
            members.insert(0, back);
        }
        let mut j = i + 1;
        while j < lines.len() {
            let l = &lines[j];
            if l.is_figure_line() {
                figure_x = figure_x.min(l.first_figure_x());
                members.push(j);
            } else if l.right() <= figure_x - 0.5 * l.h && !l.starts_numbered() {
                members.push(j);
            } else {
                break;
            }
            j += 1;
        }
        // Trailing label lines belong to the run only when close to its last figure line.
        while let Some(&last) = members.last() {
            if lines[last].is_figure_line() {
                break;
            }
            let last_fig = members
                .iter()
                .rev()
                .find(|&&k| lines[k].is_figure_line())
                .copied()
                .unwrap_or(i);
            if lines[last_fig].y - lines[last].y <= 2.0 * lines[last].h {
                break;
            }
            members.pop();
        }
        let columns = columns_of(members.iter().map(|&k| &lines[k]));
        let next = members.last().map_or(i + 1, |&k| k + 1);
        runs.push(Run {
            lines: members,
            columns,
        });
        i = next.max(i + 1);
    }
    runs
}

/// Column intervals: the figures' extents, overlapping ones merged (a column's figures are
/// centred, left- or right-aligned, so they overlap; neighbouring columns do not).
fn columns_of<'a>(lines: impl Iterator<Item = &'a Line>) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = lines
        .flat_map(|l| l.pieces.iter().skip(l.figures_from))
        .map(|p| (p.x, p.end))
        .collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut cols: Vec<(f64, f64)> = Vec::new();
    for (a, b) in spans {
        match cols.last_mut() {
            Some(c) if a <= c.1 + 0.5 => c.1 = c.1.max(b),
            _ => cols.push((a, b)),
        }
    }
    cols
}

/// Joins runs of one line: CJK text closes up, a wide gap becomes two spaces.
fn join_pieces(pieces: &[Piece]) -> String {
    let mut s = String::new();
    let mut prev: Option<&Piece> = None;
    for p in pieces {
        if let Some(q) = prev {
            let gap = p.x - q.end;
            if gap > 0.9 * p.h.max(q.h) {
                s.push_str("  ");
            } else if gap > 0.15 * p.h.max(q.h) {
                s.push(' ');
            }
        }
        s.push_str(&p.text);
        prev = Some(p);
    }
    s
}

fn page_text(lines: &[Line], out: &mut String) {
    let left = lines.iter().map(Line::left).fold(f64::MAX, f64::min);
    let runs = runs_of(lines);
    // For each line: Some(row line) when it is a label fragment joined to that row.
    let mut joined_to: Vec<Option<usize>> = vec![None; lines.len()];
    let mut run_of: Vec<Option<usize>> = vec![None; lines.len()];
    for (ri, run) in runs.iter().enumerate() {
        let figures: Vec<usize> = run
            .lines
            .iter()
            .copied()
            .filter(|&k| lines[k].is_figure_line())
            .collect();
        for &k in &run.lines {
            run_of[k] = Some(ri);
            if lines[k].is_figure_line() {
                continue;
            }
            let l = &lines[k];
            let nearest = figures.iter().copied().min_by(|&a, &b| {
                (lines[a].y - l.y)
                    .abs()
                    .total_cmp(&(lines[b].y - l.y).abs())
            });
            if let Some(f) = nearest {
                // A label further left spans several rows (a group label): a line of its own.
                let same_column = lines[f]
                    .label_left()
                    .is_none_or(|x| l.left() >= x - 0.5 * l.h);
                if same_column {
                    joined_to[k] = Some(f);
                }
            }
        }
    }
    for (k, l) in lines.iter().enumerate() {
        if joined_to[k].is_some() {
            continue;
        }
        let indent = if l.left() > left + l.h { "  " } else { "" };
        let Some(run) = run_of[k]
            .and_then(|r| runs.get(r))
            .filter(|_| l.is_figure_line())
        else {
            out.push_str(indent);
            out.push_str(&join_pieces(&l.pieces));
            out.push('\n');
            continue;
        };
        // The row's label: its fragments and its own label runs, top to bottom.
        let mut parts: Vec<(f64, String)> = lines
            .iter()
            .enumerate()
            .filter(|(j, _)| joined_to[*j] == Some(k))
            .map(|(_, f)| (f.y, join_pieces(&f.pieces)))
            .collect();
        let own = l.label_from();
        if own > 0 {
            // Runs in columns left of the label: a line of their own, before the row.
            out.push_str(indent);
            out.push_str(&join_pieces(&l.pieces[..own]));
            out.push('\n');
        }
        if l.figures_from > own {
            parts.push((l.y, join_pieces(&l.pieces[own..l.figures_from])));
        }
        parts.sort_by(|a, b| b.0.total_cmp(&a.0));
        let label: String = parts.into_iter().map(|(_, t)| t).collect();
        let mut cells = vec![String::new(); run.columns.len()];
        for p in &l.pieces[l.figures_from..] {
            let col = run
                .columns
                .iter()
                .position(|&(a, b)| p.x < b + 0.5 && p.end > a - 0.5)
                .unwrap_or(0);
            if let Some(c) = cells.get_mut(col) {
                c.push_str(&p.text);
            }
        }
        if !label.is_empty() {
            out.push_str(indent);
            out.push_str(&label);
            out.push('\t');
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(page: u32, x: f64, y: f64, w: f64, text: &str) -> PlacedText {
        PlacedText {
            page,
            x,
            y,
            width: w,
            height: 7.5,
            text: text.into(),
        }
    }

    #[test]
    fn figures_go_under_their_columns_and_wrapped_labels_join() {
        let items = vec![
            run(1, 100.0, 400.0, 40.0, "自然人"),
            run(1, 160.0, 400.0, 20.0, "其他"),
            run(1, 200.0, 400.0, 20.0, "总计"),
            run(1, 10.0, 373.0, 80.0, "一、本年新收"),
            run(1, 105.0, 370.7, 15.0, "3001"),
            run(1, 165.0, 370.7, 4.0, "4"),
            run(1, 205.0, 370.7, 15.0, "3005"),
            // The label wraps over two lines; its figures sit between them.
            run(1, 10.0, 301.5, 80.0, "（二）部分公开（区分"),
            run(1, 110.0, 291.8, 4.0, "7"),
            run(1, 205.0, 291.8, 4.0, "7"),
            run(1, 10.0, 286.5, 60.0, "处理的）"),
        ];
        let t = placed_to_text(&items);
        assert!(t.contains("一、本年新收\t3001\t4\t3005\n"), "{t}");
        assert!(t.contains("（二）部分公开（区分处理的）\t7\t\t7\n"), "{t}");
    }

    #[test]
    fn a_heading_right_under_the_table_is_not_the_last_row_s_label() {
        let mut heading = run(
            1,
            10.0,
            502.5,
            200.0,
            "四、政府信息公开行政复议、行政诉讼情况",
        );
        heading.height = 10.5;
        let items = vec![
            run(1, 10.0, 518.5, 80.0, "四、结转下年度继续办理"),
            run(1, 308.0, 518.5, 4.0, "1"),
            run(1, 346.0, 518.5, 4.0, "1"),
            heading,
        ];
        let t = placed_to_text(&items);
        assert!(t.contains("四、结转下年度继续办理\t1\t1\n"), "{t}");
        assert!(
            t.contains("\n四、政府信息公开行政复议、行政诉讼情况\n"),
            "{t}"
        );
    }

    #[test]
    fn a_tall_vertical_run_does_not_merge_rows() {
        let mut tall = run(1, 5.0, 235.0, 10.0, "三、本年");
        tall.height = 40.0;
        let items = vec![
            tall,
            run(1, 20.0, 248.3, 50.0, "1.属于国家秘密"),
            run(1, 100.0, 248.5, 4.0, "1"),
            run(1, 20.0, 230.3, 50.0, "2.其他法律"),
            run(1, 100.0, 228.6, 4.0, "0"),
        ];
        let t = placed_to_text(&items);
        assert!(t.contains("1.属于国家秘密\t1\n"), "{t}");
        assert!(t.contains("2.其他法律\t0\n"), "{t}");
    }

    #[test]
    fn numbers_inside_a_sentence_stay_in_it() {
        let items = vec![
            run(1, 10.0, 500.0, 60.0, "全年组织"),
            run(1, 71.0, 500.0, 4.0, "4"),
            run(1, 76.0, 500.0, 60.0, "次检查，共计"),
            run(1, 137.0, 500.0, 8.0, "95"),
        ];
        assert_eq!(placed_to_text(&items), "全年组织4次检查，共计95\n\n");
        assert!(is_figure("35-15") && is_figure("1,234") && is_figure("/"));
        assert!(!is_figure("- 1 -") && !is_figure("第3页"));
    }
}
