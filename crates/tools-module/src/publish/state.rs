//! The state of the print preview and 核验 dialogs.

use leptos::html::Iframe;
use leptos::prelude::*;
use report_domain::Report;

use crate::bridge;
use crate::focus::Opener;

/// Whether the preview is open, what it shows, whether its frame has loaded, a print waiting
/// for it, and whether 核验 is open.
#[derive(Clone, Copy)]
pub struct PublishDialogs {
    /// Whether the print preview is shown.
    pub open: RwSignal<bool>,
    /// Whether the frame has loaded its current document (printing earlier prints a blank page).
    pub loaded: RwSignal<bool>,
    /// A print asked for before the frame had loaded; the frame's load event runs it.
    pub print_pending: RwSignal<bool>,
    /// The preview frame.
    pub frame: NodeRef<Iframe>,
    /// The report the preview shows (the app's, read when the preview opened).
    pub report: RwSignal<Option<Report>>,
    /// Its 校验码 once the app has it (the frame waits for it, so what it prints carries the
    /// code); `Err` with the reason when there is none (plain http, and the publisher could not
    /// be loaded): the report is then shown without it.
    pub code: RwSignal<Option<Result<String, String>>>,
    /// Whether the 核验 dialog is shown.
    pub verify_open: RwSignal<bool>,
    /// Where the focus was when the preview opened (the button pressed): it goes back there.
    preview_opener: Opener,
    /// The same for 核验.
    verify_opener: Opener,
}

/// The dialogs' state (provided on first use).
pub fn publish_dialogs() -> PublishDialogs {
    use_context::<PublishDialogs>().unwrap_or_else(|| {
        let s = PublishDialogs {
            open: RwSignal::new(false),
            loaded: RwSignal::new(false),
            print_pending: RwSignal::new(false),
            frame: NodeRef::new(),
            report: RwSignal::new(None),
            code: RwSignal::new(None),
            verify_open: RwSignal::new(false),
            preview_opener: Opener::new(),
            verify_opener: Opener::new(),
        };
        provide_context(s);
        s
    })
}

impl PublishDialogs {
    /// Opens the preview (the frame loads the report), and tells the app (its button's pressed
    /// state).
    pub fn show(&self) {
        if self.preview_opener.open(self.open) {
            self.loaded.set(false);
            bridge::preview_shown(true);
        }
    }

    /// Closes the preview, drops a waiting print and gives the focus back to the button that
    /// opened it.
    pub fn close(&self) {
        self.print_pending.set(false);
        self.loaded.set(false);
        self.preview_opener.close(self.open);
        bridge::preview_shown(false);
    }

    /// Opens 核验.
    pub fn show_verify(&self) {
        self.verify_opener.open(self.verify_open);
    }

    /// Closes 核验 and gives the focus back to the button that opened it.
    pub fn close_verify(&self) {
        self.verify_opener.close(self.verify_open);
    }

    /// Prints the report — the preview frame's document, never the app page. Opens the preview
    /// first when needed and prints once the frame has loaded. Returns a Chinese message when
    /// the browser refused.
    pub fn print(&self) -> Result<(), String> {
        if self.open.get_untracked() && self.loaded.get_untracked() {
            return self.print_frame();
        }
        self.print_pending.set(true);
        self.show();
        Ok(())
    }

    /// Prints the frame's window now.
    pub fn print_frame(&self) -> Result<(), String> {
        let window = self
            .frame
            .get_untracked()
            .and_then(|f| f.content_window())
            .ok_or("打印预览尚未就绪，请稍后再试")?;
        window
            .print()
            .map_err(|_| "浏览器未能打开打印对话框".to_string())
    }
}
