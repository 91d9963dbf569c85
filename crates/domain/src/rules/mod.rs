//! The consistency rules of the official format, one family per file, each rule found by its code.

mod blanks;
mod block;
mod claims;
mod context;
mod copy;
mod cross_year;
mod explain;
mod fixes;
mod labels;
mod narrative;
mod publication;
mod punctuation;
mod registry;
mod sections;
mod structure;
mod sum;
mod table3_arith;
mod table4_arith;
mod text_table2;
mod text_table3;
mod text_table4;
mod values;

pub use block::Block;
pub use claims::{part_is_read, read_claims, read_claims_in, reading_value, readings, ClaimRead};
pub use context::{Context, Stage};
pub use explain::{rule_entries, RuleDoc, RuleEntry, RULE_DOCS};
pub use publication::{day_number, deadline_of, parse_date, published_late, Date};
pub use punctuation::{half_width_marks, to_full_width, HalfWidthMark, MARKS};
pub use registry::{rule, validate, validate_at, RuleDef, RULES};
