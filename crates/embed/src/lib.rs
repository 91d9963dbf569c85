//! The JavaScript API of the 政府信息公开工作年度报告 checks, for government portals and Node:
//! `validate`, `compute`, `parseReport`, `renderHtml`, `formats`, `template` over the domain
//! crate, and `mount` (the whole form inside a portal's element). Built into `dist/embed/` by
//! `scripts/post-build.sh`; `js/index.js` is the stable ES module in front of the generated glue.

pub mod api;
mod bindings;
mod mount;

pub use bindings::{
    compute_js, formats_js, parse_report_js, render_html_js, template_js, validate_js,
};
pub use mount::{mount_js, MountedForm};
