//! Panic handling: log to the console (console_error_panic_hook) and show a
//! visible Chinese error banner so that a person is never left with a frozen page.

use wasm_bindgen::JsCast;

/// Text of the banner shown when the program panics.
pub const PANIC_MESSAGE: &str =
    "页面出错了：程序遇到意外错误。您的草稿已自动保存在本浏览器中，请刷新页面后继续。";

/// `id` of the banner element (tests look for it).
pub const BANNER_ID: &str = "panic-banner";

/// Attribute set on `<body>` once the app has mounted.
pub const READY_ATTR: &str = "data-app-ready";

/// Installs the panic hook: first the console logger, then the banner.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // Synchronously, before the page dies: the next load must not loop into the panic.
        crate::storage::crash::record_active(&crate::storage::web::WebKv(
            crate::storage::web::Area::Local,
        ));
        show_banner();
    }));
}

/// Marks `<body>` with `data-app-ready="1"`.
pub fn mark_ready() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.set_attribute(READY_ATTR, "1");
    }
}

/// Inserts the error banner at the top of `<body>` (once). Never panics.
pub fn show_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(BANNER_ID).is_some() {
        return;
    }
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id(BANNER_ID);
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    // Inline style as well, in case the stylesheet did not load.
    let _ = banner.set_attribute(
        "style",
        "position:fixed;top:0;left:0;right:0;z-index:2147483647;padding:12px 16px;\
         background:#b00020;color:#fff;font-size:16px;line-height:1.5;",
    );
    banner.set_text_content(Some(PANIC_MESSAGE));
    if let Some(body) = document.body() {
        let node: &web_sys::Node = banner.unchecked_ref();
        let _ = body.insert_before(node, body.first_child().as_ref());
        let _ = body.set_attribute("data-app-panicked", "1");
    }
}
