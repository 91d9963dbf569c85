//! The print preview and 核验 of the tools module, against a stand-in for the app's
//! `window.drApp` (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown -p report-review --test publish_web`.
//!
//! The preview shows the report the app gives (`currentReport`) with the 校验码 it gives
//! (`currentCode`), or says why there is none; it tells the app when it is shown
//! (`previewShown`), for the button's pressed state. 核验 opens in the same element.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use disclosure_report::components::publish::PUBLISH_ROOT_ID;
use report_domain::Report;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits (up to about 2 s) until `ready` holds.
async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..200 {
        if ready() {
            return true;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    ready()
}

/// Sets `window.drApp.name` to `f`.
fn app_function(app: &js_sys::Object, name: &str, f: JsValue) {
    js_sys::Reflect::set(app, &JsValue::from_str(name), &f).unwrap();
}

/// A stand-in for the app: its report is `report`; its code `code` (`Err`: the promise is
/// rejected with that reason); what the module says of the preview is recorded in `shown`.
fn stand_in(report: &Report, code: Result<&str, &str>, shown: Rc<RefCell<Vec<bool>>>) {
    let app = js_sys::Object::new();
    let json = report.to_json_string();
    app_function(
        &app,
        "currentReport",
        Closure::<dyn Fn() -> String>::new(move || json.clone()).into_js_value(),
    );
    let answer = match code {
        Ok(c) => js_sys::Promise::resolve(&JsValue::from_str(c)),
        Err(why) => js_sys::Promise::reject(&JsValue::from_str(why)),
    };
    app_function(
        &app,
        "currentCode",
        Closure::<dyn Fn() -> js_sys::Promise>::new(move || answer.clone()).into_js_value(),
    );
    app_function(
        &app,
        "previewShown",
        Closure::<dyn Fn(bool)>::new(move |open| shown.borrow_mut().push(open)).into_js_value(),
    );
    let w = web_sys::window().unwrap();
    js_sys::Reflect::set(&w, &JsValue::from_str("drApp"), &app).unwrap();
}

fn frame() -> Option<web_sys::Element> {
    document()
        .query_selector("[data-testid=print-preview-frame]")
        .unwrap()
}

fn note() -> String {
    document()
        .query_selector("[data-testid=preview-note]")
        .unwrap()
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_preview_shows_the_apps_report_with_its_code_and_tells_the_app() {
    let mut report = Report::for_year(2021);
    report.meta.agency = "某县商务局".into();
    let shown = Rc::new(RefCell::new(Vec::new()));
    stand_in(&report, Ok("3F2A-91C0-7B4E"), shown.clone());
    let root = document().create_element("div").unwrap();
    root.set_id(PUBLISH_ROOT_ID);
    document().body().unwrap().append_child(&root).unwrap();

    report_review::publishing("preview");
    let srcdoc = || frame().and_then(|f| f.get_attribute("srcdoc"));
    assert!(until(|| srcdoc().is_some()).await, "the frame is filled");
    let doc = srcdoc().unwrap();
    assert!(doc.contains("<footer class=\"fingerprint\">校验码：3F2A-91C0-7B4E</footer>"));
    assert!(doc.contains("某县商务局2021年政府信息公开工作年度报告"));
    assert_eq!(
        frame().unwrap().get_attribute("title").as_deref(),
        Some("打印预览：某县商务局2021年政府信息公开工作年度报告")
    );
    assert_eq!(note(), "");
    assert_eq!(*shown.borrow(), vec![true]);

    report_review::publishing("closePreview");
    assert!(until(|| frame().is_none()).await, "closed");
    assert_eq!(*shown.borrow(), vec![true, false]);

    // No code (plain http, the publisher not loaded): the report without it, and why.
    stand_in(&report, Err("导出功能加载失败"), shown.clone());
    report_review::publishing("preview");
    assert!(until(|| note().starts_with("未能")).await);
    assert_eq!(
        note(),
        "未能生成校验码（导出功能加载失败），预览和打印件不带校验码"
    );
    let doc = srcdoc().expect("the report is shown all the same");
    assert!(doc.contains("一、总体情况") && !doc.contains("校验码："));
    report_review::publishing("closePreview");
    assert!(until(|| frame().is_none()).await);

    // 核验 opens in the same element.
    report_review::publishing("verify");
    assert!(
        until(|| root
            .query_selector("[data-testid=verify-dialog]")
            .unwrap()
            .is_some())
        .await
    );
    let dialog = root
        .query_selector("[data-testid=verify-dialog]")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    assert_eq!(dialog.get_attribute("aria-label").as_deref(), Some("核验"));
}
