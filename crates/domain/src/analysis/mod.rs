//! 对标分析: indicators of each report from the indicator dictionary, their distribution over
//! a collection, the changes from last year, a risk list, the 汇总 (本级) report against the
//! sum of its members, and the outputs (CSV, the printable 对标分析报告 with its charts).

mod benchmark;
mod cells;
mod charts;
mod dictionary;
mod distribution;
mod evaluate;
mod help;
mod jumps;
mod outcomes;
mod parent;
mod report;
mod risks;
mod table;

pub use benchmark::{benchmark, Benchmark, YearDistribution};
pub use cells::resolve;
pub use charts::{
    data_table, line_title, outcome_bars, strip_plot, strip_title, year_line, Bar, Point,
};
pub use dictionary::{indicator, Cells, Formula, Indicator, Measure, INDICATORS};
pub use distribution::{
    distribution, percent_rank, percentile, Distribution, Side, OUTLIER_IQR, OUTLIER_MIN_REPORTS,
};
pub use evaluate::{indicators, number, Status, Value};
pub use help::{
    formula_text, indicator_anchor, indicator_help, indicator_helps, IndicatorHelp, BLANK_CELLS,
    INDICATORS_ANCHOR, ZERO_DENOMINATOR,
};
pub use jumps::{is_jump, jumps, Jump, JumpThresholds, JUMP_THRESHOLDS};
pub use outcomes::{outcome_counts, outcome_labels};
pub use parent::{parent_differences, CellDifference};
pub use report::{
    analysis_html, ParentCheck, ANALYSIS_CSS, ANALYSIS_TITLE, MOST_CHARTED, TREND_INDICATOR,
};
pub use risks::{risks, Risk, RiskItem, RiskKind};
pub use table::{column_heading, indicators_csv, report_name, table_head, table_rows};
