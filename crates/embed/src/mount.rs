//! `mount`: the whole form inside a portal's element (the app crate's `mount_into`), driven
//! from JavaScript.

use disclosure_report::{mount_into, Embedded, MountOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{read_report, ApiError};
use crate::bindings::{json_arg, to_js};

/// The option keys `mount` accepts.
const KNOWN: &[&str] = &[
    "namespace",
    "onChange",
    "onValidate",
    "panel",
    "drafts",
    "tools",
    "offlineUrl",
    "rulesUrl",
];

/// A form mounted by [`mount_js`].
#[wasm_bindgen(js_name = MountedForm)]
pub struct MountedForm {
    inner: Embedded,
}

#[wasm_bindgen(js_class = MountedForm)]
impl MountedForm {
    /// The report as it is now (the JSON interchange object), or `null` after `unmount()`.
    pub fn report(&self) -> Result<JsValue, JsError> {
        match self.inner.report() {
            Some(r) => to_js("report", &r.to_json()),
            None => Ok(JsValue::NULL),
        }
    }

    /// Replaces the form's report (one undo step), its totals computed from its entries.
    /// Returns false after `unmount()`; otherwise true, or, when totals given differed from
    /// their entries' sums, the note the form shows of their recomputation (a string).
    pub fn load(&self, report: JsValue) -> Result<JsValue, JsError> {
        let value = json_arg("load(report)", &report)?;
        let report = read_report("load(report)", &value)?;
        Ok(match self.inner.load(report) {
            None => JsValue::FALSE,
            Some(note) if note.is_empty() => JsValue::TRUE,
            Some(note) => JsValue::from_str(&note),
        })
    }

    /// Removes the form from the element.
    pub fn unmount(&mut self) {
        self.inner.unmount();
    }
}

/// Mounts the form into `element`. Options: `namespace` (string: where drafts are kept),
/// `onChange(report)`, `onValidate(diagnostics)`, and what is drawn around the form: `panel`,
/// `drafts`, `tools` (booleans, default true) and `offlineUrl` (where "下载离线版" points;
/// without it there is no such link) and `rulesUrl` (the 规则说明 page each finding links to;
/// index.js gives the copy shipped beside this module when the portal names none).
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: JsValue, options: JsValue) -> Result<MountedForm, JsError> {
    let element: web_sys::HtmlElement = element.dyn_into().map_err(|_| {
        ApiError::new(
            "mount(element)",
            "应为页面中的 HTML 元素（如 document.getElementById(...)）",
        )
    })?;
    let options = read_options(&options)?;
    let inner = mount_into(element, options).map_err(|e| ApiError::new("mount", e))?;
    Ok(MountedForm { inner })
}

fn read_options(js: &JsValue) -> Result<MountOptions, ApiError> {
    let mut out = MountOptions::default();
    if js.is_undefined() || js.is_null() {
        return Ok(out);
    }
    if !js.is_object() || js.is_function() || js_sys::Array::is_array(js) {
        return Err(ApiError::new("mount(options)", "应为对象"));
    }
    let obj: &js_sys::Object = js.unchecked_ref();
    for key in js_sys::Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        let value =
            js_sys::Reflect::get(obj, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        let what = format!("mount(options.{key})");
        if !KNOWN.contains(&key.as_str()) {
            return Err(ApiError::new(
                "mount(options)",
                format!("未知的选项“{key}”（可用：{}）", KNOWN.join("、")),
            ));
        }
        if value.is_undefined() || value.is_null() {
            continue;
        }
        match key.as_str() {
            "namespace" => {
                let ns = value
                    .as_string()
                    .filter(|s| !s.trim().is_empty() && s.chars().count() <= 100)
                    .ok_or_else(|| ApiError::new(&what, "应为非空文字（不超过 100 个字符）"))?;
                out.namespace = Some(ns);
            }
            "panel" | "drafts" | "tools" => {
                let on = value
                    .as_bool()
                    .ok_or_else(|| ApiError::new(&what, "应为 true 或 false"))?;
                match key.as_str() {
                    "panel" => out.chrome.panel = on,
                    "drafts" => out.chrome.drafts = on,
                    _ => out.chrome.tools = on,
                }
            }
            "offlineUrl" => {
                let url = value
                    .as_string()
                    .filter(|s| !s.trim().is_empty())
                    .ok_or_else(|| ApiError::new(&what, "应为离线版文件的网址（非空文字）"))?;
                out.chrome.offline_url = Some(url);
            }
            "rulesUrl" => {
                let url = value
                    .as_string()
                    .filter(|s| !s.trim().is_empty())
                    .ok_or_else(|| ApiError::new(&what, "应为规则说明页面的网址（非空文字）"))?;
                out.chrome.rules_url = url;
            }
            "onChange" | "onValidate" => {
                let f: js_sys::Function = value
                    .dyn_into()
                    .map_err(|_| ApiError::new(&what, "应为函数"))?;
                if key == "onChange" {
                    out.on_change = Some(f);
                } else {
                    out.on_validate = Some(f);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}
