//! The consistency rules of the official format, one family per file, each rule found by its code.

mod blanks;
mod block;
mod context;
mod cross_year;
mod labels;
mod publication;
mod registry;
mod structure;
mod sum;
mod table3_arith;
mod table4_arith;
mod values;

pub use block::Block;
pub use context::Context;
pub use publication::parse_date;
pub use registry::{rule, validate, RuleDef, RULES};
