//! Drafts in the browser: the drafts controller with the one autosave effect, the draft menu,
//! the storage banners (full quota, unavailable storage, another tab's newer work, entries kept
//! aside), the 隔离区 of those entries, and "new report from last year's".

mod autosave;
mod banners;
mod bar;
mod controller;
mod from_last_year;
mod menu;
mod quarantine;
mod quarantined_line;
pub mod words;

pub use autosave::install;
pub use banners::StorageBanners;
pub use bar::DraftsBar;
pub use controller::{use_drafts, Drafts};
pub use from_last_year::FromLastYear;
pub use menu::DraftMenu;
pub use quarantined_line::QuarantinedLine;
