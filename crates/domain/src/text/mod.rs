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
//! what a keystroke can notice. After the shapes that read the corpus's 30 more figures, the
//! marks in the form and the Kangxi look-alikes (noted by the tokenizer as it passes them, so
//! text without one is read in one pass as before), alternating runs on the shared machine (load
//! 9–16): key press median before 4.82 and 4.33 ms, after 3.50 and 3.58 ms; validate (native,
//! median round, Pingtan 2021) before 34k, 32k, 37k reports/s, after 27k, 25k, 18k; at the
//! largest text allowed before 0.86, 0.95, 0.86 ms, after 1.04, 0.98, 1.80 ms.

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

pub use charset::{is_cjk, CharSet};
pub use keywords::{Keyword, Role, Side, KEYWORDS};
pub use numerals::{read_number, Fixed, Num, Unit};
pub use quantity::{AppealColumn, AppealGroup, Applicant, DocColumn, DocRow, Outcome, Quantity};
pub use scan::{ideographs, read, scan, Mention, Reading, Value};
pub use stream::{is_space, Filtered};
