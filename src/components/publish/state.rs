//! The print preview's state, shared by the toolbar buttons and the preview itself.

use leptos::html::Iframe;
use leptos::prelude::*;
use report_domain::Report;

/// Whether the preview is open, whether its frame has loaded, and a print waiting for it.
#[derive(Clone, Copy)]
pub struct PublishState {
    /// Whether the print preview is shown.
    pub open: RwSignal<bool>,
    /// Whether the frame has loaded its current document (printing earlier prints a blank page).
    pub loaded: RwSignal<bool>,
    /// A print asked for before the frame had loaded; the frame's load event runs it.
    pub print_pending: RwSignal<bool>,
    /// The preview frame.
    pub frame: NodeRef<Iframe>,
    /// Whether the 核验 dialog is shown.
    pub verify_open: RwSignal<bool>,
    /// The report the preview shows and its 校验码, once computed (the preview waits for it, so
    /// what it prints carries the code). The code is `Err` with the reason when there is none
    /// (plain http, and the publisher could not be loaded): the report is shown without it.
    pub coded: RwSignal<Option<Coded>>,
    /// The last 校验码 computed (by the preview, Ctrl+P or in the background: see `code.rs`) and
    /// the store revision of the report it is of: the browser's print finds it there.
    pub code: StoredValue<Option<(u64, String)>>,
    /// The versions exported as Word or HTML in this page's life, newest last: a 校验码 typed
    /// from one of their copies is compared with the draft cell by cell.
    pub exported: StoredValue<Vec<Report>>,
}

/// A report and its 校验码 (or why it could not be computed).
#[derive(Clone, PartialEq)]
pub struct Coded {
    /// The report.
    pub report: Report,
    /// Its 校验码, or a message saying why there is none.
    pub code: Result<String, String>,
}

impl PublishState {
    /// The 校验码 of the report at store revision `revision`, if it was computed.
    pub fn code_of(&self, revision: u64) -> Option<String> {
        self.code
            .try_with_value(|c| {
                c.as_ref()
                    .filter(|(r, _)| *r == revision)
                    .map(|(_, code)| code.clone())
            })
            .flatten()
    }

    /// Remembers `code` as the 校验码 of the report at store revision `revision` (a no-op once
    /// the form is gone: a digest may answer after a portal's unmount).
    pub fn keep_code(&self, revision: u64, code: &str) {
        let _ = self.code.try_set_value(Some((revision, code.to_string())));
    }
}

/// Versions remembered for 核验 (the oldest are forgotten first).
const MAX_EXPORTED: usize = 20;

/// The publishing state (provided on first use).
pub fn publish_state() -> PublishState {
    use_context::<PublishState>().unwrap_or_else(|| {
        let s = PublishState {
            open: RwSignal::new(false),
            loaded: RwSignal::new(false),
            print_pending: RwSignal::new(false),
            frame: NodeRef::new(),
            verify_open: RwSignal::new(false),
            coded: RwSignal::new(None),
            code: StoredValue::new(None),
            exported: StoredValue::new(Vec::new()),
        };
        provide_context(s);
        s
    })
}

impl PublishState {
    /// Opens the preview (the frame loads the report).
    pub fn show(&self) {
        if !self.open.get_untracked() {
            self.loaded.set(false);
            self.open.set(true);
        }
    }

    /// Closes the preview and drops a waiting print.
    pub fn close(&self) {
        self.print_pending.set(false);
        self.loaded.set(false);
        self.open.set(false);
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

    /// Remembers a version just exported, for 核验.
    pub fn remember(&self, report: Report) {
        self.exported.update_value(|v| {
            v.retain(|r| r != &report);
            v.push(report);
            let extra = v.len().saturating_sub(MAX_EXPORTED);
            v.drain(..extra);
        });
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
