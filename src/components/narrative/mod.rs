//! The narrative (text) parts of the sections.

mod text_part;

pub use text_part::TextPart;
