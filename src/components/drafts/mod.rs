//! Drafts in the browser: the drafts controller with the one autosave effect, the draft menu,
//! the storage banners (full quota, unavailable storage, another tab's newer work, entries kept
//! aside) and the 隔离区 of those entries. ("New report from last year's" is in the review module,
//! `crates/tools-module`, loaded when its button is pressed.)

mod autosave;
mod banners;
mod bar;
mod controller;
mod menu;
mod quarantine;
mod quarantined_line;
pub mod words;

pub use autosave::install;
pub use banners::StorageBanners;
pub use bar::DraftsBar;
pub use controller::{use_drafts, Drafts};
pub use menu::DraftMenu;
pub use quarantined_line::QuarantinedLine;
