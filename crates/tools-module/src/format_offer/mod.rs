//! The offer to convert a filled draft's tables to the format its report year requires, drawn
//! into the element the app keeps for it under the metadata.

mod mount;
mod offer;

pub use mount::show_format_offer;
pub use offer::FormatOffer;
