//! Reading tables 二, 三 and 四 out of their sections, driven by the format declarations: row
//! labels are found in order (fuzzily), each row's printed data is what lies between its label
//! and the next, and the publisher's own totals are kept as printed.

use super::cells::{row_data, tokens, HeaderColumns, RowData, Token};
use super::fuzzy::{find, tolerance, Hit};
use super::normalize::{half_width, key, Keyed};
use super::solve::{solve, Identity};
use super::split::RowRule;
use crate::format::{BlockDef, CellKind, ColumnDef, FormatDef, Layout, RowDef, TableDef};
use crate::input::parse_cell;
use crate::model::{Cell, Decimal, LabelDeviation, Report, UncertainRow};

/// Row labels as some publishers print them, too far from the official wording for the fuzzy
/// match (official label, printed label).
const ROW_ALIASES: &[(&str, &str)] = &[("行政规范性文件", "规范性文件")];

/// How far (in key characters) the next label may lie from the previous one.
const WINDOW: usize = 8000;

/// What reading the tables found besides cell values.
#[derive(Debug, Default)]
pub struct TableFindings {
    /// Labels that deviate from the official wording.
    pub labels: Vec<LabelDeviation>,
    /// Rows whose digits allow several splits.
    pub uncertain: Vec<UncertainRow>,
    /// Chinese notes.
    pub notes: Vec<String>,
    /// Rows whose run-together digits had exactly one valid split.
    pub split_rows: usize,
    /// Cells given a value (blank or not) from the printed table.
    pub cells_read: usize,
}

/// The table's name in notes ("表二").
fn table_name(t: &TableDef) -> String {
    format!("表{}", t.section)
}

/// Reads every table whose section text is given (`sections[table index]`).
pub fn read_tables(report: &mut Report, sections: &[Option<&str>], out: &mut TableFindings) {
    let f = report.def();
    for (ti, t) in f.tables.iter().enumerate() {
        let Some(text) = sections.get(ti).copied().flatten() else {
            continue;
        };
        match t.layout {
            Layout::Transposed => read_transposed(report, f, ti, t, text, out),
            Layout::Blocks | Layout::Grid => read_rows(report, f, ti, t, text, out),
        }
    }
}

/// A row label split into its Arabic numbering ("2.") and the key of the rest.
fn row_pattern(label: &str) -> (Option<&str>, Vec<char>) {
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if let Some(rest) = label.get(digits..) {
            if let Some(r) = rest.strip_prefix('.').or_else(|| rest.strip_prefix('、')) {
                return (label.get(..digits), key(r));
            }
        }
    }
    (None, key(label))
}

/// Where the printed label really starts: before its Arabic numbering ("00000002.其他…": the
/// "2" belongs to the label, the zeros to the row above).
fn numbering_start(text: &str, key_start: usize, numbering: Option<&str>) -> usize {
    let Some(n) = numbering else {
        return key_start;
    };
    let head = text.get(..key_start).unwrap_or("");
    let t = head.trim_end();
    let Some(sep) = t.chars().next_back() else {
        return key_start;
    };
    if !matches!(half_width(sep), '.' | '、') {
        return key_start;
    }
    let t = t[..t.len() - sep.len_utf8()].trim_end();
    let ascii: String = t.chars().rev().take(n.len()).map(half_width).collect();
    let ascii: String = ascii.chars().rev().collect();
    if ascii == n {
        let bytes: usize = t.chars().rev().take(n.len()).map(char::len_utf8).sum();
        t.len() - bytes
    } else {
        key_start
    }
}

#[derive(Debug, Clone, Copy)]
enum AnchorKind {
    Caption,
    Row(usize, usize),
}

#[derive(Debug, Clone, Copy)]
struct Anchor {
    kind: AnchorKind,
    hit: Hit,
    /// Byte where the anchor's words start.
    start: usize,
    /// Byte just after its last word.
    end: usize,
    /// Byte where the printed label starts (numbering included).
    cut: usize,
}

fn locate(
    keyed: &Keyed,
    text: &str,
    from: usize,
    pat: &[char],
    k: usize,
) -> Option<(Hit, usize, usize)> {
    let hit = find(&keyed.chars, from, from.saturating_add(WINDOW), pat, k)?;
    let start = keyed.byte(hit.start, text.len());
    let last = keyed.byte(hit.end.saturating_sub(1), text.len());
    let end = last
        + text
            .get(last..)
            .and_then(|t| t.chars().next())
            .map_or(0, char::len_utf8);
    Some((hit, start, end))
}

fn read_rows(
    report: &mut Report,
    f: &'static FormatDef,
    ti: usize,
    t: &'static TableDef,
    text: &str,
    out: &mut TableFindings,
) {
    let keyed = Keyed::of(text);
    let mut anchors: Vec<Anchor> = Vec::new();
    let mut missing: Vec<(usize, usize)> = Vec::new();
    let mut cursor = 0;
    for (bi, b) in t.blocks.iter().enumerate() {
        if let Some(c) = b.caption {
            let pat = key(c);
            if let Some((hit, start, end)) = locate(&keyed, text, cursor, &pat, pat.len() / 5) {
                cursor = hit.end;
                anchors.push(Anchor {
                    kind: AnchorKind::Caption,
                    hit,
                    start,
                    end,
                    cut: start,
                });
            }
        }
        for (ri, r) in b.rows.iter().enumerate() {
            let (numbering, pat) = row_pattern(r.label);
            let found = locate(&keyed, text, cursor, &pat, tolerance(pat.len())).or_else(|| {
                // A wording too far for the fuzzy match, seen in published reports: taken, and
                // recorded as a deviation (T3-7).
                let alias = ROW_ALIASES.iter().find(|(o, _)| *o == r.label)?.1;
                let hit = locate(&keyed, text, cursor, &key(alias), 0)?;
                out.labels.push(LabelDeviation {
                    address: format!("{}.{}", t.key, r.key),
                    found: alias.to_string(),
                    official: r.label.to_string(),
                });
                Some(hit)
            });
            match found {
                Some((hit, start, end)) => {
                    cursor = hit.end;
                    anchors.push(Anchor {
                        kind: AnchorKind::Row(bi, ri),
                        hit,
                        start,
                        end,
                        cut: numbering_start(text, start, numbering),
                    });
                }
                None => missing.push((bi, ri)),
            }
        }
    }
    blocks_out_of_order(&keyed, text, t, &mut anchors, &mut missing);
    for (bi, ri) in missing {
        out.notes.push(format!(
            "{}未找到“{}”行，该行留空",
            table_name(t),
            t.row_label(&t.blocks[bi].rows[ri])
        ));
    }
    one_row_other(text, t, &anchors, out);
    let rule = |b: &BlockDef| {
        if b.columns.last().is_some_and(|c| c.total) {
            RowRule::GroupTotals(b.columns.len())
        } else {
            RowRule::Free
        }
    };
    // Per block: the header's column positions (tab-separated copies).
    let mut headers: Vec<HeaderColumns> = vec![None; t.blocks.len()];
    for (bi, b) in t.blocks.iter().enumerate() {
        let first_row = anchors
            .iter()
            .position(|a| matches!(a.kind, AnchorKind::Row(x, _) if x == bi));
        let Some(first_row) = first_row else { continue };
        let from = first_row
            .checked_sub(1)
            .and_then(|i| anchors.get(i))
            .map_or(0, |a| a.end);
        let to = anchors.get(first_row).map_or(from, |a| a.cut);
        let region = text.get(from.min(to)..to).unwrap_or("");
        headers[bi] = header_columns(region, b, t, out);
    }
    let mut pending: Vec<Pending> = Vec::new();
    for (i, a) in anchors.iter().enumerate() {
        let AnchorKind::Row(bi, ri) = a.kind else {
            continue;
        };
        let (Some(b), region_end) = (
            t.blocks.get(bi),
            anchors.get(i + 1).map_or(text.len(), |n| n.cut),
        ) else {
            continue;
        };
        let Some(r) = b.rows.get(ri) else { continue };
        check_row_label(text, a, r, t, b, out);
        let data = row_data(
            text,
            a.start,
            a.end,
            region_end.max(a.end),
            b.columns.len(),
            &headers[bi],
            rule(b),
        );
        pending.push(Pending { bi, ri, data });
    }
    settle(report, f, ti, t, pending, out);
}

/// Blocks printed before a block that comes earlier in the format (seen in a PDF converter's
/// output: table 二's 第二十条第（五）…（八）项 rows as lines above the 第（一）项 pipe table): a
/// block none of whose rows was found in order is looked for again from the section's start, in
/// its own row order, in text no other label holds; the anchors are then kept in text order.
fn blocks_out_of_order(
    keyed: &Keyed,
    text: &str,
    t: &TableDef,
    anchors: &mut Vec<Anchor>,
    missing: &mut Vec<(usize, usize)>,
) {
    for (bi, b) in t.blocks.iter().enumerate() {
        if missing.iter().filter(|(x, _)| *x == bi).count() != b.rows.len() {
            continue;
        }
        let mut found = Vec::new();
        let mut cursor = 0;
        for (ri, r) in b.rows.iter().enumerate() {
            let (numbering, pat) = row_pattern(r.label);
            let mut from = cursor;
            let hit = loop {
                let Some((hit, start, end)) = locate(keyed, text, from, &pat, tolerance(pat.len()))
                else {
                    break None;
                };
                let taken = anchors
                    .iter()
                    .chain(&found)
                    .any(|a| start < a.end && a.start < end);
                if !taken {
                    break Some((hit, start, end));
                }
                from = hit.end;
            };
            if let Some((hit, start, end)) = hit {
                cursor = hit.end;
                found.push(Anchor {
                    kind: AnchorKind::Row(bi, ri),
                    hit,
                    start,
                    end,
                    cut: numbering_start(text, start, numbering),
                });
            }
        }
        if found.is_empty() {
            continue;
        }
        missing.retain(|&(x, ri)| {
            x != bi
                || !found
                    .iter()
                    .any(|a| matches!(a.kind, AnchorKind::Row(_, y) if y == ri))
        });
        anchors.extend(found);
        anchors.sort_by_key(|a| a.start);
    }
}

/// Table 三 of the 2021 format printed with （六）其他处理 as one row, as the 2019 layout did
/// (seen in real reports): the row's figures are read into "3.其他" (its label is found inside
/// "（六）其他处理"), "1." and "2." stay blank, and the layout deviation is recorded (T3-7)
/// with one note instead of two "not found" notes.
fn one_row_other(text: &str, t: &TableDef, anchors: &[Anchor], out: &mut TableFindings) {
    let Some(merged) = &t.merged else { return };
    let Some((bi, _)) = t.find_row(merged.into) else {
        return;
    };
    let b = &t.blocks[bi];
    let found = |key: &str| {
        let ri = b.rows.iter().position(|r| r.key == key);
        anchors
            .iter()
            .find(|a| matches!(a.kind, AnchorKind::Row(x, y) if x == bi && Some(y) == ri))
    };
    let blank = || merged.rows.iter().filter(|&&k| k != merged.into);
    if blank().any(|k| found(k).is_some()) {
        return;
    }
    let Some(a) = found(merged.into) else { return };
    let line_start = text
        .get(..a.start)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let before = text.get(line_start..a.start).unwrap_or("");
    if !before.contains('六') {
        return;
    }
    let missing: Vec<String> = b
        .rows
        .iter()
        .filter(|r| blank().any(|k| *k == r.key))
        .map(|r| format!("{}未找到“{}”行，该行留空", table_name(t), t.row_label(r)))
        .collect();
    out.notes.retain(|n| !missing.contains(n));
    out.notes.push(format!(
        "{}“（六）其他处理”按一行印制（2019年版样式），其数值已读入“3.其他”，“1.”“2.”两行留空，请核对",
        table_name(t)
    ));
    let address = format!("{}.{}", t.key, merged.into);
    out.labels.retain(|l| l.address != address);
    out.labels.push(LabelDeviation {
        address,
        found: "（六）其他处理".into(),
        official: "（六）其他处理（分 1.、2.、3.其他 三行填报）".into(),
    });
}

/// A row's printed data before its values are settled.
struct Pending {
    bi: usize,
    ri: usize,
    data: RowData,
}

/// The tab index of each column in the header lines (when every column is named), recording
/// column labels that deviate from the official wording.
fn header_columns(
    region: &str,
    b: &BlockDef,
    t: &TableDef,
    out: &mut TableFindings,
) -> HeaderColumns {
    if !region.contains('\t') {
        return None;
    }
    let mut pos: Vec<Option<(usize, String)>> = vec![None; b.columns.len()];
    for exact in [true, false] {
        for line in region.lines().filter(|l| l.contains('\t')) {
            for (idx, cell) in line.split('\t').enumerate() {
                let ck = key(cell);
                if ck.is_empty() {
                    continue;
                }
                for (ci, c) in b.columns.iter().enumerate() {
                    let kk = key(c.label);
                    let hit = if exact {
                        ck == kk
                    } else {
                        kk.len() >= 4
                            && (ck.starts_with(&kk) || kk.starts_with(&ck) && ck.len() >= 4)
                    };
                    if hit && pos[ci].is_none() {
                        pos[ci] = Some((idx, cell.trim().to_string()));
                    }
                }
            }
        }
    }
    for (ci, c) in b.columns.iter().enumerate() {
        if let Some((_, found)) = &pos[ci] {
            if key(found) != key(c.label) {
                if let Some(r) = b.rows.first() {
                    out.labels.push(LabelDeviation {
                        address: format!("{}.{}.{}", t.key, r.key, c.key),
                        found: found.clone(),
                        official: c.label.to_string(),
                    });
                }
            }
        }
    }
    let idx: Option<Vec<usize>> = pos.iter().map(|p| p.as_ref().map(|x| x.0)).collect();
    idx.filter(|v| v.windows(2).all(|w| w[0] < w[1]))
}

/// Records the row label as printed when its words differ from the official label.
fn check_row_label(
    text: &str,
    a: &Anchor,
    r: &RowDef,
    t: &TableDef,
    _b: &BlockDef,
    out: &mut TableFindings,
) {
    let printed = text.get(a.cut..a.end).unwrap_or("");
    // In a tab-separated copy the whole label cell is the printed label.
    let line_start = text
        .get(..a.end)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let cell_start = text
        .get(line_start..a.end)
        .and_then(|s| s.rfind('\t'))
        .map_or(a.cut, |i| line_start + i + 1);
    let cell_end = text
        .get(a.end..)
        .and_then(|s| s.find(['\t', '\n']))
        .map_or(text.len(), |i| a.end + i);
    let cell = text.get(cell_start.min(a.cut)..cell_end).unwrap_or(printed);
    let tabbed = text
        .get(a.end..cell_end.min(text.len()))
        .is_some_and(|s| !s.trim().is_empty())
        && text.get(cell_end..).is_some_and(|s| s.starts_with('\t'));
    let (found, deviates) = if tabbed {
        let c = cell.trim();
        let (_, official) = row_pattern(r.label);
        let (_, printed_key) = row_pattern(c);
        (c.to_string(), printed_key != official)
    } else {
        (
            printed.split_whitespace().collect::<String>(),
            a.hit.dist > 0,
        )
    };
    let address = format!("{}.{}", t.key, r.key);
    if deviates && !out.labels.iter().any(|l| l.address == address) {
        out.labels.push(LabelDeviation {
            address,
            found,
            official: r.label.to_string(),
        });
    }
}

/// A value as printed turned into a cell; units printed in the cell are dropped with a note.
fn parse_value(kind: CellKind, raw: &str, what: &str, out: &mut TableFindings) -> Cell {
    let t = raw.trim();
    let mut num = t;
    for unit in ["万元", "元", "件", "个", "项", "次"] {
        if let Some(s) = t.strip_suffix(unit) {
            num = s;
            break;
        }
    }
    match parse_cell(kind, num) {
        Ok(p) => {
            if let Some(n) = &p.note {
                out.notes.push(format!("{what}：{n}"));
            }
            if num != t && !p.cell.is_blank() {
                out.notes.push(format!(
                    "{what}原文为“{t}”，已导入数值 {}（单位以原文为准）",
                    p.cell.display()
                ));
            }
            p.cell
        }
        Err(e) => {
            out.notes
                .push(format!("{what}的“{t}”无法识别（{}），已留空", e.message));
            Cell::Blank
        }
    }
}

fn cell_what(t: &TableDef, r: &RowDef, c: &ColumnDef) -> String {
    format!("{}“{} / {}”", table_name(t), t.row_label(r), c.label)
}

fn set_row(
    report: &mut Report,
    f: &'static FormatDef,
    (ti, bi, ri): (usize, usize, usize),
    values: &[Cell],
    out: &mut TableFindings,
) {
    let index = f.index();
    let columns = f
        .tables
        .get(ti)
        .and_then(|t| t.blocks.get(bi))
        .map_or(&[][..], |b| b.columns);
    for (ci, v) in values.iter().enumerate() {
        let id = index.id_at(f, ti, bi, ri, ci);
        if let Some(slot) = report.cells.get_mut(id) {
            // A split of glued digits gives whole numbers; in an amount column the cell holds an
            // amount, as the cell input and the JSON reader make it, so a saved import reads back.
            *slot = match (columns.get(ci).map(|c| c.kind), v) {
                (Some(CellKind::Amount), Cell::Int(n)) => {
                    Decimal::parse(&n.to_string()).map_or(Cell::Blank, Cell::Amount)
                }
                _ => v.clone(),
            };
            out.cells_read += 1;
        }
    }
}

/// Turns every row's printed data into cells; splits that several rows must agree on are
/// settled together (table 三's column identities).
fn settle(
    report: &mut Report,
    f: &'static FormatDef,
    ti: usize,
    t: &'static TableDef,
    pending: Vec<Pending>,
    out: &mut TableFindings,
) {
    // Per block: the rows' values (None = ambiguous) and the ambiguous rows' candidates.
    for (bi, b) in t.blocks.iter().enumerate() {
        let cols = b.columns.len();
        let mut fixed: Vec<Option<Vec<Option<i64>>>> = vec![Some(vec![None; cols]); b.rows.len()];
        let mut ambiguous: Vec<(usize, Vec<Vec<i64>>)> = Vec::new();
        let mut digits_of: Vec<String> = Vec::new();
        for p in pending.iter().filter(|p| p.bi == bi) {
            let Some(r) = b.rows.get(p.ri) else { continue };
            let row_name = format!("{}“{}”行", table_name(t), t.row_label(r));
            match &p.data {
                RowData::Cells(raw) => {
                    let vals: Vec<Cell> = b
                        .columns
                        .iter()
                        .zip(raw)
                        .map(|(c, s)| parse_value(c.kind, s, &cell_what(t, r, c), out))
                        .collect();
                    if let Some(slot) = fixed.get_mut(p.ri) {
                        *slot = Some(vals.iter().map(Cell::int).collect());
                    }
                    set_row(report, f, (ti, bi, p.ri), &vals, out);
                }
                RowData::Empty => {
                    set_row(report, f, (ti, bi, p.ri), &vec![Cell::Blank; cols], out);
                }
                RowData::Split { digits, splits } => match splits.candidates.len() {
                    0 => {
                        out.notes.push(format!(
                            "{row_name}的数字“{digits}”无法拆分为 {cols} 列{}，已留空",
                            if splits.truncated {
                                "（超出搜索上限）"
                            } else {
                                ""
                            }
                        ));
                        set_row(report, f, (ti, bi, p.ri), &vec![Cell::Blank; cols], out);
                    }
                    1 => {
                        let vals: Vec<Cell> =
                            splits.candidates[0].iter().map(|&v| Cell::Int(v)).collect();
                        if let Some(slot) = fixed.get_mut(p.ri) {
                            *slot = Some(splits.candidates[0].iter().map(|&v| Some(v)).collect());
                        }
                        out.split_rows += 1;
                        set_row(report, f, (ti, bi, p.ri), &vals, out);
                    }
                    _ => {
                        if let Some(slot) = fixed.get_mut(p.ri) {
                            *slot = None;
                        }
                        ambiguous.push((p.ri, splits.candidates.clone()));
                        digits_of.push(digits.clone());
                    }
                },
                RowData::Lines(lines) => {
                    out.notes.push(format!(
                        "{row_name}的标签下有 {} 行数字（{}），无法确定哪一行属于本行，已留空",
                        lines.len(),
                        lines.join("；")
                    ));
                    set_row(report, f, (ti, bi, p.ri), &vec![Cell::Blank; cols], out);
                    if let Some(slot) = fixed.get_mut(p.ri) {
                        *slot = Some(vec![None; cols]);
                    }
                }
                RowData::Alignments(opts) => {
                    let shown: Vec<String> = opts
                        .iter()
                        .map(|o| {
                            o.iter()
                                .map(|c| if c.is_empty() { "空" } else { c })
                                .collect::<Vec<_>>()
                                .join("|")
                        })
                        .collect();
                    out.notes.push(format!(
                        "{row_name}的数值无法确定对应的列（可能为：{}），已留空",
                        shown.join("；")
                    ));
                    set_row(report, f, (ti, bi, p.ri), &vec![Cell::Blank; cols], out);
                    if let Some(slot) = fixed.get_mut(p.ri) {
                        *slot = Some(vec![None; cols]);
                    }
                }
            }
        }
        if ambiguous.is_empty() {
            continue;
        }
        let identities = identities(f, ti, bi);
        let solved = if identities.is_empty() {
            None
        } else {
            Some(solve(&fixed, &ambiguous, &identities, cols))
        };
        for (k, (ri, cands)) in ambiguous.iter().enumerate() {
            let Some(r) = b.rows.get(*ri) else { continue };
            let row_name = format!("{}“{}”行", table_name(t), t.row_label(r));
            let digits = digits_of.get(k).cloned().unwrap_or_default();
            let kept: Vec<Vec<i64>> = match &solved {
                Some(s) if s.solutions > 0 => s
                    .chosen
                    .get(k)
                    .map(|ix| ix.iter().filter_map(|&i| cands.get(i).cloned()).collect())
                    .unwrap_or_default(),
                _ => cands.clone(),
            };
            if kept.len() == 1 {
                let vals: Vec<Cell> = kept[0].iter().map(|&v| Cell::Int(v)).collect();
                out.split_rows += 1;
                out.notes.push(format!(
                    "{row_name}的数字“{digits}”有 {} 种拆分符合本行合计，已按列间勾稽关系确定为 {}",
                    cands.len(),
                    join(&kept[0])
                ));
                set_row(report, f, (ti, bi, *ri), &vals, out);
                continue;
            }
            let why = match &solved {
                Some(s) if s.solutions == 0 => "，且无法同时满足列间勾稽关系",
                _ => "",
            };
            out.notes.push(format!(
                "{row_name}的数字“{digits}”有 {} 种拆分{}{why}，请选择（该行已留空）：{}",
                kept.len(),
                if identities.is_empty() {
                    ""
                } else {
                    "符合本行合计"
                },
                kept.iter().map(|c| join(c)).collect::<Vec<_>>().join("；")
            ));
            out.uncertain.push(UncertainRow {
                row: format!("{}.{}", t.key, r.key),
                digits,
                candidates: kept,
            });
            set_row(report, f, (ti, bi, *ri), &vec![Cell::Blank; cols], out);
        }
    }
}

fn join(v: &[i64]) -> String {
    v.iter().map(i64::to_string).collect::<Vec<_>>().join("|")
}

/// The column identities of a block, as the format's index resolves them: the table's balance
/// (一 + 二 = （七）总计 + 四) and every total row = the sum of its rows.
fn identities(f: &'static FormatDef, ti: usize, bi: usize) -> Vec<Identity> {
    let Some(info) = f.index().block(ti, bi) else {
        return Vec::new();
    };
    let balance = info.balance.iter().map(|(l, r)| Identity {
        lhs: l.clone(),
        rhs: r.clone(),
    });
    let sums = info.row_sums.iter().map(|(t, parts)| Identity {
        lhs: vec![*t],
        rhs: parts.clone(),
    });
    balance.chain(sums).collect()
}

/// Table 四: one printed line of 15 numbers under a three-level header.
fn read_transposed(
    report: &mut Report,
    f: &'static FormatDef,
    ti: usize,
    t: &'static TableDef,
    text: &str,
    out: &mut TableFindings,
) {
    let Some(b) = t.blocks.first() else { return };
    let cols = b.columns.len();
    let n = cols * b.rows.len();
    let data = transposed_data(text, n, cols);
    let rows_of = |vals: &[String]| -> Vec<Vec<String>> {
        vals.chunks(cols).map(<[String]>::to_vec).collect()
    };
    match data {
        RowData::Cells(raw) => {
            for (ri, (r, chunk)) in b.rows.iter().zip(rows_of(&raw)).enumerate() {
                let vals: Vec<Cell> = b
                    .columns
                    .iter()
                    .zip(&chunk)
                    .map(|(c, s)| parse_value(c.kind, s, &cell_what(t, r, c), out))
                    .collect();
                set_row(report, f, (ti, 0, ri), &vals, out);
            }
        }
        RowData::Empty | RowData::Lines(_) => out
            .notes
            .push(format!("{}未读到数据，已留空", table_name(t))),
        RowData::Alignments(opts) => out.notes.push(format!(
            "{}的 {} 个数值无法确定对应的列（{} 种排法），已留空",
            table_name(t),
            opts.first().map_or(0, Vec::len),
            opts.len()
        )),
        RowData::Split { digits, splits } => {
            if splits.candidates.is_empty() {
                out.notes.push(format!(
                    "{}的数字“{digits}”无法拆分为 {n} 个数值，已留空",
                    table_name(t)
                ));
                return;
            }
            // Each group (行政复议, 直接起诉, 复议后起诉) is settled on its own when all splits agree on it.
            let mut unsure = false;
            for (ri, r) in b.rows.iter().enumerate() {
                let mut opts: Vec<Vec<i64>> = Vec::new();
                for c in &splits.candidates {
                    if let Some(g) = c.get(ri * cols..(ri + 1) * cols) {
                        if !opts.iter().any(|o| o.as_slice() == g) {
                            opts.push(g.to_vec());
                        }
                    }
                }
                if opts.len() == 1 {
                    let vals: Vec<Cell> = opts[0].iter().map(|&v| Cell::Int(v)).collect();
                    set_row(report, f, (ti, 0, ri), &vals, out);
                } else {
                    unsure = true;
                    out.notes.push(format!(
                        "{}“{}”的数字有 {} 种拆分符合合计，请选择（已留空）：{}",
                        table_name(t),
                        t.row_label(r),
                        opts.len(),
                        opts.iter().map(|c| join(c)).collect::<Vec<_>>().join("；")
                    ));
                    out.uncertain.push(UncertainRow {
                        row: format!("{}.{}", t.key, r.key),
                        digits: digits.clone(),
                        candidates: opts,
                    });
                    set_row(report, f, (ti, 0, ri), &vec![Cell::Blank; cols], out);
                }
            }
            if !unsure {
                out.split_rows += 1;
            }
        }
    }
}

/// The printed numbers of table 四: the lines holding only numbers (tab-separated or spaced),
/// else, in a flattened page, the numbers after the last header word.
fn transposed_data(text: &str, n: usize, group: usize) -> RowData {
    let is_data_line = |l: &str| {
        l.chars().any(|c| half_width(c).is_ascii_digit())
            && !l.chars().any(|c| super::normalize::key_char(c).is_some())
    };
    let lines: Vec<&str> = text.lines().filter(|l| is_data_line(l)).collect();
    if let Some(first) = lines.first() {
        if first.contains('\t') {
            let cells: Vec<String> = first.split('\t').map(|c| c.trim().to_string()).collect();
            if cells.len() == n {
                return RowData::Cells(cells);
            }
            let filled: Vec<String> = cells.into_iter().filter(|c| !c.is_empty()).collect();
            if filled.len() == n {
                return RowData::Cells(filled);
            }
        }
        let joined = lines.join(" ");
        return fit(tokens(&joined), n, group);
    }
    let keyed = Keyed::of(text);
    let after = keyed.at.last().map_or(0, |&b| b);
    let tail = text.get(after..).unwrap_or("");
    let tail = tail
        .get(tail.chars().next().map_or(0, char::len_utf8)..)
        .unwrap_or("");
    fit(tokens(tail), n, group)
}

fn fit(toks: Vec<Token>, n: usize, group: usize) -> RowData {
    super::cells::fit_tokens(&toks, n, RowRule::GroupTotals(group))
}
