//! Browser tests (wasm-bindgen-test in headless Chromium).
//! Run with `cargo test --target wasm32-unknown-unknown -p disclosure-report`
//! (the runner is set in .cargo/config.toml; scripts/test.sh does this).
#![cfg(target_arch = "wasm32")]

use disclosure_report::{app::App, panic_banner};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh `<div>` appended to `<body>`, to mount a component into.
fn container() -> web_sys::HtmlElement {
    let div = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn app_renders_title_and_main() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;

    let h1 = root.query_selector("h1").unwrap().expect("<h1> rendered");
    assert_eq!(h1.text_content().unwrap(), "政府信息公开工作年度报告");
    assert!(root.query_selector("main#app-main").unwrap().is_some());
}

#[wasm_bindgen_test]
fn panic_banner_is_inserted_once_and_visible() {
    panic_banner::show_banner();
    panic_banner::show_banner();
    let banners = document()
        .query_selector_all(&format!("#{}", panic_banner::BANNER_ID))
        .unwrap();
    assert_eq!(banners.length(), 1);
    let banner = document()
        .get_element_by_id(panic_banner::BANNER_ID)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner.text_content().unwrap().contains("页面出错了"));
    assert!(banner.offset_height() > 0, "banner must be visible");
    banner.remove();
}

#[wasm_bindgen_test]
fn mark_ready_sets_body_attribute() {
    panic_banner::mark_ready();
    let body = document().body().unwrap();
    assert_eq!(
        body.get_attribute(panic_banner::READY_ATTR).as_deref(),
        Some("1")
    );
}
