//! The importer's entry points over plain values: input in, the report's JSON text or the
//! Chinese message out (what crosses into the app, which reads it with `Report::from_json_str`).

use report_domain::import::{
    import, import_bytes, import_placed, ImportError, Imported, InputKind, PlacedText,
};

/// The imported report as JSON text (its `origin` holds the notes, labels and doubtful rows).
fn json(result: Result<Imported, ImportError>) -> Result<String, String> {
    result
        .map(|i| i.report.to_json_string())
        .map_err(|e| e.message())
}

/// Pasted text or a page's HTML, by its content.
pub fn import_text_json(text: &str) -> Result<String, String> {
    json(import(text, InputKind::Auto))
}

/// A file's bytes, by their content: a saved page (.html, .mhtml), a Word .docx, a text or
/// Markdown file. A PDF is refused with its message (its text runs come through
/// [`import_runs_json`]).
pub fn import_bytes_json(bytes: &[u8]) -> Result<String, String> {
    json(import_bytes(bytes, InputKind::Auto))
}

/// A PDF's text runs with their positions, as the JSON text of
/// `[{ page, x, y, width, height, text }]`.
pub fn import_runs_json(runs: &str) -> Result<String, String> {
    let runs: Vec<PlacedText> = serde_json::from_str(runs).map_err(|e| {
        ImportError::PdfUnreadable(format!("文字读取结果无效：{e}").chars().take(200).collect())
            .message()
    })?;
    json(import_placed(&runs))
}

/// The message for a PDF the reader refused: `code` "encrypted", anything else unreadable
/// (`detail`, at most 200 characters, says why).
pub fn pdf_error_message(code: &str, detail: &str) -> String {
    ImportError::pdf_refused(code, detail).message()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_domain::{Cell, Report};

    fn fixture(name: &str) -> String {
        let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn text_comes_back_as_the_report_with_its_import_record() {
        let text = fixture("seed-2021-county-commerce-bureau.txt");
        let json = import_text_json(&text).expect("imports");
        let report = Report::from_json_str(&json).expect("our JSON");
        let origin = report.origin.as_ref().expect("import record");
        assert!(!origin.notes.is_empty());
        assert_eq!(report.meta.year, Some(2021));
        // The same report the domain imports, cell for cell.
        let direct = import(&text, InputKind::Auto).unwrap().report;
        assert_eq!(report, direct);
        assert!(matches!(report.get("table3.new.total"), Some(Cell::Int(_))));
    }

    #[test]
    fn bytes_and_text_agree() {
        let text = fixture("seed-2021-county-commerce-bureau.txt");
        assert_eq!(import_bytes_json(text.as_bytes()), import_text_json(&text));
    }

    #[test]
    fn refusals_are_chinese_messages() {
        let empty = import_text_json("   ").unwrap_err();
        assert!(empty.contains("没有可导入的内容"), "{empty}");
        let binary = import_bytes_json(&[0, 1, 2, 0xff, 0]).unwrap_err();
        assert!(!binary.is_empty());
        let runs = import_runs_json("[{\"page\": \"x\"}]").unwrap_err();
        assert!(runs.contains("PDF"), "{runs}");
        let none = import_runs_json("[]").unwrap_err();
        assert!(!none.is_empty());
        assert!(pdf_error_message("encrypted", "").contains("已加密"));
        assert!(pdf_error_message("unreadable", "bad xref").contains("bad xref"));
    }
}
