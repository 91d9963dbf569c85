//! The one storage effect: the current draft is written at most [`DEBOUNCE_MS`] after the last
//! edit, and at once when the page is hidden or left (`visibilitychange`, `pagehide`). The
//! `storage` event tells this tab early when another tab wrote its draft.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::controller::Drafts;
use crate::storage::Namespace;
use crate::store::Store;

/// Delay after the last edit before the draft is written (the product asks for ≤ 1 s).
pub const DEBOUNCE_MS: u64 = 600;

/// Provides the drafts controller for `store`, opens this tab's draft and starts autosaving.
/// The namespace is the portal's (see `embed_mount::StorageNamespace`) or the default.
pub fn install(store: Store) -> Drafts {
    let ns = crate::embed_mount::storage_namespace()
        .map(|p| Namespace::new(&p))
        .unwrap_or_default();
    let drafts = Drafts::provide(store, ns);
    // Shared by the import controls, the drop zone and the summary.
    crate::components::io::import_state();
    drafts.start();

    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let _ = store.revision();
        if !store.is_dirty() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                drafts.flush();
            },
            Duration::from_millis(DEBOUNCE_MS),
        )
        .ok();
        pending.set_value(handle);
    });

    let flush_now = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
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
    let draft_prefix = drafts.namespace().draft_prefix();
    let storage = window_event_listener_untyped("storage", move |e| {
        let Ok(e) = e.dyn_into::<web_sys::StorageEvent>() else {
            return;
        };
        let Some(key) = e.key() else {
            // localStorage.clear() in another tab: the list is stale.
            drafts.refresh_list();
            return;
        };
        let Some(id) = key.strip_prefix(&draft_prefix) else {
            return;
        };
        if untrack(|| drafts.current_id()).as_deref() == Some(id) {
            drafts.on_external_write(e.new_value());
        }
        drafts.refresh_list();
    });
    on_cleanup(move || {
        hide.remove();
        visibility.remove();
        storage.remove();
    });
    drafts
}
