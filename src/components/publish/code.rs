//! The 校验码 computed in the page: the domain's canonical JSON of the report, digested by the
//! browser's own SHA-256 (SubtleCrypto) and formatted by the domain's `code_from_digest`, the
//! same function the publisher's `fingerprint` formats with, so the codes are the same. The first
//! load thus carries no SHA-256 and loads no publisher (~400 KB) to show or print a code.
//!
//! SubtleCrypto exists only in secure contexts (https, localhost, file://). On plain http (an
//! intranet portal) the code comes from the publisher module, loaded on demand as for an export.
//!
//! The current report's code is also kept ready in the background ([`keep_ready`]), so that the
//! browser's own print, which cannot wait for anything, finds it.

use leptos::prelude::*;
use report_domain::export::{canonical_json, code_from_digest};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::module::publish;
use super::state::PublishState;
use crate::components::layout::Status;
use crate::components::settle::Settle;
use crate::store::Store;

/// How long the report must stay unchanged before its code is computed in the background: a
/// pause in typing, so a keystroke never waits for the canonical JSON or the digest.
pub const SETTLE_MS: u64 = 700;

/// The SHA-256 of `bytes` by the browser's SubtleCrypto; `None` outside a secure context (no
/// `crypto.subtle` there) or if the browser refused. Reached through `Reflect` and
/// `Function::apply`, which the first load has already, rather than web-sys's typed `Crypto`
/// and `SubtleCrypto` bindings, each of which would add its own import and JS glue.
async fn subtle_sha256(bytes: &[u8]) -> Option<Vec<u8>> {
    let get = |o: &JsValue, key: &str| {
        js_sys::Reflect::get(o, &JsValue::from_str(key))
            .ok()
            .filter(|v| v.is_object() || v.is_function())
    };
    let subtle = get(&web_sys::window()?.into(), "crypto").and_then(|c| get(&c, "subtle"))?;
    let digest = get(&subtle, "digest")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args: js_sys::Array = [
        JsValue::from_str("SHA-256"),
        js_sys::Uint8Array::from(bytes).into(),
    ]
    .iter()
    .collect();
    let promise = digest.apply(&subtle, &args).ok()?;
    let buffer = JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The 校验码 of a report whose canonical JSON is `json`, by SubtleCrypto; `None` where the
/// browser has none (plain http).
pub async fn subtle_code(json: &str) -> Option<String> {
    subtle_sha256(json.as_bytes())
        .await
        .map(|d| code_from_digest(&d))
}

/// The current report's revision, untracked: the key of a computed code.
fn revision(store: Store) -> u64 {
    untrack(|| store.revision())
}

/// What gets a computed code: the caller's answer, and the status line when the publisher may
/// be loaded for it (`None` in the background: never loaded behind the user's back).
type Done = Box<dyn FnOnce(Result<String, String>)>;

/// The 校验码 of the report as it is now, for the preview and Ctrl+P: the one kept ready if it is
/// of this revision, else by SubtleCrypto, else from the publisher (loaded if needed, and said in
/// the status line). `done` gets the code or why there is none (at once when it was ready).
pub fn code_now(
    store: Store,
    state: PublishState,
    status: Status,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    compute(store, state, Some(status), Box::new(done));
}

/// The one way a code is computed (one future in the wasm for every caller): kept, SubtleCrypto,
/// then the publisher when `status` allows loading it.
fn compute(store: Store, state: PublishState, status: Option<Status>, done: Done) {
    let rev = revision(store);
    if let Some(code) = state.code_of(rev) {
        done(Ok(code));
        return;
    }
    let report = store.report_untracked();
    leptos::task::spawn_local(async move {
        if let Some(code) = subtle_code(&canonical_json(&report)).await {
            state.keep_code(rev, &code);
            done(Ok(code));
            return;
        }
        let Some(status) = status else {
            done(Err("浏览器不支持在此页面计算校验码".to_string()));
            return;
        };
        publish(status, "fingerprint", &report, &[], move |answer| {
            let code = match answer {
                Ok(v) => v
                    .as_string()
                    .ok_or_else(|| "导出功能未返回校验码".to_string()),
                Err(f) => Err(f.message().to_string()),
            };
            if let Ok(c) = &code {
                state.keep_code(rev, c);
            }
            done(code);
        });
    });
}

/// Keeps the current report's 校验码 ready for the browser's print: [`SETTLE_MS`] after the last
/// change of the report (and once at start), computed by SubtleCrypto off the keystroke's path.
/// A keystroke only notes its time; one timer per pause in typing.
///
/// Printing within that pause (or on plain http, where there is no SubtleCrypto and the
/// publisher is not loaded behind the user's back) finds no code of the current report: Ctrl+P
/// then waits for the code before printing (see `page_print`), while the browser's menu print,
/// which nothing can delay, prints the report without a code.
pub fn keep_ready(store: Store, state: PublishState) {
    // Computed by SubtleCrypto unless ready already; never loads the publisher.
    let timer = Settle::new(SETTLE_MS, move || {
        compute(store, state, None, Box::new(|_| {}));
    });
    Effect::new(move |_| {
        let _ = store.revision();
        timer.changed();
    });
    on_cleanup(move || {
        timer.cancel();
    });
}
