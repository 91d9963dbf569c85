//! Page layout: header, section navigator, the report form, the status line.

mod header;
mod intro;
mod report_form;
mod section_nav;
mod status;

pub use header::{agency_label, Header, SAMPLE_JSON, TITLE};
pub use report_form::ReportForm;
pub use section_nav::SectionNav;
pub use status::{use_status, Status, StatusLine};
