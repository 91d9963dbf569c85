//! Crash containment with a **real** panic (wasm-bindgen-test in headless Chromium). Run with
//! `cargo test --target wasm32-unknown-unknown -p disclosure-report --test crash_web`.
//!
//! Why here and not in the e2e test: the e2e test (`tests/e2e/crash.test.mjs`) runs the release
//! build users get, which has no way to panic on purpose — and must not have one: a panic
//! trigger shipped to users (a URL flag, a hidden key, a cargo feature in the release build)
//! would be a way to kill the page. So the e2e test writes the marker as the hook would and
//! checks what the next load does with it. This test covers the other half, the hook itself:
//! it installs the app's real panic hook (`panic_banner::install`, as `main.rs` does), names a
//! feature as working on stored state (`crash::enter`, as opening a draft does), and panics
//! for real inside wasm called from JavaScript (汇总审查, its own module, has the same test in
//! `crates/tools-module/tests/crash_web.rs`; here, the app's part: it mounts the review at once
//! after a crash in it). With `panic = "abort"` the panic runs the hook
//! and then traps; the trap comes back to this test as a JavaScript exception (the instance
//! stays usable), so the test can read what the hook wrote in the real `localStorage` and then
//! mount the app as the next load would. The panic code lives in this test binary only.
//!
//! In a binary of their own: after a panic the Rust runtime of this instance counts it for
//! good (the hook still runs for the next one), which the other browser tests should not
//! inherit.
#![cfg(target_arch = "wasm32")]

use disclosure_report::app::App;
use disclosure_report::panic_banner;
use disclosure_report::storage::crash::{self, CrashMarker, Feature};
use disclosure_report::storage::web::{Area, WebKv};
use disclosure_report::storage::Namespace;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
async fn after_a_crash_in_review_the_app_mounts_the_review_at_start_and_reads_nothing() {
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
    kv_set(
        &kv,
        &list,
        r#"{"file":"a.json","order":1.0,"review_version":1,"unread":"x"}"#,
    );
    // The marker as the panic hook writes it (a real panic in the review: the module's test).
    crash::enter(
        &ns,
        CrashMarker {
            feature: Feature::Review,
            draft: None,
            at: 42.0,
        },
    );
    crash::record_active(&kv);
    crash::leave(Feature::Review);

    // The next load: 汇总审查 is its own module (crates/tools-module, whose crash_web test
    // shows its notice): the app asks the page's loader to mount it at once, and reads nothing
    // of the list itself (it is still stored as it was, and nothing was moved aside).
    js_sys::eval(
        "window.drReview = { loaded: () => false, mount: () => { window.reviewMounts = (window.reviewMounts || 0) + 1; return Promise.resolve(); } };",
    )
    .unwrap();
    let (root, handle) = load_app().await;
    leptos::task::tick().await;
    let mounts = js_sys::Reflect::get(&web_sys::window().unwrap(), &"reviewMounts".into()).unwrap();
    assert_eq!(mounts.as_f64(), Some(1.0), "the review is mounted at start");
    assert!(root
        .query_selector(&format!(
            "#{}",
            disclosure_report::components::review::REVIEW_ROOT_ID
        ))
        .unwrap()
        .is_some());
    use disclosure_report::storage::KvStore;
    assert!(kv.get(&list).unwrap().is_some());
    assert!(kv
        .keys()
        .unwrap()
        .iter()
        .all(|k| ns.quarantined_from(k).is_none()));
    drop(handle);
}

/// A real panic while a draft opened from the draft list is being shown: the hook marks that
/// draft (not the one opened at start), and the next load moves it to the 隔离区 and opens a
/// new empty draft.
#[wasm_bindgen_test]
async fn a_real_panic_while_a_draft_opened_from_the_list_is_shown_moves_it_aside_next_time() {
    use disclosure_report::storage::{DraftStore, KvStore};
    use report_domain::Report;
    let kv = WebKv(Area::Local);
    let ns = Namespace::default();
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let ds = DraftStore::new(kv, ns.clone(), "test");
    let mut first = Report::for_year(2023);
    first.meta.agency = "甲局".into();
    let mut second = Report::for_year(2023);
    second.meta.agency = "乙局".into();
    ds.create("dfirst", "", &first, false, None, 2.0).unwrap();
    ds.create("dsecond", "", &second, false, None, 1.0).unwrap();
    kv.set(&ns.last_opened(), "dfirst").unwrap();
    install_hook();

    let (root, handle) = load_app().await;
    click(&root, "[data-testid=draft-menu]");
    leptos::task::tick().await;
    // Open the second draft from the list, and panic while it is being shown.
    click(&root, "li[data-draft=dsecond] .draft-open");
    let boom = Closure::<dyn Fn()>::new(|| panic!("a real panic while a draft is shown"));
    let thrown = boom
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .call0(&JsValue::NULL);
    assert!(thrown.is_err());
    let marker = crash::read_crash(&kv, &ns).unwrap().expect("the marker");
    assert_eq!(
        (marker.feature, marker.draft.as_deref()),
        (Feature::Draft, Some("dsecond"))
    );
    drop(handle);
    root.remove();
    if let Some(b) = document().get_element_by_id(panic_banner::BANNER_ID) {
        b.remove();
    }
    crash::leave(Feature::Draft);

    // The next load.
    let (root, handle) = load_app().await;
    let notice = root
        .query_selector("[data-testid=draft-crash-notice]")
        .unwrap()
        .expect("the crash notice of the draft");
    assert!(notice
        .text_content()
        .unwrap()
        .contains("上次打开草稿时页面出错"));
    assert_eq!(kv.get(&ns.draft("dsecond")).unwrap(), None, "moved aside");
    assert!(
        kv.get(&ns.draft("dfirst")).unwrap().is_some(),
        "the other draft stays"
    );
    let kept: Vec<String> = kv
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| ns.quarantined_from(k).is_some())
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].contains("/draft/dsecond/"), "{kept:?}");
    assert_eq!(crash::read_crash(&kv, &ns).unwrap(), None);
    drop(handle);
}

/// Installs the app's panic hook, as `main.rs` does. After the other test's panic this instance
/// counts as panicking, where std refuses to set a hook: the app's is installed already then.
/// A page load: the app mounted into a new element of the document, its first tasks run.
async fn load_app() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let root = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;
    (root, handle)
}

fn install_hook() {
    if !std::thread::panicking() {
        panic_banner::install();
    }
}

/// Clicks the first element matching `selector` under `root`.
fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn kv_set(kv: &WebKv, key: &str, value: &str) {
    use disclosure_report::storage::KvStore;
    kv.set(key, value).unwrap();
}
