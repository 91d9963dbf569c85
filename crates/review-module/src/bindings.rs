//! The module's exports, as the page's loader (`index.html`, `window.drReview`) calls them.

use leptos::prelude::GetUntracked;
use wasm_bindgen::prelude::*;

use crate::root::mount as mount_root;

/// Mounts the review (once): after a crash while it was open, its notice shows.
#[wasm_bindgen]
pub fn mount() {
    mount_root();
}

/// Opens the 汇总审查 dialog (mounting the review first).
#[wasm_bindgen]
pub fn open() {
    if let Some(s) = mount_root() {
        s.show();
    }
}

/// Whether the dialog is open (a file dropped on the page then goes to the review).
#[wasm_bindgen(js_name = isOpen)]
pub fn is_open() -> bool {
    mount_root().is_some_and(|s| s.open.get_untracked())
}

/// Reads dropped files into the review.
#[wasm_bindgen(js_name = readFiles)]
pub fn read_files(files: web_sys::FileList) {
    if let Some(s) = mount_root() {
        s.read_all(&files);
    }
}
