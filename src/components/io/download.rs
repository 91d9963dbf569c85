//! Downloads made in the page: a Blob, an object URL and a temporary `<a download>`.

use std::time::Duration;

use leptos::prelude::set_timeout;
use report_domain::export::report_title;
use report_domain::Report;

use crate::components::layout::Status;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file download. Returns a Chinese message when the browser refused.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    download_value(file_name, mime, &JsValue::from_str(content))
}

/// Offers `content` — a string or bytes (`Uint8Array`), as an on-demand module answered — as a
/// file download. Returns a Chinese message when the browser refused.
pub fn download_value(file_name: &str, mime: &str, content: &JsValue) -> Result<(), String> {
    let fail = |_| "浏览器未能生成下载文件".to_string();
    let parts = js_sys::Array::of1(content);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("页面不可用")?;
    let a = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "浏览器未能生成下载链接".to_string())?;
    a.set_href(&url);
    a.set_download(file_name);
    let _ = a.set_attribute("style", "display:none");
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers: give it time to start.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    Ok(())
}

/// Offers `content` as a file download and says in the status line that it was exported, or
/// why the browser refused.
pub fn download_announced(status: Status, file_name: &str, mime: &str, content: &str) {
    download_value_announced(status, file_name, mime, &JsValue::from_str(content));
}

/// [`download_value`], saying in the status line that it was exported, or why not.
pub fn download_value_announced(status: Status, file_name: &str, mime: &str, content: &JsValue) {
    match download_value(file_name, mime, content) {
        Ok(()) => status.announce(format!("已导出 {file_name}")),
        Err(e) => status.announce(e),
    }
}

/// Offers the report as our JSON file (what 导出 JSON writes and the import reads back).
/// Returns the file name, or a Chinese message when the browser refused.
pub fn download_json(r: &Report) -> Result<String, String> {
    let name = report_file_name(r, "json");
    download(&name, "application/json", &r.to_json_string())?;
    Ok(name)
}

/// [`download_json`], saying in the status line that it was exported, or why not.
pub fn export_json(r: &Report, status: Status) {
    match download_json(r) {
        Ok(name) => status.announce(format!("已导出 {name}")),
        Err(e) => status.announce(e),
    }
}

/// The type of our CSV downloads (UTF-8, with the byte-order mark inside).
pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// The file name of a report's export: its title ("<机关><年份>年政府信息公开工作年度报告") and
/// `extension`, with characters that file systems refuse replaced.
pub fn report_file_name(r: &Report, extension: &str) -> String {
    let name: String = report_title(&r.meta)
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("{name}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        let mut r = Report::for_year(2021);
        r.meta.agency = "某县商务局".into();
        assert_eq!(
            report_file_name(&r, "json"),
            "某县商务局2021年政府信息公开工作年度报告.json"
        );
        r.meta.agency = "a/b:c".into();
        r.meta.year = None;
        assert_eq!(
            report_file_name(&r, "json"),
            "a_b_c政府信息公开工作年度报告.json"
        );
    }
}
