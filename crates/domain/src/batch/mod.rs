//! Many reports at once, as a supervising office collects them: the sum of their tables.

mod sum;

pub use sum::{sum_reports, SumError};
