//! The one storage effect: the current draft is written at most [`DEBOUNCE_MS`] after the last
//! edit, and at once when the page is hidden or left (`visibilitychange`, `pagehide`). Closing
//! the browser fires neither, so the delay is short. Before the tab closes (`beforeunload`) the
//! draft is written, and when it still is not in storage (a conflict with another tab waits for
//! the user, storage is full or off) the browser asks whether to leave. The `storage` event
//! tells this tab early when another tab wrote its draft.

use leptos::prelude::*;

use super::controller::Drafts;
use crate::components::dom::on_storage_event;
use crate::components::settle::Settle;
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

    let timer = Settle::new(DEBOUNCE_MS, move || drafts.flush());
    Effect::new(move |_| {
        let _ = store.revision();
        if !store.is_dirty() {
            return;
        }
        timer.changed();
    });

    let flush_now = move || {
        timer.cancel();
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
        if timer.cancel() {
            drafts.flush();
        }
    });
    drafts
}
