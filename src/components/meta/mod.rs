//! The report's metadata fields.

mod format_offer;
mod meta_form;

pub use format_offer::{kept_format, FormatOffer, KeptFormat, FORMAT_OFFER_ROOT_ID};
pub use meta_form::MetaForm;
