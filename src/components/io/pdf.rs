//! Opening a PDF: its text runs are read by pdf.js, which the page loads only now (never on
//! first load: `window.drPdfRuns` in index.html imports `pdf/pdf-runs.js`, or in the offline
//! copy the sources inlined by scripts/build-offline.mjs), then imported by the domain.

use report_domain::import::{import_placed, ImportError, Imported, PlacedText};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Reads a PDF's text layer and imports it; `done` gets the import or the Chinese message.
pub fn import_pdf(bytes: &[u8], done: impl FnOnce(Result<Imported, ImportError>) + 'static) {
    let reader = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("drPdfRuns")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(reader) = reader else {
        done(Err(ImportError::PdfUnreadable(
            "本页面未包含 PDF 读取组件".into(),
        )));
        return;
    };
    let data = js_sys::Uint8Array::from(bytes);
    let promise = match reader.call1(&JsValue::NULL, &data) {
        Ok(p) => js_sys::Promise::resolve(&p),
        Err(e) => {
            done(Err(refusal(&e)));
            return;
        }
    };
    // One of the two callbacks runs; the other is dropped with the promise.
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let ok_done = done.clone();
    let ok = Closure::once(move |runs: JsValue| {
        if let Some(d) = ok_done.borrow_mut().take() {
            d(runs_of(&runs).and_then(|r| import_placed(&r)));
        }
    });
    let err = Closure::once(move |e: JsValue| {
        if let Some(d) = done.borrow_mut().take() {
            d(Err(refusal(&e)));
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// The runs pdf-runs.js returned, through JSON (plain objects of numbers and strings).
fn runs_of(runs: &JsValue) -> Result<Vec<PlacedText>, ImportError> {
    let json = js_sys::JSON::stringify(runs)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| ImportError::PdfUnreadable("文字读取结果无效".into()))?;
    serde_json::from_str(&json).map_err(|e| ImportError::PdfUnreadable(e.to_string()))
}

/// The importer's error for what the PDF reader threw (`code`: "encrypted" or "unreadable").
fn refusal(e: &JsValue) -> ImportError {
    let field = |k: &str| {
        js_sys::Reflect::get(e, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    if field("code") == "encrypted" {
        ImportError::PdfEncrypted
    } else {
        let message = field("message");
        ImportError::PdfUnreadable(message.chars().take(200).collect())
    }
}
