//! The import UI mounted into the app's elements for it: the busy line, the import error and the
//! paste dialog beside the import buttons (`IMPORT_ROOT_ID`), and the import summary under the
//! toolbar (`IMPORT_SUMMARY_ROOT_ID`; the app hands over its report each time the import record
//! shown changes, and nothing when the summary closes). Each is mounted again when the app has
//! drawn a new element.

use std::cell::RefCell;

use disclosure_report::components::io::{IMPORT_ROOT_ID, IMPORT_SUMMARY_ROOT_ID};
use leptos::prelude::*;

use super::controls::ImportControls;
use super::importer::ImportUi;
use super::summary::ImportSummary;
use crate::focus::focus_after_redraw;
use crate::shown::{element, show_in, Slot};

thread_local! {
    /// The summary once mounted.
    static SUMMARY: Slot = const { RefCell::new(None) };
    /// The import controls once mounted, and the element they are mounted into.
    static CONTROLS: RefCell<Option<(ImportUi, web_sys::Element)>> = const { RefCell::new(None) };
}

/// Shows the import summary of `json` (the app's report as the project's JSON), or nothing when
/// `None` (the summary closed, or the report is not imported). Nothing when the page has no
/// element for it.
pub fn show_import_summary(json: Option<String>) {
    let was_shown = SUMMARY.with_borrow(|m| {
        m.as_ref()
            .filter(|(_, root)| root.is_connected())
            .is_some_and(|(shown, _)| shown.with_untracked(Option::is_some))
    });
    let opens = json.is_some() && !was_shown;
    show_in(&SUMMARY, IMPORT_SUMMARY_ROOT_ID, json, |report| {
        view! { <ImportSummary report=report /> }.into_any()
    });
    if opens {
        // Opened by 查看导入摘要, which is gone now: the focus goes to the summary (not when it
        // is elsewhere, as on 粘贴文本导入 after an import).
        focus_after_redraw(vec!["[data-testid=import-summary]".into()]);
    }
}

/// The import controls, mounted beside the app's import buttons first when needed; `None` when
/// the page has no element for them.
fn controls() -> Option<ImportUi> {
    let mounted = CONTROLS.with_borrow(|m| {
        m.as_ref()
            .filter(|(_, root)| root.is_connected())
            .map(|(ui, _)| *ui)
    });
    if mounted.is_some() {
        return mounted;
    }
    let root = element(IMPORT_ROOT_ID)?;
    let at: web_sys::Element = root.clone().into();
    // Mounted for the page's life, as the summary.
    std::mem::forget(leptos::mount::mount_to(root, move || {
        let ui = ImportUi::new();
        CONTROLS.with_borrow_mut(|m| *m = Some((ui, at)));
        view! { <ImportControls ui=ui /> }
    }));
    CONTROLS.with_borrow(|m| m.as_ref().map(|(ui, _)| *ui))
}

/// Opens the paste dialog (粘贴文本导入).
pub fn open_paste() {
    if let Some(ui) = controls() {
        ui.open_paste();
    }
}

/// Imports a file picked or dropped on the page.
pub fn import_file(file: web_sys::File) {
    if let Some(ui) = controls() {
        ui.import_file(file);
    }
}
