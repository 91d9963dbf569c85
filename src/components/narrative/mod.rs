//! The narrative (text) parts of the sections.

mod claims;
mod text_part;

pub use claims::ClaimMarks;
pub use text_part::TextPart;
