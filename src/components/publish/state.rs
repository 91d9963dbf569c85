//! What the app keeps of publishing while the dialogs (print preview, 核验) live in the tools
//! module: the 校验码 computed last (for Ctrl+P), the versions exported (for 核验), and whether
//! the preview is shown (for its button's pressed state).

use leptos::prelude::*;
use report_domain::Report;

/// The app's publishing state (the dialogs' own state is the tools module's).
#[derive(Clone, Copy)]
pub struct PublishState {
    /// Whether the print preview (the tools module's) is shown: the module says so through
    /// `window.drApp.previewShown` (`components/review/bridge.rs`).
    pub preview_open: RwSignal<bool>,
    /// The last 校验码 computed (by the preview, Ctrl+P or in the background: see `code.rs`) and
    /// the store revision of the report it is of: the browser's print finds it there.
    pub code: StoredValue<Option<(u64, String)>>,
    /// The versions exported as Word or HTML in this page's life, newest last: a 校验码 typed
    /// from one of their copies is compared with the draft cell by cell.
    pub exported: StoredValue<Vec<Report>>,
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

    /// Remembers a version just exported, for 核验.
    pub fn remember(&self, report: Report) {
        self.exported.update_value(|v| {
            v.retain(|r| r != &report);
            v.push(report);
            let extra = v.len().saturating_sub(MAX_EXPORTED);
            v.drain(..extra);
        });
    }

    /// The versions exported, as the publisher's `verifyCode` takes them: a JSON array of
    /// reports in our JSON.
    pub fn exported_json(&self) -> String {
        self.exported.with_value(|v| {
            let reports: Vec<serde_json::Value> = v.iter().map(Report::to_json).collect();
            serde_json::Value::from(reports).to_string()
        })
    }
}

/// Versions remembered for 核验 (the oldest are forgotten first).
const MAX_EXPORTED: usize = 20;

/// The publishing state (provided on first use).
pub fn publish_state() -> PublishState {
    use_context::<PublishState>().unwrap_or_else(|| {
        let s = PublishState {
            preview_open: RwSignal::new(false),
            code: StoredValue::new(None),
            exported: StoredValue::new(Vec::new()),
        };
        provide_context(s);
        s
    })
}
