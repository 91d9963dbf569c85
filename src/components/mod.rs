//! The form's components, one per file, grouped by feature.

pub mod diagnostics;
pub mod dom;
pub mod drafts;
pub mod io;
pub mod layout;
pub mod meta;
pub mod modal;
pub mod narrative;
pub mod publish;
pub mod review;
pub mod settle;
pub mod tables;
