//! The consistency rules of the official format, one family per file, each rule found by its code.

mod context;
mod registry;
mod table3_arith;

pub use context::Context;
pub use registry::{rule, validate, RuleDef, RULES};
