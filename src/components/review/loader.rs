//! The loader of the review module (`window.drReview` in index.html): opening 汇总审查 from the
//! header's button, files dropped on the page while it is open, 从上年报告新建 from the draft
//! menu, the import (the paste dialog, files picked or dropped, the summary), and the elements
//! the module mounts into.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::io::{Module, LOADING_IMPORTER};
use crate::components::layout::Status;
use crate::embed_mount::StorageNamespace;
use crate::storage::crash::{read_crash, CrashMarker, Feature};
use crate::storage::web::{Area, WebKv};

/// `id` of the element the review module mounts into (its crash notice and its dialog).
pub const REVIEW_ROOT_ID: &str = "review-root";

/// The attribute of that element naming the form's storage namespace (a portal's; absent in
/// the hosted app): the review keeps its list there.
pub const NAMESPACE_ATTR: &str = "data-namespace";

/// `id` of the element in the draft menu that 从上年报告新建's dialog (in the review module) mounts
/// into, so that it drops down under the menu as the other draft dialogs do.
pub const FROM_LAST_YEAR_ROOT_ID: &str = "from-last-year-root";

/// Shown while the module loads for 从上年报告新建.
const LOADING_FROM_LAST_YEAR: &str = "正在加载从上年报告新建…";

/// Shown while the review module loads (the first 汇总审查 of the page's life).
const LOADING_REVIEW: &str = "正在加载汇总审查…";

/// The review's module.
const REVIEW: Module = Module::tools("汇总审查");

/// The same module as 从上年报告新建 names it (in its loading and failure messages).
const FROM_LAST_YEAR: Module = Module::tools("从上年报告新建");

/// Shown while the module loads for the import summary (查看导入摘要 pressed).
pub const LOADING_SUMMARY: &str = "正在加载导入摘要…";

/// The same module as the import summary names it.
const IMPORT_SUMMARY: Module = Module::tools("导入摘要");

/// The same module as the import names it (its words are the importer's: to the user, both are
/// the import).
const IMPORT_UI: Module = Module::tools("导入功能");

/// The same module as the format offer names it.
const FORMAT_OFFER: Module = Module::tools("表格格式转换");

/// The element the review mounts into; placed where its crash notice belongs (the top of the
/// page; the dialog itself is fixed over the page).
#[component]
pub fn ReviewMount() -> impl IntoView {
    let namespace = use_context::<StorageNamespace>().map(|n| n.0);
    view! { <div id=REVIEW_ROOT_ID data-namespace=namespace></div> }
}

/// Opens 汇总审查, loading its module first when needed; a module that cannot be loaded is
/// said in the status line.
pub fn open_review(status: Status) {
    call_announced(REVIEW, status, "open", LOADING_REVIEW);
}

/// Opens 从上年报告新建's dialog (the module's, mounted under the draft menu), loading the module
/// first when needed; a module that cannot be loaded is said in the status line.
pub fn open_from_last_year(status: Status) {
    call_announced(
        FROM_LAST_YEAR,
        status,
        "fromLastYear",
        LOADING_FROM_LAST_YEAR,
    );
}

/// Calls the module's `method`, saying `loading` while the module loads and why it failed.
fn call_announced(module: Module, status: Status, method: &str, loading: &'static str) {
    call_announced_with(module, status, method, &[], loading);
}

/// [`call_announced`] with arguments for `method`.
pub(crate) fn call_announced_with(
    module: Module,
    status: Status,
    method: &str,
    args: &[JsValue],
    loading: &'static str,
) {
    if !module.loaded() {
        status.announce(loading);
    }
    call_said(module, status, method, args, loading, || {});
}

/// Calls the module's `method` with `args`: `loading`, when the status line says it, is taken
/// back once the module answered; a module that cannot be loaded is said there, then `failed`
/// runs.
fn call_said(
    module: Module,
    status: Status,
    method: &str,
    args: &[JsValue],
    loading: &'static str,
    failed: impl FnOnce() + 'static,
) {
    module.call(method, args, move |answer| match answer {
        Ok(_) => {
            if status.message_untracked() == loading {
                status.announce("");
            }
        }
        Err(f) => {
            status.announce(f.message());
            failed();
        }
    });
}

/// Whether the module that draws the import summary is loaded (never loads it).
pub fn import_summary_loaded() -> bool {
    IMPORT_SUMMARY.loaded()
}

/// Has the module draw the import summary of `json` (the report as the project's JSON), or
/// close it (`None`), loading the module first when needed. Nothing is said while it loads (the
/// import has just said what it did; 查看导入摘要 says [`LOADING_SUMMARY`] itself); a module that
/// cannot be loaded is said in the status line, then `failed` runs.
pub fn show_import_summary(json: Option<String>, status: Status, failed: impl FnOnce() + 'static) {
    let arg = json.map_or(JsValue::NULL, |j| JsValue::from_str(&j));
    call_said(
        IMPORT_SUMMARY,
        status,
        "importSummary",
        &[arg],
        LOADING_SUMMARY,
        failed,
    );
}

/// Opens the paste dialog (粘贴文本导入, the module's, beside the import buttons), loading the
/// module first when needed; a module that cannot be loaded is said in the status line.
pub fn open_paste(status: Status) {
    call_announced(IMPORT_UI, status, "openPaste", LOADING_IMPORTER);
}

/// Hands a picked or dropped file to the module's import (loading the module first when
/// needed). A module that cannot be loaded is said in the status line, and `failed` gets the
/// file back, to try again.
pub fn import_file(
    file: web_sys::File,
    status: Status,
    failed: impl FnOnce(web_sys::File) + 'static,
) {
    if !IMPORT_UI.loaded() {
        status.announce(LOADING_IMPORTER);
    }
    let kept = file.clone();
    // Once loaded, the module says what it does (it may say LOADING_IMPORTER itself, for the
    // importer): nothing is taken back here.
    IMPORT_UI.call("importFile", &[file.into()], move |answer| {
        if let Err(f) = answer {
            status.announce(f.message());
            failed(kept);
        }
    });
}

/// Has the module draw the format offer for `json` (the report as the project's JSON), or hide
/// it (`None`), loading the module first when needed. A module that cannot be loaded is said in
/// the status line (the next edit tries again).
pub fn show_format_offer(json: Option<String>, status: Status) {
    let arg = json.map_or(JsValue::NULL, |j| JsValue::from_str(&j));
    call_said(FORMAT_OFFER, status, "formatOffer", &[arg], "", || {});
}

/// Starts loading the module, for the import summary, while the importer loads and reads (so
/// the summary shows with the report); a failure is said when the summary is shown.
pub fn prefetch_for_import() {
    IMPORT_SUMMARY.call("load", &[], |_| {});
}

/// After a crash while 汇总审查 was open, the review is mounted at once to show its notice (the
/// stored list is not read until the user chooses). Otherwise the module is not loaded.
pub fn mount_after_crash(status: Status) {
    let crashed = read_crash(
        &WebKv(Area::Local),
        &crate::embed_mount::storage_namespace(),
    );
    if let Ok(Some(CrashMarker {
        feature: Feature::Review,
        ..
    })) = crashed
    {
        REVIEW.call("mount", &[], move |answer| {
            if let Err(f) = answer {
                status.announce(f.message());
            }
        });
    }
}

/// Whether the 汇总审查 dialog is open (never loads the module).
pub fn review_is_open() -> bool {
    REVIEW.loaded() && REVIEW.now("isOpen", &[]).is_some_and(|v| v.is_truthy())
}

/// Hands files dropped on the page to the open review.
pub fn read_dropped(files: &web_sys::FileList) {
    let _ = REVIEW.now("readFiles", &[JsValue::from(files.clone())]);
}
