//! Crash containment: a panic never loops. While a feature works on stored state (the
//! 汇总审查 list being read and shown, the draft opened at start), a scope names it; the panic
//! hook writes that scope to `localStorage` (`<prefix>/crash`) before the page dies. The next
//! load reads the marker and does not read that feature's stored state on its own: the list
//! waits for the user's choice, the draft is moved to the 隔离区 and a new one opens.
//!
//! Entry (`crash_version` 1): `{ "crash_version", "feature": "review" | "draft", "draft", "at" }`.

use std::cell::RefCell;

use serde_json::{Map, Value};

use super::entry::{read, write, CrashEntry, Unreadable};
use super::error::StorageError;
use super::keys::Namespace;
use super::kv::KvStore;
use super::quarantine::{quarantine, Quarantined};

pub use super::entry::CRASH_VERSION;

/// A feature whose stored state could crash the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// The 汇总审查 dialog and its stored list.
    Review,
    /// The draft opened at start.
    Draft,
}

impl Feature {
    fn code(self) -> &'static str {
        match self {
            Feature::Review => "review",
            Feature::Draft => "draft",
        }
    }

    fn from_code(code: &str) -> Option<Feature> {
        match code {
            "review" => Some(Feature::Review),
            "draft" => Some(Feature::Draft),
            _ => None,
        }
    }
}

/// The page crashed while `feature` was working on stored state.
#[derive(Debug, Clone, PartialEq)]
pub struct CrashMarker {
    /// The feature.
    pub feature: Feature,
    /// The draft being opened, for [`Feature::Draft`].
    pub draft: Option<String>,
    /// When (ms since the epoch).
    pub at: f64,
}

/// Writes the marker.
pub fn record_crash<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    marker: &CrashMarker,
) -> Result<(), StorageError> {
    let entry = CrashEntry {
        at: marker.at,
        crash_version: CRASH_VERSION,
        draft: marker.draft.clone(),
        feature: marker.feature.code().to_string(),
    };
    kv.set(&ns.crash(), &write(&entry))
}

/// Reads the marker. One that cannot be read (damaged, or of a feature or version this code
/// does not know) names no feature: `None`.
pub fn read_crash<K: KvStore>(kv: &K, ns: &Namespace) -> Result<Option<CrashMarker>, StorageError> {
    let Some(text) = kv.get(&ns.crash())? else {
        return Ok(None);
    };
    let Ok(entry) = read::<CrashEntry>(&text) else {
        return Ok(None);
    };
    Ok(
        Feature::from_code(&entry.feature).map(|feature| CrashMarker {
            feature,
            draft: entry.draft,
            at: entry.at,
        }),
    )
}

/// Removes the marker.
pub fn clear_crash<K: KvStore>(kv: &K, ns: &Namespace) -> Result<(), StorageError> {
    kv.remove(&ns.crash())
}

/// The stored 汇总审查 entries as they are, as one JSON object (key → stored text), to download.
pub fn review_raw<K: KvStore>(kv: &K, ns: &Namespace) -> Result<String, StorageError> {
    let mut out = Map::new();
    let mut keys = kv.keys()?;
    report_domain::order::sort(&mut keys);
    for key in keys.into_iter().filter(|k| ns.review_id(k).is_some()) {
        if let Some(text) = kv.get(&key)? {
            out.insert(key, Value::String(text));
        }
    }
    serde_json::to_string_pretty(&Value::Object(out)).map_err(|e| StorageError::Unavailable {
        detail: e.to_string(),
    })
}

/// Removes every stored 汇总审查 entry; returns how many.
pub fn drop_review<K: KvStore>(kv: &K, ns: &Namespace) -> Result<usize, StorageError> {
    let keys: Vec<String> = kv
        .keys()?
        .into_iter()
        .filter(|k| ns.review_id(k).is_some())
        .collect();
    for key in &keys {
        kv.remove(key)?;
    }
    Ok(keys.len())
}

/// Moves the draft the page crashed on to the 隔离区 (never deleted). `None` when it is not
/// stored any more.
pub fn quarantine_crashed_draft<K: KvStore>(
    kv: &K,
    ns: &Namespace,
    id: &str,
    now: f64,
) -> Result<Option<Quarantined>, StorageError> {
    let key = ns.draft(id);
    let Some(raw) = kv.get(&key)? else {
        return Ok(None);
    };
    Ok(Some(quarantine(
        kv,
        ns,
        &key,
        raw,
        Unreadable::Crashed,
        now,
    )))
}

thread_local! {
    /// The feature working on stored state now, with its namespace.
    static ACTIVE: RefCell<Option<(Namespace, CrashMarker)>> = const { RefCell::new(None) };
}

/// Names `marker`'s feature as working on stored state in `ns` until [`leave`].
pub fn enter(ns: &Namespace, marker: CrashMarker) {
    ACTIVE.with(|a| {
        if let Ok(mut a) = a.try_borrow_mut() {
            *a = Some((ns.clone(), marker));
        }
    });
}

/// Ends `feature`'s scope (another feature's scope stays).
pub fn leave(feature: Feature) {
    ACTIVE.with(|a| {
        if let Ok(mut a) = a.try_borrow_mut() {
            if a.as_ref().is_some_and(|(_, m)| m.feature == feature) {
                *a = None;
            }
        }
    });
}

/// Called by the panic hook: writes the marker of the feature in scope, if any. Never panics
/// (a panic inside the hook would abort before the banner shows).
pub fn record_active<K: KvStore>(kv: &K) {
    let active = ACTIVE.with(|a| a.try_borrow().ok().and_then(|a| a.clone()));
    if let Some((ns, marker)) = active {
        let _ = record_crash(kv, &ns, &marker);
    }
}
