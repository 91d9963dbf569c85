//! 对标分析: indicators of each report from the indicator dictionary, their distribution over
//! a collection, the changes from last year, a risk list, the 汇总 (本级) report against the
//! sum of its members, and the outputs (CSV, the printable 对标分析报告 with its charts).

mod benchmark;
mod cells;
mod dictionary;
mod distribution;
mod evaluate;
mod jumps;
mod parent;
mod risks;

pub use benchmark::{benchmark, Benchmark, YearDistribution};
pub use cells::{cells_read, resolve};
pub use dictionary::{indicator, Cells, Formula, Indicator, Measure, INDICATORS};
pub use distribution::{
    distribution, percent_rank, percentile, Distribution, Side, OUTLIER_IQR, OUTLIER_MIN_REPORTS,
};
pub use evaluate::{indicators, number, Status, Value};
pub use jumps::{is_jump, jumps, Jump, JumpThresholds, JUMP_THRESHOLDS};
pub use parent::{parent_differences, CellDifference};
pub use risks::{risks, Risk, RiskItem, RiskKind};
