//! The narrative (text) parts of the sections.

mod claims;
mod compose;
mod last_year;
mod marks;
mod text_part;

pub use claims::{use_claims, ClaimMarks};
pub use compose::ComposeButtons;
pub use last_year::LastYearText;
pub use marks::ClaimHighlights;
pub use text_part::{part_label, TextPart};
