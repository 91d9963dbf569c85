//! The page and the paragraph styles after GB/T 9704-2012, as the print CSS
//! (`report_domain::export::PRINT_CSS`) sets them: A4, margins 37/26/35/28 mm, body 3号 仿宋
//! with a fixed 28.9 pt line (22 lines of 28 characters), title 2号 小标宋, headings 黑体 and
//! 楷体, tables 5号.

use docx_rs::{
    AlignmentType, LineSpacing, LineSpacingType, PageMargin, RunFonts, SpecialIndentType, Style,
    StyleType,
};

/// Twips (1/1440 inch) in a millimetre length, rounded.
pub const fn mm(v: u32) -> u32 {
    (v * 14400 + 127) / 254
}

/// A4 in twips.
pub const PAGE_WIDTH: u32 = 11906;
/// A4 in twips.
pub const PAGE_HEIGHT: u32 = 16838;
/// The text block's width: 210 − 28 − 26 = 156 mm.
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - mm(28) - mm(26);

/// Half-points of the Chinese type sizes used.
pub mod size {
    /// 2号 (22 pt): the title.
    pub const ER: usize = 44;
    /// 3号 (16 pt): body and headings.
    pub const SAN: usize = 32;
    /// 4号 (14 pt): page numbers.
    pub const SI: usize = 28;
    /// 5号 (10.5 pt): tables.
    pub const WU: usize = 21;
    /// 小5号 (9 pt): table 四, the corner note, the 校验码 line.
    pub const XIAO_WU: usize = 18;
}

/// The faces, as Word and WPS name them; a machine without one substitutes its own (LibreOffice
/// and WPS map 仿宋_GB2312 to 仿宋 or a serif CJK face, as the print CSS's stacks do).
pub mod face {
    /// Body text.
    pub const FANGSONG: &str = "仿宋_GB2312";
    /// 一、 headings and table 二's captions.
    pub const HEITI: &str = "黑体";
    /// （一） headings.
    pub const KAITI: &str = "楷体_GB2312";
    /// The title.
    pub const XIAOBIAOSONG: &str = "方正小标宋简体";
    /// Page numbers.
    pub const SONGTI: &str = "宋体";
}

/// The font table (`word/fontTable.xml`): each face with the name Windows also knows it by
/// (`w:altName`), the GB2312 character set, and its family — roman (a serif) for 仿宋, 楷体, 宋体
/// and 小标宋, swiss (a sans) for 黑体 — so that a reader without the face substitutes one of the
/// same kind, as the print CSS's stacks fall back to a serif or a sans CJK face. docx-rs writes
/// a fixed table of three Latin faces; this part replaces it.
pub fn font_table() -> String {
    let fonts = [
        (face::FANGSONG, "仿宋", "roman"),
        (face::KAITI, "楷体", "roman"),
        (face::XIAOBIAOSONG, "方正小标宋_GBK", "roman"),
        (face::SONGTI, "SimSun", "roman"),
        (face::HEITI, "SimHei", "swiss"),
        ("Times New Roman", "", "roman"),
    ];
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
    );
    for (name, alt, family) in fonts {
        out.push_str(&format!("<w:font w:name=\"{name}\">"));
        if !alt.is_empty() {
            out.push_str(&format!(
                "<w:altName w:val=\"{alt}\" /><w:charset w:val=\"86\" />"
            ));
        }
        out.push_str(&format!(
            "<w:family w:val=\"{family}\" /><w:pitch w:val=\"variable\" /></w:font>"
        ));
    }
    out.push_str("</w:fonts>");
    out
}

/// Style ids, referred to by the paragraphs (and by the tests).
pub mod style_id {
    /// The title.
    pub const TITLE: &str = "ReportTitle";
    /// 一、 section headings.
    pub const SECTION: &str = "ReportSection";
    /// （一） part headings.
    pub const PART: &str = "ReportPart";
    /// Narrative paragraphs.
    pub const BODY: &str = "ReportBody";
    /// Text inside the tables.
    pub const TABLE: &str = "ReportTable";
    /// The signature lines.
    pub const SIGNATURE: &str = "ReportSignature";
    /// Page numbers and the 校验码 in the footer.
    pub const FOOTER: &str = "ReportFooter";
}

/// The GB/T 9704 margins; the footer's distance from the page's lower edge puts the page number
/// about 7 mm under the text block.
pub fn margins() -> PageMargin {
    PageMargin {
        top: mm(37) as i32,
        left: mm(28) as i32,
        bottom: mm(35) as i32,
        right: mm(26) as i32,
        header: mm(15) as i32,
        footer: mm(22) as i32,
        gutter: 0,
    }
}

/// The fixed 28.9 pt body line (578 twentieths of a point).
fn body_line() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(578)
        .before(0)
        .after(0)
}

fn fonts(face: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(face)
        .ascii(face)
        .hi_ansi(face)
        .cs(face)
}

/// The report's paragraph styles.
pub fn styles() -> Vec<Style> {
    vec![
        Style::new(style_id::BODY, StyleType::Paragraph)
            .name("Report Body")
            .fonts(fonts(face::FANGSONG))
            .size(size::SAN)
            .line_spacing(body_line())
            .indent(None, Some(SpecialIndentType::FirstLine(640)), None, None)
            .align(AlignmentType::Both),
        Style::new(style_id::TITLE, StyleType::Paragraph)
            .name("Report Title")
            .fonts(fonts(face::XIAOBIAOSONG))
            .size(size::ER)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Exact)
                    .line(700)
                    .before(0)
                    .after(578),
            )
            .align(AlignmentType::Center),
        Style::new(style_id::SECTION, StyleType::Paragraph)
            .name("Report Section")
            .fonts(fonts(face::HEITI))
            .size(size::SAN)
            .line_spacing(body_line())
            .indent(None, Some(SpecialIndentType::FirstLine(640)), None, None)
            .outline_lvl(0),
        Style::new(style_id::PART, StyleType::Paragraph)
            .name("Report Part")
            .fonts(fonts(face::KAITI))
            .size(size::SAN)
            .line_spacing(body_line())
            .indent(None, Some(SpecialIndentType::FirstLine(640)), None, None)
            .outline_lvl(1),
        Style::new(style_id::TABLE, StyleType::Paragraph)
            .name("Report Table")
            .fonts(fonts(face::FANGSONG))
            .size(size::WU)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Auto)
                    .line(260)
                    .before(0)
                    .after(0),
            )
            .align(AlignmentType::Center),
        Style::new(style_id::SIGNATURE, StyleType::Paragraph)
            .name("Report Signature")
            .fonts(fonts(face::FANGSONG))
            .size(size::SAN)
            .line_spacing(body_line())
            .indent(None, None, Some(1280), None)
            .align(AlignmentType::Right),
        Style::new(style_id::FOOTER, StyleType::Paragraph)
            .name("Report Footer")
            .fonts(fonts(face::SONGTI))
            .size(size::SI)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Auto)
                    .line(240)
                    .before(0)
                    .after(0),
            ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millimetres_in_twips() {
        assert_eq!(mm(37), 2098);
        assert_eq!(mm(26), 1474);
        assert_eq!(mm(35), 1984);
        assert_eq!(mm(28), 1587);
        assert_eq!(TEXT_WIDTH, 8845);
    }
}
