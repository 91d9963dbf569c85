//! The one storage effect: the current draft is written at most [`DEBOUNCE_MS`] after the last
//! edit, and at once when the page is hidden or left (`visibilitychange`, `pagehide`). Closing
//! the browser fires neither, so the delay is short. Before the tab closes (`beforeunload`) the
//! draft is written, and when it still is not in storage (a conflict with another tab waits for
//! the user, storage is full or off) the browser asks whether to leave. The `storage` event
//! tells this tab early when another tab wrote its draft.

use std::time::Duration;

use leptos::prelude::*;

use super::controller::Drafts;
use crate::components::dom::on_storage_event;
use crate::store::Store;

/// Delay after the last edit before the draft is written. Closing the whole browser fires no
/// `pagehide` nor `visibilitychange`, so whatever waits here is lost then: the delay is ~100 ms
/// (issue 17; at 600 ms the last edits were lost). A write costs about a millisecond, and
/// keystrokes closer together than this still share one.
pub const DEBOUNCE_MS: u64 = 100;

/// Provides the drafts controller for `store`, opens this tab's draft and starts autosaving.
/// The namespace is the portal's (see `embed_mount::StorageNamespace`) or the default.
pub fn install(store: Store) -> Drafts {
    let drafts = Drafts::provide(store, crate::embed_mount::storage_namespace());
    // Shared by the import controls, the drop zone and the summary.
    crate::components::io::import_state();
    drafts.start();

    let timer = Timer {
        pending: StoredValue::new(None),
        last_edit: StoredValue::new(0.0),
        drafts,
    };
    Effect::new(move |_| {
        let _ = store.revision();
        if !store.is_dirty() {
            return;
        }
        // One timer per pause in typing, not one per keystroke: a keystroke only notes its
        // time, and the timer, when it fires early, waits for the rest of the delay.
        timer.last_edit.set_value(now_ms());
        if timer.pending.with_value(Option::is_none) {
            timer.arm(DEBOUNCE_MS as f64);
        }
    });

    let flush_now = move || {
        if let Some(h) = timer.pending.get_value() {
            h.clear();
            timer.pending.set_value(None);
        }
        drafts.flush();
    };
    let hide = window_event_listener_untyped("pagehide", move |_| flush_now());
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            flush_now();
        }
    });
    let before_unload = window_event_listener_untyped("beforeunload", move |e| {
        flush_now();
        if untrack(|| drafts.is_dirty()) {
            // Both, for every browser: the standard call and the legacy return value.
            e.prevent_default();
            let _ = js_sys::Reflect::set(&e, &"returnValue".into(), &"".into());
        }
    });
    let ns = drafts.namespace();
    on_storage_event(move |e| {
        let Some(key) = e.key() else {
            // localStorage.clear() in another tab: the list is stale.
            drafts.refresh_list();
            return;
        };
        let Some(id) = ns.draft_id(&key) else {
            return;
        };
        if untrack(|| drafts.current_id()).as_deref() == Some(id) {
            drafts.on_external_write(e.new_value());
        }
        drafts.refresh_list();
    });
    // A portal's unmount() disposes the form while a save may still wait: the edits are saved
    // now, and the timer is cleared so that it never fires into disposed values.
    on_cleanup(move || {
        hide.remove();
        visibility.remove();
        before_unload.remove();
        if let Some(h) = timer.pending.try_get_value().flatten() {
            h.clear();
            let _ = timer.pending.try_set_value(None);
            drafts.flush();
        }
    });
    drafts
}

/// A monotonic clock in ms (a change of the system clock must not hold the save back).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// The debounce timer of the autosave.
#[derive(Clone, Copy)]
struct Timer {
    /// The timer set, if any.
    pending: StoredValue<Option<TimeoutHandle>>,
    /// When the report last changed ([`now_ms`]).
    last_edit: StoredValue<f64>,
    drafts: Drafts,
}

impl Timer {
    /// Sets the timer to fire in `ms`: then it saves, or waits again if an edit came since.
    fn arm(self, ms: f64) {
        let handle = set_timeout_with_handle(
            move || {
                // Cleared on cleanup; a timer that fires anyway after disposal does nothing.
                if self.pending.try_set_value(None).is_some() {
                    return;
                }
                let wait = self.last_edit.get_value() + DEBOUNCE_MS as f64 - now_ms();
                if wait >= 1.0 {
                    self.arm(wait);
                } else {
                    self.drafts.flush();
                }
            },
            Duration::from_millis(ms.max(0.0) as u64),
        )
        .ok();
        self.pending.set_value(handle);
    }
}
