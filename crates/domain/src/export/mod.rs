//! Publishing: the printed report as one sequence of blocks (title, headings, paragraphs, the
//! tables' grids), drawn as printable HTML and (crates/publish-module) as a Word file; the tables
//! as CSV; the 校验码 that binds a published copy to its data.

mod csv;
mod document;
mod embedded;
mod escape;
mod fingerprint;
mod html;
mod layout;
mod rules_doc;
mod title;
mod verify;

pub use csv::{rows_csv, tables_csv};
pub use document::{document_blocks, paragraph_lines, Block};
pub use embedded::{
    content_digest, docx_data_part, html_data_block, read_docx_data, read_html_data, Embedded,
    DATA_NAMESPACE, DATA_PART_ID, HTML_DATA_ID,
};
pub use escape::{escape_html, escape_into};
pub use fingerprint::{canonical_json, code_from_digest, fingerprint, normalize_code, CODE_DIGITS};
pub use html::{
    code_footer, print_document, report_body_html, report_body_with_code, report_document,
    report_html, table_html, PRINT_CSS,
};
pub use layout::{grid, grids, unroll, ColKind, Grid, GridCell, Role};
pub use rules_doc::{rule_anchor, rules_html, rules_markdown, RULES_TITLE};
pub use title::{date_line, report_title, title_head, TITLE_SUFFIX};
pub use verify::{differences, verify_code, verify_copy, Difference, Verdict};
