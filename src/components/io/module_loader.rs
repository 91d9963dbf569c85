//! Calls into a WebAssembly module the page loads on demand (the importer, the publisher): the
//! page's loader (`window.drImport`, `window.drPublish` in index.html; in a portal, the JS API's
//! module provides them) loads the module on first use and answers with a promise.

use wasm_bindgen::{JsCast, JsValue};

/// Why a call into an on-demand module did not give its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleFailure {
    /// The module read the input and refused it: its Chinese message.
    Refused(String),
    /// The module itself could not be loaded (network, a damaged copy): a Chinese message.
    NotLoaded(String),
}

impl ModuleFailure {
    /// The message for the user.
    pub fn message(&self) -> &str {
        match self {
            ModuleFailure::Refused(m) | ModuleFailure::NotLoaded(m) => m,
        }
    }
}

/// An on-demand module: the page's global that loads it, and what the user calls it.
#[derive(Clone, Copy)]
pub struct Module {
    /// The loader's global (`drImport`).
    pub global: &'static str,
    /// The feature in messages ("导入功能").
    pub feature: &'static str,
}

impl Module {
    /// The tools module (`window.drReview`: 汇总审查, the print preview, the import UI …) as
    /// `feature` names it in its loading and failure messages.
    pub const fn tools(feature: &'static str) -> Module {
        Module {
            global: "drReview",
            feature,
        }
    }

    fn loader(&self) -> Option<JsValue> {
        let w = web_sys::window()?;
        js_sys::Reflect::get(&w, &JsValue::from_str(self.global))
            .ok()
            .filter(|v| v.is_object())
    }

    /// Whether the module is loaded already (a call then starts at once, with nothing to
    /// announce).
    pub fn loaded(&self) -> bool {
        self.now("loaded", &[]).is_some_and(|v| v.is_truthy())
    }

    /// Calls `method` of the loader at once and answers what it returned (never a promise
    /// awaited: for questions the loader answers without loading); `None` when the loader or
    /// the method is missing, or it threw.
    pub fn now(&self, method: &str, args: &[JsValue]) -> Option<JsValue> {
        let l = self.loader()?;
        let f = js_sys::Reflect::get(&l, &JsValue::from_str(method))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let args: js_sys::Array = args.iter().collect();
        f.apply(&l, &args).ok()
    }

    /// The message for a loader that failed: what did not load, and what to do.
    pub fn not_loaded(&self, detail: &str) -> ModuleFailure {
        let detail: String = detail.chars().take(200).collect();
        let feature = self.feature;
        ModuleFailure::NotLoaded(if detail.is_empty() {
            format!("{feature}加载失败：请检查网络连接后重试，或刷新页面")
        } else {
            format!("{feature}加载失败：请检查网络连接后重试，或刷新页面（{detail}）")
        })
    }

    /// What a rejected promise carries: `code` "load" when the module did not load, else the
    /// module's message.
    fn failure(&self, e: &JsValue) -> ModuleFailure {
        let field = |k: &str| {
            js_sys::Reflect::get(e, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.as_string())
        };
        let message = field("message")
            .or_else(|| e.as_string())
            .unwrap_or_default();
        if field("code").as_deref() == Some("load") {
            self.not_loaded(&message)
        } else if message.is_empty() {
            ModuleFailure::Refused(format!("{}未给出原因", self.feature))
        } else {
            ModuleFailure::Refused(message)
        }
    }

    /// Calls `method` of the loader with `args` (loading the module first when needed); `done`
    /// gets the promise's value or why not. Never panics: every outcome, a missing loader too,
    /// ends in `done`.
    pub fn call(
        &self,
        method: &str,
        args: &[JsValue],
        done: impl FnOnce(Result<JsValue, ModuleFailure>) + 'static,
    ) {
        let Some(l) = self.loader() else {
            done(Err(self.not_loaded("本页面未包含此功能的加载器")));
            return;
        };
        let f = js_sys::Reflect::get(&l, &JsValue::from_str(method))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(f) = f else {
            done(Err(self.not_loaded("加载器缺少此项功能")));
            return;
        };
        let args: js_sys::Array = args.iter().collect();
        let promise = match f.apply(&l, &args) {
            Ok(p) => js_sys::Promise::resolve(&p),
            Err(e) => {
                done(Err(self.failure(&e)));
                return;
            }
        };
        let this = *self;
        leptos::task::spawn_local(async move {
            done(
                wasm_bindgen_futures::JsFuture::from(promise)
                    .await
                    .map_err(|e| this.failure(&e)),
            );
        });
    }
}
