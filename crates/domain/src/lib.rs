//! The 政府信息公开工作年度报告 domain: the official formats as data, the report model and its JSON
//! interchange format, totals, cell input parsing, and the consistency rules. Plain Rust with
//! serde; nothing here knows about the web.

pub mod analysis;
pub mod balance;
pub mod batch;
pub mod compose;
pub mod diagnostics;
pub mod export;
pub mod fix;
pub mod format;
pub mod import;
pub mod input;
pub mod model;
pub mod order;
pub mod paste;
pub mod progress;
pub mod rules;
pub mod sample;
pub mod text;
pub mod totals;

pub use diagnostics::{Diagnostic, Severity};
pub use export::{report_body_html, report_html, tables_csv, PRINT_CSS};
pub use format::{format, format_for_year, FormatDef, FormatId, FORMATS};
pub use import::{import, ImportError, Imported, InputKind};
pub use model::{Cell, Decimal, JsonError, Meta, Report, ReportKind};
pub use rules::validate;
pub use totals::compute;
