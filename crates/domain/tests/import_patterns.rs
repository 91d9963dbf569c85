//! The shapes real published reports take that the fixtures do not have, each on a synthetic
//! report of that shape (generated from the format data, every cell a distinct figure) that
//! must import cell-exact: a site's own section numbering, row labels and figures on different
//! lines, Markdown pipe tables from converters (header over two lines, "数据1…" placeholder
//! rows), a saved MHTML page, "规范性文件", （六）其他处理 printed as one row, signed cells,
//! table 二's blocks printed out of order, labels a converter moved away from their figures, a
//! Markdown row that lost a cell, and metadata from the title and the opening sentence.

mod import_common;

use std::collections::BTreeMap;

use import_common::cell_differences;
use report_domain::format::{FormatId, Layout, TableDef};
use report_domain::{format, import, validate, Cell, Imported, InputKind};

/// How a synthetic report prints its tables.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    /// Label and figures on one line, separated by two spaces (PDF layout text).
    Spaced,
    /// The label on one line, its figures on the next.
    SplitLines,
    /// Markdown pipe rows, with the header over two rows and placeholder rows.
    Markdown,
}

/// A synthetic report: its text and the expected value of every cell.
struct Synthetic {
    text: String,
    want: BTreeMap<String, String>,
}

const NARRATIVE: &str =
    "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开信息120条。";

fn figure(ti: usize, bi: usize, ri: usize, ci: usize) -> i64 {
    (ti as i64 + 1) * 1000 + (bi as i64) * 100 + (ri as i64 + 1) * 10 + ci as i64 + 1
}

fn row_line(style: Style, label: &str, values: &[String]) -> String {
    match style {
        Style::Spaced => format!("{label}  {}\n", values.join("  ")),
        Style::SplitLines => format!("{label}\n{}\n", values.join("  ")),
        Style::Markdown => format!("| {label} | {} |\n", values.join(" | ")),
    }
}

fn header_lines(style: Style, first: &str, labels: &[&str]) -> String {
    match style {
        Style::Markdown => {
            // The header split over two rows, then the rule and a placeholder row.
            let half = labels.len() / 2;
            let blank = |n: usize| vec![""; n].join(" | ");
            let placeholders: Vec<String> =
                (1..=labels.len()).map(|i| format!("数据{i}")).collect();
            format!(
                "| {first} | {} | {} |\n|  | {} | {} |\n| --- |{}\n| 数据0 | {} |\n",
                labels[..half].join(" | "),
                blank(labels.len() - half),
                blank(half),
                labels[half..].join(" | "),
                " --- |".repeat(labels.len()),
                placeholders.join(" | ")
            )
        }
        _ => format!("{first}  {}\n", labels.join("  ")),
    }
}

fn table_text(
    style: Style,
    ti: usize,
    t: &TableDef,
    want: &mut BTreeMap<String, String>,
) -> String {
    let mut s = String::new();
    if t.layout == Layout::Transposed {
        let b = &t.blocks[0];
        s.push_str("行政复议  行政诉讼\n未经复议直接起诉  复议后起诉\n");
        let labels: Vec<&str> = b.columns.iter().map(|c| c.label).collect();
        s.push_str(&labels.join("  "));
        s.push('\n');
        let mut all = Vec::new();
        for (ri, r) in b.rows.iter().enumerate() {
            for (ci, c) in b.columns.iter().enumerate() {
                let v = figure(ti, 0, ri, ci).to_string();
                want.insert(format!("{}.{}.{}", t.key, r.key, c.key), v.clone());
                all.push(v);
            }
        }
        s.push_str(&all.join("  "));
        s.push('\n');
        return s;
    }
    let mut groups: Vec<&str> = Vec::new();
    if let Some(sup) = t.column_super {
        s.push_str(sup);
        s.push('\n');
    }
    for (bi, b) in t.blocks.iter().enumerate() {
        if let Some(c) = b.caption {
            s.push_str(c);
            s.push('\n');
        }
        let labels: Vec<&str> = b.columns.iter().map(|c| c.label).collect();
        s.push_str(&header_lines(
            style,
            b.label_header.unwrap_or("项目"),
            &labels,
        ));
        for (ri, r) in b.rows.iter().enumerate() {
            for g in r.groups {
                if !groups.contains(g) {
                    groups.push(g);
                    s.push_str(g);
                    s.push('\n');
                }
            }
            let values: Vec<String> = b
                .columns
                .iter()
                .enumerate()
                .map(|(ci, c)| {
                    let v = figure(ti, bi, ri, ci).to_string();
                    want.insert(format!("{}.{}.{}", t.key, r.key, c.key), v.clone());
                    v
                })
                .collect();
            s.push_str(&row_line(style, r.label, &values));
        }
    }
    s
}

fn synthetic(id: FormatId, style: Style) -> Synthetic {
    let f = format(id);
    let mut want = BTreeMap::new();
    let year = if id == FormatId::F2019 { 2019 } else { 2023 };
    let mut text =
        format!("郑县交通运输局{year}年政府信息公开工作年度报告\n\n一、总体情况\n{NARRATIVE}\n");
    let headings = [
        ("二", "二、主动公开政府信息情况"),
        ("三", "三、收到和处理政府信息公开申请情况"),
        ("四", "四、政府信息公开行政复议、行政诉讼情况"),
    ];
    for (section, heading) in headings {
        text.push_str(heading);
        text.push('\n');
        for (ti, t) in f.tables.iter().enumerate() {
            if t.section == section {
                text.push_str(&table_text(style, ti, t, &mut want));
            }
        }
    }
    text.push_str("五、政府信息公开工作存在的主要问题及改进情况\n问题是公开不够及时。\n");
    text.push_str("六、其他需要报告的事项\n本年度未收取信息处理费。\n");
    Synthetic { text, want }
}

fn import_text(text: &str) -> Imported {
    import(text, InputKind::Auto).expect("imports")
}

#[test]
fn the_generated_reports_import_exactly_in_every_style() {
    for id in [FormatId::F2021, FormatId::F2019] {
        for style in [Style::Spaced, Style::SplitLines, Style::Markdown] {
            let s = synthetic(id, style);
            let imported = import_text(&s.text);
            assert_eq!(
                cell_differences(&imported.report, &s.want),
                Vec::<String>::new(),
                "{id:?} {}\n{}",
                style as u8,
                s.text
            );
            assert!(imported
                .report
                .origin
                .as_ref()
                .unwrap()
                .uncertain
                .is_empty());
        }
    }
}

#[test]
fn markdown_placeholder_rows_never_become_figures() {
    let s = synthetic(FormatId::F2021, Style::Markdown);
    assert!(s.text.contains("| 数据1 | 数据2 |"));
    let imported = import_text(&s.text);
    assert_eq!(imported.report.origin.as_ref().unwrap().source, "markdown");
    assert_eq!(
        cell_differences(&imported.report, &s.want),
        Vec::<String>::new()
    );
}

#[test]
fn a_site_s_own_section_numbering_is_found_by_the_tables_header_rows() {
    let s = synthetic(FormatId::F2021, Style::Spaced);
    let text = s
        .text
        .replace("二、主动公开政府信息情况", "（二）主动公开政府信息情况")
        .replace("三、收到和处理政府信息公开申请情况", "第三章")
        .replace("四、政府信息公开行政复议、行政诉讼情况\n", "");
    let imported = import_text(&text);
    assert_eq!(
        cell_differences(&imported.report, &s.want),
        Vec::<String>::new(),
        "{:?}\n{text}",
        imported.report.origin.as_ref().unwrap().headings
    );
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.starts_with("未按“一、”至“六、”印制的部分")),
        "{:?}",
        imported.notes
    );
}

#[test]
fn table_two_blocks_printed_out_of_order_are_read() {
    // A PDF converter's Markdown (seen on a real report): the 第二十条第（五）…（八）项 rows as
    // lines above the 第二十条第（一）项 table, which comes last in the section.
    for style in [Style::Spaced, Style::Markdown] {
        let s = synthetic(FormatId::F2021, style);
        let first = s.text.find("第二十条第（一）项").unwrap();
        let second = s.text.find("第二十条第（五）项").unwrap();
        let end = s.text.find("三、收到和处理政府信息公开申请情况").unwrap();
        let text = format!(
            "{}{}{}{}",
            &s.text[..first],
            &s.text[second..end],
            &s.text[first..second],
            &s.text[end..]
        );
        let imported = import_text(&text);
        assert_eq!(
            cell_differences(&imported.report, &s.want),
            Vec::<String>::new(),
            "{text}"
        );
        assert!(
            !imported.notes.iter().any(|n| n.contains("未找到")),
            "{:?}",
            imported.notes
        );
    }
}

#[test]
fn figures_under_labels_a_converter_moved_are_never_given_to_the_wrong_row() {
    // A PDF converter's Markdown (seen on a real report): two labels as lines, then both rows'
    // figures as pipe rows. Which is whose is not known: both rows stay blank, with a note.
    let s = synthetic(FormatId::F2021, Style::Markdown);
    let row = |label: &str| {
        let start = s.text.find(&format!("| {label} |")).unwrap();
        let end = start + s.text[start..].find('\n').unwrap() + 1;
        let figures = s.text[start..end].replacen(&format!("| {label} "), "", 1);
        (start, end, figures)
    };
    let (start, _, second) = row("2.没有现成信息需要另行制作");
    let (_, end, third) = row("3.补正后申请内容仍不明确");
    let text = format!(
        "{}2.没有现成信息需要另行制作\n3.补正后申请内容仍不明确\n{second}{third}{}",
        &s.text[..start],
        &s.text[end..]
    );
    let imported = import_text(&text);
    let mut want = s.want.clone();
    want.retain(|k, _| {
        !k.starts_with("table3.unavailable_2.") && !k.starts_with("table3.unavailable_3.")
    });
    assert_eq!(
        cell_differences(&imported.report, &want),
        Vec::<String>::new(),
        "{text}"
    );
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.contains("3.补正后申请内容仍不明确”行的标签下有 2 行数字")),
        "{:?}",
        imported.notes
    );
}

#[test]
fn a_markdown_row_that_lost_a_cell_is_left_blank_with_its_possible_places() {
    // "| 规章 | 22 | 235 |" under a four-column header (seen on a real report): the converter
    // dropped a cell, and which one is not known.
    let s = synthetic(FormatId::F2021, Style::Markdown);
    let text = s
        .text
        .replace("| 规章 | 1011 | 1012 | 1013 |", "| 规章 | 1011 | 1013 |");
    assert_ne!(text, s.text);
    let imported = import_text(&text);
    let mut want = s.want.clone();
    want.retain(|k, _| !k.starts_with("table2.regulations."));
    assert_eq!(
        cell_differences(&imported.report, &want),
        Vec::<String>::new()
    );
    assert!(
        imported.notes.iter().any(|n| n
            == "表二“规章”行的数值无法确定对应的列（可能为：1011|1013|空；1011|空|1013；空|1011|1013），已留空"),
        "{:?}",
        imported.notes
    );
}

#[test]
fn normative_documents_printed_without_xingzheng() {
    let s = synthetic(FormatId::F2021, Style::Spaced);
    let text = s.text.replace("\n行政规范性文件  ", "\n规范性文件  ");
    assert_ne!(text, s.text);
    let imported = import_text(&text);
    assert_eq!(
        cell_differences(&imported.report, &s.want),
        Vec::<String>::new()
    );
    let labels = &imported.report.origin.as_ref().unwrap().labels;
    assert!(
        labels
            .iter()
            .any(|l| l.address == "table2.normative_documents" && l.found == "规范性文件"),
        "{labels:?}"
    );
}

#[test]
fn other_handling_printed_as_one_row_keeps_its_figures_and_is_reported() {
    let mut s = synthetic(FormatId::F2021, Style::Spaced);
    // Replace the three （六） rows by the 2019 layout's single row.
    let start = s.text.find("（六）其他处理\n").unwrap();
    let end = s.text.find("（七）总计").unwrap();
    let one = "（六）其他处理  7  6  5  4  3  2  27\n";
    s.text.replace_range(start..end, one);
    let f = format(FormatId::F2021);
    let t3 = f.tables.iter().find(|t| t.key == "table3").unwrap();
    let cols = t3.blocks[0].columns.iter().map(|c| c.key);
    for (c, v) in cols.zip(["7", "6", "5", "4", "3", "2", "27"]) {
        s.want.remove(&format!("table3.other_1.{c}"));
        s.want.remove(&format!("table3.other_2.{c}"));
        s.want.insert(format!("table3.other_3.{c}"), v.to_string());
    }
    let imported = import_text(&s.text);
    assert_eq!(
        cell_differences(&imported.report, &s.want),
        Vec::<String>::new()
    );
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.contains("“（六）其他处理”按一行印制")),
        "{:?}",
        imported.notes
    );
    assert!(!imported.notes.iter().any(|n| n.contains("未找到")));
    let codes: Vec<&str> = validate(&imported.report, None)
        .iter()
        .map(|d| d.code)
        .collect();
    assert!(codes.contains(&"T3-7"), "{codes:?}");
}

#[test]
fn a_signed_change_keeps_its_sign() {
    let mut s = synthetic(FormatId::F2019, Style::Spaced);
    let line_start = s.text.find("\n行政许可  ").unwrap() + 1;
    let line_end = line_start + s.text[line_start..].find('\n').unwrap();
    s.text
        .replace_range(line_start..line_end, "行政许可  35-15  20");
    s.want
        .insert("table2.licensing.prev_count".into(), "35".into());
    s.want
        .insert("table2.licensing.change".into(), "-15".into());
    s.want
        .insert("table2.licensing.decisions".into(), "20".into());
    let imported = import_text(&s.text);
    assert_eq!(
        cell_differences(&imported.report, &s.want),
        Vec::<String>::new()
    );
    assert_eq!(
        imported.report.get("table2.licensing.change"),
        Some(&Cell::Int(-15))
    );
}

#[test]
fn a_saved_mhtml_page_reads_like_the_page() {
    let s = synthetic(FormatId::F2021, Style::Markdown);
    // The page: paragraphs, and the pipe rows as table rows; saved as MHTML (quoted-printable).
    let imported_md = import_text(&s.text);
    let mut body = String::new();
    let mut in_table = false;
    for l in s.text.lines() {
        let row = l.starts_with('|');
        if row != in_table {
            body.push_str(if row { "<table>" } else { "</table>" });
            in_table = row;
        }
        if row {
            let cells = l.trim_matches('|').split('|');
            body.push_str("<tr>");
            for c in cells {
                body.push_str(&format!("<td>{}</td>", c.trim()));
            }
            body.push_str("</tr>");
        } else {
            body.push_str(&format!("<p>{l}</p>"));
        }
    }
    let html = format!("<html><body>{body}</body></html>");
    let qp: String = html
        .bytes()
        .map(|b| {
            if b.is_ascii_graphic() && b != b'=' || b == b' ' {
                (b as char).to_string()
            } else {
                format!("={b:02X}")
            }
        })
        .collect::<Vec<_>>()
        .chunks(60)
        .map(|c| c.concat())
        .collect::<Vec<_>>()
        .join("=\r\n");
    let mhtml = format!(
        "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x--\"\r\n\r\n------MultipartBoundary--x--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}\r\n------MultipartBoundary--x----\r\n"
    );
    let imported = report_domain::import::import_bytes(mhtml.as_bytes(), InputKind::Auto).unwrap();
    assert_eq!(imported.report.origin.as_ref().unwrap().source, "mhtml");
    assert_eq!(imported.report.meta, imported_md.report.meta);
    assert_eq!(imported.report.meta.agency, "郑县交通运输局");
    assert_eq!(
        cell_differences(&imported.report, &s.want),
        Vec::<String>::new()
    );
}

#[test]
fn metadata_from_title_and_opening_sentence_and_what_was_not_found() {
    let s = synthetic(FormatId::F2021, Style::Spaced);
    // A title with the year only ("2023年度"), the agency in the opening sentence.
    let text = s.text.replace(
        "郑县交通运输局2023年政府信息公开工作年度报告\n",
        "2023年度政府信息公开工作年度报告\n本报告由郑县交通运输局根据《中华人民共和国政府信息公开条例》编制。\n",
    );
    let imported = import_text(&text);
    assert_eq!(imported.report.meta.agency, "郑县交通运输局");
    assert_eq!(imported.report.meta.year, Some(2023));
    assert!(imported
        .notes
        .iter()
        .any(|n| n.contains("取自开头“本报告由……”一句")));
    // Neither in the title nor the opening: blank, and the notes say so — never a guess.
    let text = s.text.replace(
        "郑县交通运输局2023年政府信息公开工作年度报告\n",
        "中华人民共和国 年政府信息公开工作年度报告\n",
    );
    let imported = import_text(&text);
    assert_eq!(imported.report.meta.agency, "");
    assert!(
        imported
            .notes
            .iter()
            .any(|n| n.starts_with("未能识别机关名称")),
        "{:?}",
        imported.notes
    );
    assert!(!imported.notes[0].contains("中华人民共和国"));
}
