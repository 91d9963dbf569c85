//! Importing what the app hands over — a file picked or dropped on the page, or text pasted into
//! the paste dialog: our JSON restored exactly as exported, anything else through the importer
//! module (`window.drImport`, loaded on the first import); the report opens in the app as a new
//! draft (through `window.drApp`), marked as imported with its summary shown. Errors are
//! Chinese, shown beside the import buttons (`super::controls`).

use disclosure_report::components::drafts::words::display_name;
use disclosure_report::components::io::{
    import_via_module, importer_loaded, read_report_file, restore_json, ImportInput,
    LOADING_IMPORTER,
};
use leptos::prelude::*;
use report_domain::Report;

use crate::bridge;
use crate::focus::Opener;

/// What the import shows beside the import buttons.
#[derive(Clone, Copy)]
pub struct ImportUi {
    /// The last import error (Chinese).
    pub error: RwSignal<Option<String>>,
    /// Whether the paste dialog is open.
    pub paste_open: RwSignal<bool>,
    /// The paste dialog's text (kept while it is closed — by 取消 or Escape too, so a long paste
    /// is not lost — and after a failed import; for the page's life).
    pub pasted: RwSignal<String>,
    /// What is under way (the importer loading, a PDF read).
    pub busy: RwSignal<Option<&'static str>>,
    /// Where the focus was when the paste dialog opened (粘贴文本导入): it goes back there.
    opener: Opener,
}

impl ImportUi {
    /// A new, quiet state (in the current reactive owner).
    pub fn new() -> ImportUi {
        ImportUi {
            error: RwSignal::new(None),
            paste_open: RwSignal::new(false),
            pasted: RwSignal::new(String::new()),
            busy: RwSignal::new(None),
            opener: Opener::new(),
        }
    }

    /// Opens the paste dialog, noting the button that opened it.
    pub fn open_paste(&self) {
        self.opener.open(self.paste_open);
    }

    /// Closes the paste dialog (its text is kept) and gives the focus back to the button that
    /// opened it.
    pub fn close_paste(&self) {
        self.opener.close(self.paste_open);
    }

    fn finish(&self, result: Result<(Report, bool), String>) {
        self.busy.set(None);
        let Some(drafts) = bridge::use_drafts() else {
            return;
        };
        match result {
            Ok((report, imported)) => {
                self.error.set(None);
                self.close_paste();
                let name = if imported {
                    imported_name(&report)
                } else {
                    String::new()
                };
                let who = display_name("", &report.meta.agency, report.meta.year);
                drafts.open_new(report, name, imported, None);
                bridge::set_import_summary_open(imported);
                bridge::announce(&if imported {
                    format!("已导入“{who}”，并作为新草稿打开；请查看导入摘要")
                } else {
                    format!("已从 JSON 文件导入“{who}”，并作为新草稿打开")
                });
            }
            Err(m) => {
                // The status line no longer says a file is being read.
                bridge::announce("导入失败：请查看提示");
                self.error.set(Some(m));
            }
        }
    }

    /// Says what is under way while the importer loads (only the first time) or a PDF is read.
    fn announce_start(&self, pdf: bool) {
        let what = if !importer_loaded() {
            Some(LOADING_IMPORTER)
        } else if pdf {
            Some("正在读取 PDF 文件…")
        } else {
            None
        };
        self.busy.set(what);
        if let Some(w) = what {
            bridge::announce(w);
        }
    }

    /// Imports pasted text: our JSON here, anything else through the importer module.
    pub fn import_text(&self, text: &str) {
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
    pub fn import_file(&self, file: web_sys::File) {
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
