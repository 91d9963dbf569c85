//! Reading the narrative: the figures a report states, placed by the declared claim shapes of
//! [`KEYWORDS`] (with the noun lists of `keywords.rs`), as quantities the text checks
//! compare with the cells `rules::claims` maps them to. A figure no shape places is unread: it
//! is reported as such ([`Reading::unread`]), never compared. Precision first: a shape that is
//! not sure says nothing.
//!
//! The scanner is plain portable code, the same natively and in WebAssembly: one pass of the
//! tokenizer over each part (a bit test per character, [`CharSet`]). The AVX2 prefilter and the
//! selection of sentences to tokenize (a search for units and negations first) are gone: with
//! claims placed by the words of a figure's own list item the selection's windows no longer
//! held, and it did not pay in the WebAssembly keystroke benchmark: `N=100 node
//! bench/keystroke.mjs dist`, key press median, before (with selection and the prefilter) 3.26
//! and 3.33 ms, after 3.47, 3.10 and 2.99 ms (2 cores, load average 7–10: the same within the
//! noise). Natively the whole-text pass costs more (`cargo bench -p report-domain --bench
//! validate`, best round, Pingtan 2021: 227k reports/s before, 109k after), still far below
//! what a keystroke can notice.

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
pub use quantity::{AppealColumn, AppealGroup, Applicant, DocColumn, DocRow, Outcome, Quantity};
pub use scan::{ideographs, read, scan, Mention, Reading, Value};
pub use stream::{is_space, Filtered};
