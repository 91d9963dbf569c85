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

use std::time::Duration;

use leptos::prelude::*;
use report_domain::export::{canonical_json, code_from_digest};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::module::publish;
use super::state::PublishState;
use crate::components::layout::Status;
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
    let timer = Settle {
        pending: StoredValue::new(None),
        last_change: StoredValue::new(0.0),
        store,
        state,
    };
    Effect::new(move |_| {
        let _ = store.revision();
        timer.last_change.set_value(now_ms());
        if timer.pending.with_value(Option::is_none) {
            timer.arm(SETTLE_MS as f64);
        }
    });
    on_cleanup(move || {
        if let Some(h) = timer.pending.try_get_value().flatten() {
            h.clear();
        }
    });
}

/// A monotonic clock in ms.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// The background timer of [`keep_ready`].
#[derive(Clone, Copy)]
struct Settle {
    /// The timer set, if any.
    pending: StoredValue<Option<TimeoutHandle>>,
    /// When the report last changed ([`now_ms`]).
    last_change: StoredValue<f64>,
    store: Store,
    state: PublishState,
}

impl Settle {
    /// Sets the timer to fire in `ms`: then it computes the code, or waits again if the report
    /// changed since.
    fn arm(self, ms: f64) {
        let handle = set_timeout_with_handle(
            move || {
                // Disposed (the form unmounted): nothing to do.
                if self.pending.try_set_value(None).is_some() {
                    return;
                }
                let wait = self.last_change.get_value() + SETTLE_MS as f64 - now_ms();
                if wait >= 1.0 {
                    self.arm(wait);
                } else {
                    self.compute();
                }
            },
            Duration::from_millis(ms.max(0.0) as u64),
        )
        .ok();
        self.pending.set_value(handle);
    }

    /// Computes the current report's code by SubtleCrypto, unless it is ready already.
    fn compute(self) {
        compute(self.store, self.state, None, Box::new(|_| {}));
    }
}
