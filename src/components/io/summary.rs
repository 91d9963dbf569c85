//! Where the import summary of an imported draft goes, under the toolbar. The summary itself
//! (the notes, the deviating labels, the run-together rows to pick a split for) is drawn by the
//! tools module (`crates/tools-module/src/import/`), loaded beside the importer when an import
//! starts or when an imported draft is opened; the app keeps the element it is drawn into, hands
//! it the report whenever the import record changes, and shows 查看导入摘要 while it is closed.
//! A module that cannot be loaded is said in the status line; 查看导入摘要 then tries again.

use leptos::prelude::*;
use report_domain::format::FormatId;
use report_domain::model::ImportRecord;

use super::import::import_state;
use crate::components::layout::use_status;
use crate::components::review::{import_summary_loaded, show_import_summary, LOADING_SUMMARY};
use crate::store::use_store;

/// `id` of the element the tools module draws the import summary into.
pub const IMPORT_SUMMARY_ROOT_ID: &str = "import-summary-root";

/// The import summary's place, and 查看导入摘要 while it is closed.
#[component]
pub fn ImportSummary() -> impl IntoView {
    let store = use_store();
    let state = import_state();
    let status = use_status();
    // While closed, only whether there is an import matters: a keystroke does not wake it.
    let imported = Memo::new(move |_| store.with_report(|r| r.origin.is_some()));
    // What the open summary shows: the import record, and the format its rows are named by.
    let shown = Memo::new(move |_| -> Option<(FormatId, ImportRecord)> {
        if !(state.summary_open.get() && imported.get()) {
            return None;
        }
        store.with_report(|r| Some((r.format, r.origin.clone()?)))
    });
    // Whether the module was ever asked to show it (only then is it told to close it).
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        let open = shown.with(Option::is_some);
        if !open && !asked.get_value() {
            return;
        }
        asked.set_value(true);
        let json = open.then(|| store.report_untracked().to_json_string());
        show_import_summary(json, status, move || state.summary_open.set(false));
    });
    view! {
        <div id=IMPORT_SUMMARY_ROOT_ID></div>
        {move || {
            (imported.get() && !state.summary_open.get())
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="small"
                            on:click=move |_| {
                                if !import_summary_loaded() {
                                    status.announce(LOADING_SUMMARY);
                                }
                                state.summary_open.set(true);
                            }
                        >
                            "查看导入摘要"
                        </button>
                    }
                })
        }}
    }
}
