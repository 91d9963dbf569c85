//! Publishing: the printable HTML report in the official layout, and the tables as CSV.

mod csv;
mod escape;
mod html;
mod layout;
mod rules_doc;
mod title;

pub use csv::{rows_csv, tables_csv};
pub use escape::{escape_html, escape_into};
pub use html::{report_body_html, report_document, report_html, PRINT_CSS};
pub use layout::{grid, grids, unroll, ColKind, Grid, GridCell, Role};
pub use rules_doc::{rule_anchor, rules_html, rules_markdown, RULES_TITLE};
pub use title::{date_line, report_title, title_head, TITLE_SUFFIX};
