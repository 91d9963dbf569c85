//! 政府信息公开工作年度报告 — browser app.
//!
//! The library holds the components so that `tests/web.rs` (wasm-bindgen-test)
//! can mount them; `src/main.rs` only installs the panic hooks and mounts [`app::App`].

pub mod app;
pub mod components;
pub mod embed_mount;
pub mod offline;
pub mod panic_banner;
pub mod shell;
pub mod storage;
pub mod store;

pub use embed_mount::{chrome, mount_into, Chrome, Embedded, MountOptions, StorageNamespace};
