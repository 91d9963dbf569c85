//! Reading a picked or dropped file's bytes (FileReader), then handing them on; which file a
//! picker or a drop holds.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Reads `file` and calls `done` with its name and bytes, or with a Chinese message.
pub fn read_file(
    file: web_sys::File,
    done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) {
    let name = file.name();
    let reader = match web_sys::FileReader::new() {
        Ok(r) => r,
        Err(_) => {
            done(name, Err("浏览器无法读取文件".into()));
            return;
        }
    };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || {
        let bytes = r
            .result()
            .ok()
            .map(|v| js_sys::Uint8Array::new(&v).to_vec())
            .ok_or_else(|| "文件读取失败".to_string());
        done(name, bytes);
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    if reader.read_as_array_buffer(&file).is_err() {
        reader.set_onload(None);
    }
}

/// The file `<input>` a `change` event came from.
pub fn file_input(e: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// The first of the files picked or dropped (the others are ignored: one report at a time).
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}
