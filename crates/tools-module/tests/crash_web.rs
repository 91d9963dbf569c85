//! Crash containment of 汇总审查 with a **real** panic (wasm-bindgen-test in headless Chromium):
//! `cargo test --target wasm32-unknown-unknown -p report-review --test crash_web`.
//!
//! The review is its own module, with the app's panic hook (`panic_banner::install`, as its
//! exports install it). A panic while it works on its stored list (`crash::enter`, as its
//! dialog does) marks 汇总审查; the next load, the app mounts the review at once
//! (`mount_after_crash`, checked in the app's `tests/crash_web.rs`), and the review shows its
//! notice without reading the list. Why a real panic here and not in the e2e test: see the
//! app's `tests/crash_web.rs` (the release build must have no way to panic on purpose).
#![cfg(target_arch = "wasm32")]

use disclosure_report::components::review::REVIEW_ROOT_ID;
use disclosure_report::panic_banner;
use disclosure_report::storage::crash::{self, CrashMarker, Feature};
use disclosure_report::storage::web::{Area, WebKv};
use disclosure_report::storage::{KvStore, Namespace};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
async fn a_real_panic_in_review_marks_it_and_the_next_mount_does_not_read_the_list() {
    let kv = WebKv(Area::Local);
    let ns = Namespace::default();
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    // A stored 汇总审查 list the next load must not read on its own.
    let list = ns.review("r1");
    kv.set(
        &list,
        r#"{"file":"a.json","order":1.0,"review_version":1,"unread":"x"}"#,
    )
    .unwrap();

    panic_banner::install();
    crash::enter(
        &ns,
        CrashMarker {
            feature: Feature::Review,
            draft: None,
            at: 42.0,
        },
    );
    // JavaScript calls into wasm, which panics: the real hook runs, then the wasm traps.
    let boom = Closure::<dyn Fn()>::new(|| panic!("a real panic while 汇总审查 is open"));
    let thrown = boom
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL)
        .expect_err("the panic traps");
    assert!(
        thrown.is_instance_of::<js_sys::WebAssembly::RuntimeError>(),
        "{thrown:?}"
    );
    assert_eq!(
        crash::read_crash(&kv, &ns).unwrap(),
        Some(CrashMarker {
            feature: Feature::Review,
            draft: None,
            at: 42.0
        })
    );
    let banner = document()
        .get_element_by_id(panic_banner::BANNER_ID)
        .expect("the panic banner");
    assert!(banner
        .text_content()
        .unwrap()
        .contains(panic_banner::PANIC_MESSAGE));
    banner.remove();
    crash::leave(Feature::Review);

    // The next load: the app's element for the review, and the review mounted into it.
    let root = document().create_element("div").unwrap();
    root.set_id(REVIEW_ROOT_ID);
    document().body().unwrap().append_child(&root).unwrap();
    assert!(report_review::mount().is_some());
    leptos::task::tick().await;
    let notice = root
        .query_selector("[data-testid=review-crash-notice]")
        .unwrap()
        .expect("the crash notice of 汇总审查");
    assert!(notice
        .text_content()
        .unwrap()
        .contains("上次打开“汇总审查”时页面出错"));
    assert!(root
        .query_selector("[data-testid=review-crash-download]")
        .unwrap()
        .is_some());
    // 汇总审查 pressed meanwhile: the dialog stays shut, the list unread.
    report_review::open();
    leptos::task::tick().await;
    assert!(!report_review::is_open());
    assert!(kv.get(&list).unwrap().is_some());
    assert!(kv
        .keys()
        .unwrap()
        .iter()
        .all(|k| ns.quarantined_from(k).is_none()));
}
