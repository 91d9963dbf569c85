//! The print preview and 核验, dialogs of this module since they left the app's first load: the
//! app keeps their buttons and Ctrl+P, and opens them through `window.drReview.publishing`
//! (`disclosure_report::components::publish` on the app's side). The report, its 校验码 and the
//! versions exported come from the app through `window.drApp` (`crate::bridge`).

mod document;
mod preview;
mod root;
mod state;
mod verify;

pub use document::preview_document;
pub use preview::PrintPreview;
pub use root::{publishing, PublishRoot};
pub use state::{publish_dialogs, PublishDialogs};
pub use verify::VerifyDialog;
