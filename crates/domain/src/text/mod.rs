//! Reading the narrative: the numbers a report quotes next to their keywords, as quantities the
//! text checks compare with the tables.

mod charset;
mod keywords;
mod numerals;
mod quantity;
mod scan;
mod stream;
mod tokens;

#[cfg(test)]
mod patterns;
#[cfg(test)]
mod tests;

pub use charset::CharSet;
pub use keywords::{Keyword, Role, Side, KEYWORDS};
pub use numerals::{read_number, Fixed, Num, Unit};
pub use quantity::{AppealColumn, AppealGroup, DocColumn, DocRow, Outcome, Quantity};
pub use scan::{read, scan, Mention, Reading, Value};
pub use stream::{is_space, Filtered};
