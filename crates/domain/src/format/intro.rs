//! The 引言: the paragraph real reports print between the title and 一、总体情况 ("本报告根据
//! 《中华人民共和国政府信息公开条例》……编制，内容包括……。本报告中所列数据的统计期限自……").
//! The notices prescribe no heading for it and both formats have it: a narrative part outside
//! the six sections, printed untitled before 一.

use super::types::PartDef;

/// The 引言 part (JSON key `narrative.intro`).
pub static INTRO: PartDef = PartDef {
    key: "intro",
    heading: None,
};

/// What the form calls the 引言 (it is printed without a heading).
pub const INTRO_LABEL: &str = "引言";
