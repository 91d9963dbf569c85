//! The report's metadata fields.

mod format_offer;
mod meta_form;

pub use format_offer::FormatOffer;
pub use meta_form::MetaForm;
