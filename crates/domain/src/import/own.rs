//! Our own published copies (the HTML and .docx exports) carry the report's data
//! (`export::embedded`): when the copy's text is still what was exported, the import gives back
//! that exact report, narrative and all, without reading the tables. A copy edited by hand after
//! export (its text no longer gives the digest its data block holds, or the block's data no
//! longer gives its 校验码) is read through its tables like any published report, and says so.

use super::api::Imported;
use super::docx_zip::member;
use crate::export::{content_digest, read_docx_data, read_html_data, Embedded};

/// What the data block of one of our copies tells about it.
pub(super) enum Own {
    /// Not one of our copies (no data block): import it as usual.
    NotOurs,
    /// Ours, untouched: the exact report.
    Intact(Box<Imported>),
    /// Ours, edited after export: import it as usual, with this note first.
    Edited(String),
}

/// The note for a copy edited after export.
const EDITED: &str = "此文件由本应用导出后被修改过（内容与其中保存的数据不一致），已按文件中的正文和表格重新读取，请核对";

fn judge(embedded: Option<Embedded>, visible_text: &str) -> Own {
    match embedded {
        None => Own::NotOurs,
        Some(Embedded::Damaged) => Own::Edited(EDITED.into()),
        Some(Embedded::Report(report, digest)) => {
            if content_digest(visible_text) != digest {
                return Own::Edited(EDITED.into());
            }
            let code = crate::export::fingerprint(&report);
            let notes = vec![format!(
                "本文件由本应用导出，内容未经改动（校验码 {code}）：已按其中保存的数据原样导入"
            )];
            Own::Intact(Box::new(Imported {
                report: *report,
                notes,
            }))
        }
    }
}

/// A saved page we exported; `visible_text` is the page's text as the importer extracts it.
pub(super) fn html(page: &str, visible_text: &str) -> Own {
    judge(read_html_data(page), visible_text)
}

/// Custom XML parts looked at: Word and WPS renumber them on saving, keeping a handful.
const MAX_CUSTOM_PARTS: usize = 8;

/// A .docx we exported; `visible_text` is its document's text as the importer extracts it.
pub(super) fn docx(bytes: &[u8], visible_text: &str) -> Own {
    let ours = (1..=MAX_CUSTOM_PARTS).find_map(|n| {
        let part = member(bytes, &format!("customXml/item{n}.xml")).ok()?;
        read_docx_data(&String::from_utf8_lossy(&part))
    });
    judge(ours, visible_text)
}

/// Puts the note for an edited copy first among an import's notes.
pub(super) fn note_edited(imported: &mut Imported, note: String) {
    imported.notes.insert(0, note.clone());
    if let Some(o) = imported.report.origin.as_mut() {
        o.notes.insert(0, note);
    }
}
