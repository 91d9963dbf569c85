//! Importing: a file from the picker or dropped anywhere on the page (PDF, Word .docx, saved
//! page .html/.mhtml, text .txt/.md, our .json: told apart by content), or text pasted into the
//! import dialog. The app keeps the buttons and the drop zone; what is picked or dropped is handed
//! to the tools module (`crates/tools-module/src/import/`, loaded on the first import, beside the
//! importer), which reads it — our JSON exactly, with [`restore_json`]; text, pages, .docx and
//! PDFs through the importer, its own WebAssembly module (`import_module.rs`) — opens it as a
//! new draft marked as imported, and shows the paste dialog, the errors and the import summary
//! (`summary.rs`). A tools module that cannot be loaded is said in the status line; the file is
//! kept for 重试导入.

use leptos::prelude::*;
use report_domain::import::{sniff, FileKind, ImportError, MAX_FILE_BYTES};
use report_domain::Report;

use super::import_module::{import_via_module, ImportInput, ModuleFailure};
use super::read_file::{file_input, first_file, read_file};
use crate::components::layout::{use_status, Status};
use crate::components::review::{import_file, open_paste, read_dropped, review_is_open};

/// `id` of the element beside the import buttons that the tools module draws the busy line, the
/// import error and the paste dialog into.
pub const IMPORT_ROOT_ID: &str = "import-root";

/// The import state the app keeps (the rest is the tools module's).
#[derive(Clone, Copy)]
pub struct ImportState {
    /// Whether the import summary is shown.
    pub summary_open: RwSignal<bool>,
    /// Whether a file is being dragged over the page.
    pub dragging: RwSignal<bool>,
    /// A file picked or dropped that the tools module could not take (it did not load), kept
    /// for 重试导入.
    pub pending: RwSignal<Option<web_sys::File>, LocalStorage>,
}

/// The import state (provided on first use by the drafts installer).
pub fn import_state() -> ImportState {
    use_context::<ImportState>().unwrap_or_else(|| {
        let s = ImportState {
            summary_open: RwSignal::new(true),
            dragging: RwSignal::new(false),
            pending: RwSignal::new_local(None),
        };
        provide_context(s);
        s
    })
}

/// Hands a picked or dropped file to the tools module's import; when the module cannot be
/// loaded (said in the status line), the file is kept for 重试导入.
fn hand_over(file: web_sys::File, state: ImportState, status: Status) {
    state.pending.set(None);
    import_file(file, status, move |f| state.pending.set(Some(f)));
}

/// Reads a picked or dropped file and makes it a report, by its content (not the file's name,
/// which a download or a colleague may have changed): our JSON exactly, here; a PDF through its
/// text layer (pdf.js) and anything else (a saved page, a .docx, a text) through the importer
/// module, both loaded on first use. `done` gets the file name and the report (with whether it
/// was imported from a published copy) or why not.
pub fn read_report_file(
    file: web_sys::File,
    done: impl FnOnce(String, Result<(Report, bool), ModuleFailure>) + 'static,
) {
    read_file(file, move |name, bytes| {
        let b = match bytes {
            Err(m) => return done(name, Err(ModuleFailure::Refused(m))),
            Ok(b) => b,
        };
        if b.len() > MAX_FILE_BYTES {
            let e = ImportError::TooLarge { bytes: b.len() };
            return done(name, Err(ModuleFailure::Refused(e.message())));
        }
        let input = match sniff(&b) {
            FileKind::Json => {
                let r = restore_json(&b).map_err(|e| ModuleFailure::Refused(e.message()));
                return done(name, r);
            }
            FileKind::Pdf => ImportInput::Pdf(&b),
            _ => ImportInput::Bytes(&b),
        };
        import_via_module(input, move |r| done(name, r.map(|r| (r, true))));
    });
}

/// Our own JSON: read as exported (migrated if older), so export → import gives the same report.
pub fn restore_json(bytes: &[u8]) -> Result<(Report, bool), ImportError> {
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let report = Report::from_json_str(text).map_err(ImportError::Json)?;
    let imported = report.origin.is_some();
    Ok((report, imported))
}

/// The import buttons (file picker, paste dialog), the element the tools module draws the rest
/// into, and 重试导入 while a file waits for it.
#[component]
pub fn ImportControls() -> impl IntoView {
    let state = import_state();
    let status = use_status();
    let on_file = move |e: leptos::ev::Event| {
        let Some(input) = file_input(&e) else {
            return;
        };
        if let Some(file) = first_file(input.files()) {
            hand_over(file, state, status);
        }
        // The same file can be picked again.
        input.set_value("");
    };
    let retry = move || {
        state.pending.with(Option::is_some).then(|| {
            view! {
                <button
                    type="button"
                    on:click=move |_| {
                        if let Some(file) = state.pending.get_untracked() {
                            hand_over(file, state, status);
                        }
                    }
                    data-testid="import-retry"
                >
                    "重试导入"
                </button>
            }
        })
    };
    view! {
        <label class="file-button" title="导入已发布的年度报告：PDF、Word（.docx）、网页另存的 .html / .htm / .mhtml、文本 .txt / .md，或本应用导出的 .json（按文件内容识别）">
            "导入文件…"
            <input
                type="file"
                accept=".pdf,.docx,.json,.txt,.md,.html,.htm,.mht,.mhtml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json,text/plain,text/html,text/markdown,multipart/related"
                on:change=on_file
                data-testid="import-file"
            />
        </label>
        <button type="button" on:click=move |_| open_paste(status) data-testid="paste-open">
            "粘贴文本导入"
        </button>
        {retry}
        <span id=IMPORT_ROOT_ID class="import-root"></span>
    }
}

/// Accepts a file dropped anywhere on the page, with an overlay while one is dragged.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = import_state();
    let status = use_status();
    let has_files = |e: &web_sys::DragEvent| {
        e.data_transfer().is_some_and(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = window_event_listener(leptos::ev::dragover, move |e| {
        if has_files(&e) {
            e.prevent_default();
            if !state.dragging.get_untracked() {
                state.dragging.set(true);
            }
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |e| {
        // Leaving the window (no element entered next).
        if e.related_target().is_none() {
            state.dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |e| {
        state.dragging.set(false);
        let files = e.data_transfer().and_then(|dt| dt.files());
        // While 汇总审查 is open, every dropped file goes to the review.
        if let Some(files) = files.as_ref().filter(|_| review_is_open()) {
            e.prevent_default();
            read_dropped(files);
            return;
        }
        if let Some(file) = first_file(files) {
            e.prevent_default();
            hand_over(file, state, status);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    move || {
        state.dragging.get().then(|| {
            view! {
                <div class="drop-overlay" aria-hidden="true">
                    <p>"松开鼠标即可导入（PDF、Word、网页、文本或 .json）"</p>
                </div>
            }
        })
    }
}
