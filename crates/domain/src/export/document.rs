//! The whole printed report as a sequence of blocks — title, headings, paragraphs, the tables'
//! grids, the signature — in the order the official format prints them. The HTML printout and
//! the Word file both walk this one sequence, so they cannot differ in what they show.

use super::layout::{grids, Grid};
use super::title::{date_line, title_head, TITLE_SUFFIX};
use crate::model::Report;

/// One block of the printed report.
#[derive(Debug, Clone)]
pub enum Block {
    /// The title, "<机关名称><年份>年" (may be empty) then [`TITLE_SUFFIX`]; a long title breaks
    /// between the two, never inside a word.
    Title {
        /// The variable part.
        head: String,
        /// The fixed part.
        suffix: &'static str,
    },
    /// A section heading ("一、总体情况", 黑体).
    Section {
        /// The section's key (`overview`, `active`…).
        key: &'static str,
        /// The official heading.
        heading: &'static str,
    },
    /// A part's heading inside a section ("（一）主动公开", 楷体).
    Part(&'static str),
    /// One paragraph of a narrative part (one non-empty line as typed, trimmed).
    Paragraph {
        /// The narrative part it belongs to.
        part: &'static str,
        /// Its text.
        text: String,
    },
    /// A table laid out as the template draws it.
    Table(Grid),
    /// The 署名 and 成文日期 lines, where the paper copy is stamped (either may be absent).
    Signature {
        /// The agency, when named.
        agency: Option<String>,
        /// "2022年1月20日", when the date is valid.
        date: Option<String>,
    },
}

/// The non-empty lines of a narrative part, trimmed: people type a paragraph per line, and blank
/// lines are spacing.
pub fn paragraph_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// The printed report, block by block. Tables are drawn exactly as stored: pass
/// `compute(&report)` to print filled-in totals.
pub fn document_blocks(report: &Report) -> Vec<Block> {
    let f = report.def();
    let mut grids = grids(report);
    let mut out = vec![Block::Title {
        head: title_head(&report.meta),
        suffix: TITLE_SUFFIX,
    }];
    // The 引言 stands untitled between the title and 一, as reports print it.
    out.extend(
        paragraph_lines(report.text(f.intro.key)).map(|l| Block::Paragraph {
            part: f.intro.key,
            text: l.to_string(),
        }),
    );
    for s in f.sections {
        out.push(Block::Section {
            key: s.key,
            heading: s.heading,
        });
        for p in s.parts {
            if let Some(h) = p.heading {
                out.push(Block::Part(h));
            }
            out.extend(
                paragraph_lines(report.text(p.key)).map(|l| Block::Paragraph {
                    part: p.key,
                    text: l.to_string(),
                }),
            );
        }
        if let Some(i) = s
            .table
            .and_then(|k| grids.iter().position(|g| g.table.key == k))
        {
            out.push(Block::Table(grids.swap_remove(i)));
        }
    }
    let agency = report.meta.agency.trim();
    let date = date_line(&report.meta.published);
    if !agency.is_empty() || date.is_some() {
        out.push(Block::Signature {
            agency: (!agency.is_empty()).then(|| agency.to_string()),
            date,
        });
    }
    out
}
