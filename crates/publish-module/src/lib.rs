//! The report as a Word file (.docx) in the official layout (GB/T 9704 page, 小标宋 title, 仿宋
//! body, 黑体/楷体 headings, "— 1 —" page numbers, the three tables with the template's merges),
//! drawn from the same blocks as the printable HTML (`report_domain::export::document_blocks`).
//! Its own WebAssembly module: the app's first load leaves it out and loads it (`dist/publish/`)
//! only when the user exports a Word file (see `index.html`'s `drPublish` loader).

#[cfg(all(feature = "bindings", target_arch = "wasm32"))]
mod bindings;
mod calls;
mod docx;
mod footer;
mod page;
mod schema_order;
mod table;
mod theme;

pub use calls::{
    fingerprint_json, render_docx_json, render_html_json, verify_code_json, verify_copy_json,
};
pub use docx::render_docx;
