//! Importing: a file from the picker or dropped anywhere on the page (PDF, Word .docx, saved
//! page .html/.mhtml, text .txt/.md, our .json: told apart by content), or text pasted into the
//! import dialog. Our JSON is restored exactly as exported, here; text, pages, .docx and PDFs go
//! through the importer, its own WebAssembly module loaded on the first import
//! (`import_module.rs`), and open as a new draft marked as imported, with the import summary
//! shown (drawn by the tools module, loaded beside the importer: `summary.rs`). Errors are Chinese and shown in the page.

use leptos::prelude::*;
use report_domain::import::{sniff, FileKind, ImportError, MAX_FILE_BYTES};
use report_domain::Report;

use super::import_module::{
    import_via_module, importer_loaded, ImportInput, ModuleFailure, LOADING_IMPORTER,
};
use super::read_file::{file_input, first_file, read_file};
use crate::components::drafts::words::display_name;
use crate::components::drafts::{use_drafts, Drafts};
use crate::components::layout::{use_status, Status};
use crate::components::review::{prefetch_for_import, read_dropped, review_is_open};

/// The import state shared by the picker, the drop zone, the paste dialog and the summary.
#[derive(Clone, Copy)]
pub struct ImportState {
    /// The last import error (Chinese).
    pub error: RwSignal<Option<String>>,
    /// Whether the import summary is shown.
    pub summary_open: RwSignal<bool>,
    /// Whether the paste dialog is open.
    pub paste_open: RwSignal<bool>,
    /// Whether a file is being dragged over the page.
    pub dragging: RwSignal<bool>,
    /// What is under way, shown beside the import buttons (the importer loading, a PDF read).
    pub busy: RwSignal<Option<&'static str>>,
}

/// The import state (provided on first use by the drafts installer).
pub fn import_state() -> ImportState {
    use_context::<ImportState>().unwrap_or_else(|| {
        let s = ImportState {
            error: RwSignal::new(None),
            summary_open: RwSignal::new(true),
            paste_open: RwSignal::new(false),
            dragging: RwSignal::new(false),
            busy: RwSignal::new(None),
        };
        provide_context(s);
        s
    })
}

/// The name of an imported draft.
fn imported_name(r: &Report) -> String {
    let agency = if r.meta.agency.is_empty() {
        "未识别机关"
    } else {
        r.meta.agency.as_str()
    };
    match r.meta.year {
        Some(y) => format!("导入：{agency} {y}年度"),
        None => format!("导入：{agency}"),
    }
}

/// What an import needs, captured where the context is available (file reads finish later,
/// outside any reactive owner).
#[derive(Clone, Copy)]
pub struct Importer {
    state: ImportState,
    status: Status,
    drafts: Option<Drafts>,
}

impl Importer {
    /// The importer of the current component tree.
    pub fn from_context() -> Importer {
        Importer {
            state: import_state(),
            status: use_status(),
            drafts: use_drafts(),
        }
    }

    fn finish(&self, result: Result<(Report, bool), String>) {
        let state = self.state;
        state.busy.set(None);
        let Some(drafts) = self.drafts else { return };
        match result {
            Ok((report, imported)) => {
                state.error.set(None);
                state.paste_open.set(false);
                let name = if imported {
                    imported_name(&report)
                } else {
                    String::new()
                };
                let who = display_name("", &report.meta.agency, report.meta.year);
                drafts.open_new(report, name, imported, None);
                state.summary_open.set(imported);
                self.status.announce(if imported {
                    format!("已导入“{who}”，并作为新草稿打开；请查看导入摘要")
                } else {
                    format!("已从 JSON 文件导入“{who}”，并作为新草稿打开")
                });
            }
            Err(m) => {
                // The status line no longer says a file is being read.
                self.status.announce("导入失败：请查看提示".to_string());
                state.error.set(Some(m));
            }
        }
    }

    /// Says what is under way while the importer loads (only the first time) or a PDF is read,
    /// and starts loading the tools module beside it (the summary is drawn there).
    fn announce_start(&self, pdf: bool) {
        prefetch_for_import();
        let what = if !importer_loaded() {
            Some(LOADING_IMPORTER)
        } else if pdf {
            Some("正在读取 PDF 文件…")
        } else {
            None
        };
        self.state.busy.set(what);
        if let Some(w) = what {
            self.status.announce(w.to_string());
        }
    }

    /// Imports pasted text: our JSON here, anything else through the importer module.
    pub fn text(&self, text: &str) {
        if text.trim_start().starts_with('{') {
            self.finish(restore_json(text.as_bytes()).map_err(|e| e.message()));
            return;
        }
        self.announce_start(false);
        let this = *self;
        import_via_module(ImportInput::Text(text), move |r| {
            this.finish(r.map(|r| (r, true)).map_err(|f| f.message().to_string()))
        });
    }

    /// Reads a picked or dropped file and imports it (a PDF after its text layer is read).
    pub fn read(&self, file: web_sys::File) {
        let this = *self;
        // Only a hint for the status line: what the file is comes from its content.
        let is_pdf =
            file.type_() == "application/pdf" || file.name().to_lowercase().ends_with(".pdf");
        let is_json = file.name().to_lowercase().ends_with(".json");
        if !is_json {
            self.announce_start(is_pdf);
        }
        read_report_file(file, move |_, result| {
            this.finish(result.map_err(|f| f.message().to_string()))
        });
    }
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
fn restore_json(bytes: &[u8]) -> Result<(Report, bool), ImportError> {
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

/// The import buttons (file picker, paste dialog) and the import error.
#[component]
pub fn ImportControls() -> impl IntoView {
    let state = import_state();
    let importer = Importer::from_context();
    let on_file = move |e: leptos::ev::Event| {
        let Some(input) = file_input(&e) else {
            return;
        };
        if let Some(file) = first_file(input.files()) {
            importer.read(file);
        }
        // The same file can be picked again.
        input.set_value("");
    };
    let text = RwSignal::new(String::new());
    let busy_line = move || {
        state.busy.get().map(|b| {
            view! { <span class="import-busy" role="status" data-testid="import-busy">{b}</span> }
        })
    };
    let paste_dialog = move || {
        state.paste_open.get().then(|| {
            view! {
                <div class="draft-dialog wide" role="dialog" aria-label="粘贴文本导入" data-testid="paste-dialog">
                    <h3>"粘贴年度报告全文导入"</h3>
                    <p class="hint">
                        "从政府网站或 PDF 中复制年度报告全文（含表格），粘贴到下面，导入后作为新草稿打开。"
                    </p>
                    <textarea rows="12" bind:value=text data-testid="paste-text" aria-label="年度报告全文"></textarea>
                    <button
                        type="button"
                        on:click=move |_| importer.text(&text.get_untracked())
                        disabled=move || state.busy.get().is_some()
                        data-testid="paste-import"
                    >
                        "导入"
                    </button>
                    {busy_line}
                    <button type="button" on:click=move |_| state.paste_open.set(false)>
                        "取消"
                    </button>
                </div>
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
        <button type="button" on:click=move |_| state.paste_open.set(true) data-testid="paste-open">
            "粘贴文本导入"
        </button>
        {move || (!state.paste_open.get()).then(busy_line)}
        {move || {
            state
                .error
                .get()
                .map(|e| {
                    view! {
                        <div class="storage-banner error import-error" role="alert" data-testid="import-error">
                            <p>{e}</p>
                            <button type="button" on:click=move |_| state.error.set(None)>
                                "关闭"
                            </button>
                        </div>
                    }
                })
        }}
        {paste_dialog}
    }
}

/// Accepts a file dropped anywhere on the page, with an overlay while one is dragged.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = import_state();
    let importer = Importer::from_context();
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
            importer.read(file);
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
