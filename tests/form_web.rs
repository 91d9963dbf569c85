//! Browser glue of the form (wasm-bindgen-test in headless Chromium): typing into a table cell
//! through a real `input` event updates the computed total and the diagnostics; a rejected
//! value stays in the cell, as typed, and counts in no total. Run with `cargo test --target wasm32-unknown-unknown -p
//! disclosure-report --test form_web`.
#![cfg(target_arch = "wasm32")]

use disclosure_report::components::diagnostics::DiagnosticsPanel;
use disclosure_report::components::layout::ReportForm;
use disclosure_report::store::Store;
use leptos::prelude::*;
use report_domain::Report;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn mount() -> web_sys::HtmlElement {
    let div = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&div).unwrap();
    let handle = leptos::mount::mount_to(div.clone(), || {
        Store::new(Report::for_year(2021)).provide();
        view! {
            <ReportForm />
            <DiagnosticsPanel />
        }
    });
    handle.forget();
    div
}

/// Types `text` into an input the way the browser does: set the value, fire a bubbling
/// `input` event (Leptos delegates it to the document).
fn type_into(el: &web_sys::HtmlInputElement, text: &str) {
    el.set_value(text);
    let fire = js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }))",
    );
    fire.call1(&JsValue::NULL, el).unwrap();
}

fn query(root: &web_sys::HtmlElement, sel: &str) -> web_sys::Element {
    root.query_selector(sel).unwrap().expect(sel)
}

#[wasm_bindgen_test]
async fn typing_updates_total_and_diagnostics() {
    let root = mount();
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = query(&root, r#"input[data-cell="table3.new.natural"]"#)
        .dyn_into()
        .unwrap();
    let total = query(&root, r#"output[data-cell="table3.new.total"]"#);
    assert_eq!(total.text_content().unwrap(), "");
    assert!(root
        .query_selector(r#".diag[data-code="T3-1"]"#)
        .unwrap()
        .is_none());

    type_into(&input, "３");
    leptos::task::tick().await;
    assert_eq!(total.text_content().unwrap(), "3");
    assert!(root
        .query_selector(r#".diag[data-code="T3-1"]"#)
        .unwrap()
        .is_some());
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let counts = query(&root, "[data-counts]").text_content().unwrap();
    assert!(counts.contains("个错误"), "{counts}");

    // A rejected value stays visible and is kept as typed; the old value no longer counts
    // (issue 17: the report holds what the user typed, not a number they replaced).
    type_into(&input, "abc");
    leptos::task::tick().await;
    assert_eq!(input.value(), "abc");
    assert_eq!(total.text_content().unwrap(), "");
    let td = input.closest("td").unwrap().unwrap();
    assert!(td.class_list().contains("rejected"));
    root.remove();
}
