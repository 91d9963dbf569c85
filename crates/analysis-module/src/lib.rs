//! The 对标分析 of many reports as its own WebAssembly module: the app's first load leaves it
//! out and loads it (`dist/analysis/`) only when 汇总审查 opens 对标分析 (see `index.html`'s
//! `drAnalysis` loader). The JS API (crates/embed) calls the same functions.

#[cfg(all(feature = "bindings", target_arch = "wasm32"))]
mod bindings;
mod calls;
mod warm;

pub use calls::{analyze_json, benchmark_value, indicators_value};
pub use warm::{warm_request, warm_up};
