//! The import entry point: pasted text or a dropped file (.txt, .html/.htm, our .json) becomes
//! a report marked as imported, with a Chinese summary of what was found and what is doubtful.
//! Never panics and never hangs: every search is bounded, oversize or binary input is refused
//! with a clear message.

use std::fmt;

use super::detect::{detect, Basis};
use super::headings::{locate, locate_by_content};
use super::markdown::pipes_to_tabs;
use super::meta::{from_opening, kind_of, read as read_title};
use super::mhtml::html_of;
use super::narrative::{intro_of, split_overview, strip_trailing_chrome};
use super::normalize::{clean, key, narrative};
use super::own::{self, Own};
use super::placed::{placed_to_text, text_chars, PlacedText};
use super::sniff::{sniff, FileKind};
use super::tables::{read_tables, TableFindings};
use crate::format::{format, FormatId, SECTIONS};
use crate::model::{FoundHeading, ImportRecord, JsonError, Report};

/// Largest input accepted (a report page is 10–100 KB; 5 MB is far beyond any real one).
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// Largest file accepted: a Word file or PDF with pictures is larger than its text.
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;

/// What the input is, when the caller knows (from the file name) or `Auto` to sniff it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Decide from the content.
    #[default]
    Auto,
    /// Plain text (pasted, .txt, text extracted from a PDF).
    Text,
    /// A saved web page.
    Html,
    /// This app's own JSON export.
    Json,
}

impl InputKind {
    /// The kind a file name suggests (".json", ".html", ".htm", ".txt"), else `Auto`.
    pub fn from_file_name(name: &str) -> InputKind {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            InputKind::Json
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            InputKind::Html
        } else if lower.ends_with(".txt") {
            InputKind::Text
        } else {
            InputKind::Auto
        }
    }
}

/// A successful import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The report, with `origin` filled in.
    pub report: Report,
    /// The import summary, in Chinese, one line each (the same lines as `origin.notes`).
    pub notes: Vec<String>,
}

/// Why nothing could be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but whitespace.
    Empty,
    /// Larger than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// The input's size in bytes.
        bytes: usize,
    },
    /// Not text (NUL bytes or control characters).
    Binary,
    /// Bytes that are not UTF-8 text.
    NotUtf8,
    /// Text, but no section heading of an annual report in it.
    NotAReport,
    /// A .json file that is not one of our reports.
    Json(JsonError),
    /// A PDF whose pages hold no text (a scan).
    NoTextLayer,
    /// A PDF that needs a password to open.
    PdfEncrypted,
    /// A PDF the reader could not open (damaged or not really a PDF); the reader's words.
    PdfUnreadable(String),
    /// A PDF given where only text can be read (the caller must extract its text first).
    PdfNeedsReader,
    /// A zip archive that is not a Word .docx, or a Word file in the old .doc format.
    NotDocx,
    /// A Word .docx whose document could not be read; the reason.
    Docx(String),
    /// A narrative part longer than a part may be (`model::MAX_PART_CHARS`).
    PartTooLong {
        /// The part as the form heads it ("五、存在的主要问题及改进情况").
        part: String,
        /// Why, in Chinese.
        message: String,
    },
}

impl ImportError {
    /// A PDF the reader (pdf.js, in JavaScript) refused, from its error `code`: "encrypted", or
    /// anything else as unreadable with `detail` (at most 200 characters) saying why.
    pub fn pdf_refused(code: &str, detail: &str) -> ImportError {
        if code == "encrypted" {
            ImportError::PdfEncrypted
        } else {
            ImportError::PdfUnreadable(detail.chars().take(200).collect())
        }
    }

    /// The message for the user, in Chinese.
    pub fn message(&self) -> String {
        match self {
            ImportError::Empty => "没有可导入的内容：请粘贴年度报告全文或选择文件".into(),
            ImportError::TooLarge { bytes } => format!(
                "内容过大（{} MB），超过 {} MB 上限：请只粘贴年度报告本身",
                crate::model::Decimal::ratio(*bytes as i128, 1_048_576, 1)
                    .map_or_else(String::new, |d| d.to_string()),
                if *bytes > MAX_FILE_BYTES {
                    MAX_FILE_BYTES
                } else {
                    MAX_INPUT_BYTES
                } / 1_048_576
            ),
            ImportError::Binary => {
                "无法识别的文件（含二进制内容）：请导入 PDF、Word（.docx）、网页（.html）、文本（.txt、.md）或本应用导出的 .json".into()
            }
            ImportError::NotUtf8 => {
                "文件不是 UTF-8 编码的文本（可能是 GBK 编码）：请用记事本等另存为 UTF-8 后再导入".into()
            }
            ImportError::NotAReport => {
                "没有识别出年度报告：未找到“一、总体情况”等部分标题。请确认粘贴的是政府信息公开工作年度报告全文".into()
            }
            ImportError::Json(e) => format!("JSON 文件无法读取：{e}"),
            ImportError::NoTextLayer => {
                "此 PDF 没有文字层（可能是扫描件）：无法读取其中的文字和数字。请使用原始的 Word 或网页版本，或先用文字识别（OCR）软件转换后再导入".into()
            }
            ImportError::PdfEncrypted => {
                "此 PDF 已加密（需要密码才能打开）：请先用 PDF 阅读器去除密码或另存一份不加密的 PDF 后再导入".into()
            }
            ImportError::PdfUnreadable(why) => {
                if why.is_empty() {
                    "PDF 文件无法打开（文件可能已损坏或不完整）：请重新下载后再导入".into()
                } else {
                    format!("PDF 文件无法打开（文件可能已损坏或不完整：{why}）：请重新下载后再导入")
                }
            }
            ImportError::PdfNeedsReader => {
                "这是 PDF 文件：请通过“导入文件…”或拖放打开它（其文字层会在浏览器中读取），不要粘贴文件内容".into()
            }
            ImportError::NotDocx => {
                "这是压缩文件、旧版 Word（.doc）或加密的 Word 文件，无法读取：Word 文件请另存为不加密的 .docx 或网页（.htm）后再导入".into()
            }
            ImportError::Docx(why) => {
                format!("Word 文件无法读取（{why}）：文件可能已损坏，请在 Word 中打开后另存为 .docx 再导入")
            }
            ImportError::PartTooLong { part, message } => format!("正文“{part}”{message}"),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// Imports file bytes: what the file is comes from its content (magic bytes), not its name;
/// then size and encoding (UTF-8, with or without BOM) are checked. A PDF cannot be read here
/// (its text layer is extracted by a PDF reader, then given to [`import_placed`]).
pub fn import_bytes(bytes: &[u8], kind: InputKind) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    match sniff(bytes) {
        FileKind::Pdf => return Err(ImportError::PdfNeedsReader),
        FileKind::Zip | FileKind::OldWord => return Err(ImportError::NotDocx),
        FileKind::Docx => {
            let text = super::docx::to_text(bytes).map_err(|e| ImportError::Docx(e.0))?;
            if text.len() > MAX_INPUT_BYTES {
                return Err(ImportError::TooLarge { bytes: text.len() });
            }
            let own = own::docx(bytes, &text);
            return own_or(own, || import_text(&text, "docx", false));
        }
        _ => {}
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    import(text, kind)
}

/// Imports a report from the text runs a PDF reader placed on the pages (see
/// [`PlacedText`]): tables are rebuilt from the runs' positions, then read like any text.
pub fn import_placed(items: &[PlacedText]) -> Result<Imported, ImportError> {
    if text_chars(items) < MIN_PDF_TEXT_CHARS {
        return Err(ImportError::NoTextLayer);
    }
    let text = placed_to_text(items);
    if text.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    within_bounds(import_text(&text, "pdf", true)?)
}

/// Fewer characters than this in a whole PDF: no text layer worth reading (a title alone has
/// more; a scan has none, or a few from a stamp).
const MIN_PDF_TEXT_CHARS: usize = 20;

/// Imports a report from pasted text or file content.
pub fn import(input: &str, kind: InputKind) -> Result<Imported, ImportError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: input.len() });
    }
    if looks_binary(input) {
        return Err(ImportError::Binary);
    }
    let input = input.trim_start_matches('\u{feff}');
    if input.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let imported = if kind == InputKind::Auto && sniff(input.as_bytes()) == FileKind::Mhtml {
        let html = html_of(input).ok_or(ImportError::NotAReport)?;
        import_text(&super::html::to_text(&html), "mhtml", false)
    } else {
        match resolve(kind, input) {
            InputKind::Json => import_json(input),
            InputKind::Html => {
                let text = super::html::to_text(input);
                let own = own::html(input, &text);
                return own_or(own, || import_text(&text, "html", false));
            }
            _ => match pipes_to_tabs(input) {
                Some(tabbed) => import_text(&tabbed, "markdown", false),
                None => import_text(input, "text", false),
            },
        }
    }?;
    within_bounds(imported)
}

/// One of our copies as its data says (untouched), or `read` (not ours, or edited after export,
/// then with a note saying so).
fn own_or(
    own: Own,
    read: impl FnOnce() -> Result<Imported, ImportError>,
) -> Result<Imported, ImportError> {
    match own {
        Own::Intact(imported) => within_bounds(*imported),
        Own::NotOurs => within_bounds(read()?),
        Own::Edited(note) => {
            let mut imported = read()?;
            own::note_edited(&mut imported, note);
            within_bounds(imported)
        }
    }
}

/// What is imported is saved as a draft, and read back: a part over the bound would not be, so
/// such an import is refused, naming the part as the form heads it.
fn within_bounds(imported: Imported) -> Result<Imported, ImportError> {
    for (part, text) in &imported.report.narrative {
        if let Some(message) = crate::model::part_too_long(text) {
            let heading = imported
                .report
                .def()
                .sections
                .iter()
                .find_map(|s| {
                    let p = s.parts.iter().find(|p| p.key == part)?;
                    Some(match p.heading {
                        Some(h) => format!("{} {h}", s.heading),
                        None => s.heading.to_string(),
                    })
                })
                .unwrap_or_else(|| part.clone());
            return Err(ImportError::PartTooLong {
                part: heading,
                message,
            });
        }
    }
    Ok(imported)
}

/// NUL bytes, or many control characters other than tab, line feed and carriage return.
fn looks_binary(s: &str) -> bool {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in s.chars() {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        }
    }
    controls > 8 && controls * 100 > total
}

fn resolve(kind: InputKind, input: &str) -> InputKind {
    if kind != InputKind::Auto {
        return kind;
    }
    let head: String = input
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with('{') {
        InputKind::Json
    } else if head.starts_with('<')
        && [
            "<html",
            "<!doctype",
            "<body",
            "<table",
            "<div",
            "<p",
            "<head",
            "<meta",
        ]
        .iter()
        .any(|t| head.contains(t))
    {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

fn import_json(input: &str) -> Result<Imported, ImportError> {
    let mut report = Report::from_json_str(input).map_err(ImportError::Json)?;
    let mut origin = report.origin.take().unwrap_or_else(|| ImportRecord {
        source: "json".into(),
        ..ImportRecord::default()
    });
    let who = describe(&report);
    origin.notes.insert(0, format!("已从 JSON 文件导入：{who}"));
    let notes = origin.notes.clone();
    report.origin = Some(origin);
    Ok(Imported { report, notes })
}

fn describe(r: &Report) -> String {
    let agency = if r.meta.agency.is_empty() {
        "（机关名称未识别）"
    } else {
        r.meta.agency.as_str()
    };
    match r.meta.year {
        Some(y) => format!("{agency} {y} 年度报告"),
        None => format!("{agency}（年度未识别）"),
    }
}

/// `layout`: the text is laid out by page (hard-wrapped lines), whether or not page numbers
/// show it.
fn import_text(input: &str, source: &str, layout: bool) -> Result<Imported, ImportError> {
    let (text, pages) = clean(input);
    let layout = pages || layout;
    let mut title = read_title(&text);
    // A title that does not name the agency or the year: the opening sentence may.
    let (opening_agency, opening_year) = from_opening(&text);
    let mut from_opening_notes = Vec::new();
    if title.agency.is_none() {
        if let Some(a) = opening_agency {
            from_opening_notes.push(format!("机关名称“{a}”取自开头“本报告由……”一句，请核对"));
            title.agency = Some(a);
        }
    }
    if title.year.is_none() {
        if let Some(y) = opening_year {
            from_opening_notes.push(format!("年度 {y} 取自开头的统计期限，请核对"));
            title.year = Some(y);
        }
    }
    let official = locate(&text, SECTIONS);
    let heads = locate_by_content(&text, SECTIONS, &official);
    if official.is_empty() && heads.len() < 2 {
        return Err(ImportError::NotAReport);
    }
    let by_content: Vec<&str> = heads
        .iter()
        .filter(|h| !official.iter().any(|o| o.section == h.section))
        .filter_map(|h| SECTIONS.get(h.section))
        .map(|s| s.heading)
        .collect();
    // Each found section runs from its heading to the next found heading.
    let mut section_text: Vec<Option<&str>> = vec![None; SECTIONS.len()];
    for (i, h) in heads.iter().enumerate() {
        let end = heads.get(i + 1).map_or(text.len(), |n| n.start);
        let body = text.get(h.end..end.max(h.end)).unwrap_or("");
        let body = if i + 1 == heads.len() {
            strip_trailing_chrome(body)
        } else {
            body
        };
        if let Some(slot) = section_text.get_mut(h.section) {
            *slot = Some(body);
        }
    }
    let tables_text: String = SECTIONS
        .iter()
        .zip(&section_text)
        .filter(|(s, _)| s.table.is_some())
        .filter_map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join("\n");
    let (fid, basis) = detect(&tables_text, title.year);
    let mut report = Report::new(fid);
    let f = report.def();
    report.meta.agency = title.agency.clone().unwrap_or_default();
    report.meta.year = title.year;
    report.meta.kind = kind_of(&report.meta.agency);
    report.meta.published = title.published.clone().unwrap_or_default();

    let mut notes = Vec::new();
    notes.push(format!(
        "已识别：{}；表格格式：{}（{}）",
        describe(&report),
        f.name,
        basis_text(basis)
    ));
    if let Some(y) = title.year {
        let expected = FormatId::for_year(y);
        if expected != fid {
            notes.push(format!(
                "注意：{y} 年度报告应使用{}表格，但原文表格为{}",
                format(expected).name,
                f.name
            ));
        }
    }
    notes.append(&mut from_opening_notes);
    match (title.agency.is_none(), title.year.is_none()) {
        (true, true) => {
            notes.push("未能识别机关名称和年度（标题和开头一句均未写明），请补填".into())
        }
        (true, false) => notes.push("未能识别机关名称（标题和开头一句均未写明），请补填".into()),
        (false, true) => notes.push("未能识别报告年度（标题和开头一句均未写明），请补填".into()),
        (false, false) => {}
    }

    // Narrative parts.
    let mut themed = None;
    for (s, body) in SECTIONS.iter().zip(&section_text) {
        let Some(body) = body else { continue };
        if s.key == "overview" {
            let (parts, n) = split_overview(body, s, layout);
            for (k, t) in parts {
                report.set_text(k, t);
            }
            themed = Some(n);
        } else if let Some(p) = s.parts.first() {
            report.set_text(p.key, narrative(body, layout));
        }
    }
    let found: Vec<&str> = heads
        .iter()
        .filter_map(|h| SECTIONS.get(h.section))
        .map(|s| s.heading)
        .collect();
    let missing: Vec<&str> = SECTIONS
        .iter()
        .map(|s| s.heading)
        .filter(|h| !found.contains(h))
        .collect();
    if !by_content.is_empty() {
        notes.push(format!(
            "未按“一、”至“六、”印制的部分，已依据标题文字或表格栏目确定：{}",
            by_content.join("、")
        ));
    }
    if missing.is_empty() {
        notes.push("六个部分的标题均已找到".into());
    } else {
        notes.push(format!("未找到部分标题：{}", missing.join("、")));
    }
    match themed {
        Some(0) => notes.push("第一部分没有（一）至（五）小标题，全文归入“总体情况”".into()),
        Some(n) if n < 5 => notes.push(format!(
            "第一部分找到 {n} 个（一）至（五）小标题，其余内容归入相邻部分"
        )),
        _ => {}
    }
    if let Some(first) = heads.first() {
        let preamble = text.get(..first.start).unwrap_or("");
        let title_len = title.title.as_deref().map_or(0, |t| key(t).len());
        if let Some(intro) = intro_of(preamble) {
            report.set_text(f.intro.key, narrative(intro, layout));
            notes.push("标题与第一部分之间的引言已导入".into());
        } else if key(preamble).len() > title_len + 30 {
            notes.push("标题与第一部分之间的说明文字（及网页栏目文字）未导入".into());
        }
    }

    // Tables: each table reads the text of the section that holds it.
    let table_sections: Vec<Option<&str>> = f
        .tables
        .iter()
        .map(|t| {
            SECTIONS
                .iter()
                .position(|s| s.number == t.section)
                .and_then(|i| section_text.get(i).copied().flatten())
        })
        .collect();
    let mut tf = TableFindings::default();
    read_tables(&mut report, &table_sections, &mut tf);
    let filled = report.cells.iter().filter(|c| !c.is_blank()).count();
    notes.push(format!(
        "表格共 {} 个单元格，读到数值 {filled} 个",
        report.cells.len()
    ));
    if tf.split_rows > 0 {
        notes.push(format!(
            "{} 行连写数字只有一种有效拆分，已采用",
            tf.split_rows
        ));
    }
    notes.append(&mut tf.notes);
    for d in &tf.labels {
        notes.push(format!(
            "标签与官方表述不一致：“{}”（官方：“{}”）",
            d.found, d.official
        ));
    }
    if !tf.uncertain.is_empty() {
        notes.push(format!(
            "{} 行数字有多种可能的拆分，已留空，请逐行选择",
            tf.uncertain.len()
        ));
    }

    let source = if source == "text" && layout {
        "pdf-text"
    } else {
        source
    };
    report.origin = Some(ImportRecord {
        source: source.into(),
        headings: heads
            .iter()
            .filter_map(|h| {
                Some(FoundHeading {
                    section: SECTIONS.get(h.section)?.key.to_string(),
                    text: h.text.clone(),
                })
            })
            .collect(),
        labels: tf.labels,
        uncertain: tf.uncertain,
        notes: notes.clone(),
    });
    Ok(Imported { report, notes })
}

fn basis_text(b: Basis) -> &'static str {
    match b {
        Basis::Tables(..) => "依据表格栏目判断",
        Basis::Year => "表格栏目无法判断，依据报告年度",
        Basis::Default => "无法判断，按2021年版",
    }
}
