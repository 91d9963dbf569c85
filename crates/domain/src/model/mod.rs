//! The report model and its JSON interchange format.

mod cell;
mod convert;
mod decimal;
mod json;
mod migrate;
mod next_year;
mod origin;
mod report;

pub use cell::{Cell, Misfit};
pub use convert::{Conversion, LeftBehind, Regrouped};
pub use decimal::Decimal;
pub use json::{JsonError, SCHEMA_VERSION};
pub use migrate::migrate;
pub use next_year::Carried;
pub use origin::{FoundHeading, ImportRecord, LabelDeviation, UncertainRow};
pub use report::{part_too_long, Meta, Report, ReportKind, MAX_PART_CHARS, MAX_UNREAD_CHARS};
