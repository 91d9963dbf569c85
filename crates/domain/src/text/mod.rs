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
//!
//! Second round of shapes (a verb after its figure, 次, channels named as every channel, the
//! passive in denials): counted in instructions, which the shared machine's load does not move
//! (`valgrind --tool=callgrind` over `text::read` in a loop, setup subtracted), the reader cost
//! 235k instructions per Pingtan narrative (8 parts, 2,198 characters) before and 280k with the
//! new shapes, mostly the channel search (`rfind` of 16 words per placed figure) and the
//! matcher trying every keyword of a first character ("公开" against the six "公民…" words).
//! With `contains` first and the keywords compared only when the second character may follow
//! the first in them (`Matcher::following`): 208k (11% under the first
//! round); at the largest part (50,000 characters) 5.46M before, 6.41M, then 4.78M. The hot loop
//! of the tokenizer is 45% of what is left. Wall clock on the same machine (load 10–13 on 2
//! cores) is within the noise: `cargo bench -p report-domain --bench validate`, three alternating
//! runs, Pingtan 2021 best round main 85k, 86k, 131k reports/s, this 139k, 97k, 131k; largest
//! text median main 1.33, 0.75, 0.76 ms, this 0.73, 0.82, 0.76 ms. WebAssembly keystroke
//! (`N=60 node bench/keystroke.mjs DIST`, release builds, alternating, load 7–8): key press
//! median main 3.03 and 3.45 ms, this 3.19 and 3.47 ms — the same within the noise.

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
