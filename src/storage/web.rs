//! The browser glue: `localStorage` / `sessionStorage` as a [`KvStore`], the clock, and random
//! ids. Thin on purpose — the logic lives in the plain modules next to it.

use wasm_bindgen::JsValue;

use super::error::StorageError;
use super::kv::KvStore;

/// Which Web Storage area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// `localStorage`: shared by every tab of the origin, kept across restarts.
    Local,
    /// `sessionStorage`: this tab only, kept across reloads.
    Session,
}

/// A Web Storage area as a [`KvStore`]. Every call looks the area up again, so storage that
/// becomes unavailable later is reported, not a panic.
#[derive(Debug, Clone, Copy)]
pub struct WebKv(pub Area);

fn js_detail(e: &JsValue) -> String {
    let name = js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let message = js_sys::Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| e.as_string().unwrap_or_default());
    format!("{name}: {message}")
}

/// Whether a thrown value is the browser's "quota exceeded" (the name differs in old Firefox).
fn is_quota(e: &JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let code = js_sys::Reflect::get(e, &JsValue::from_str("code"))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == 22.0
}

impl WebKv {
    fn storage(&self) -> Result<web_sys::Storage, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable {
            detail: "no window".into(),
        })?;
        let area = match self.0 {
            Area::Local => window.local_storage(),
            Area::Session => window.session_storage(),
        };
        match area {
            Ok(Some(s)) => Ok(s),
            Ok(None) => Err(StorageError::Unavailable {
                detail: "storage is null".into(),
            }),
            Err(e) => Err(StorageError::Unavailable {
                detail: js_detail(&e),
            }),
        }
    }
}

fn unavailable(e: JsValue) -> StorageError {
    StorageError::Unavailable {
        detail: js_detail(&e),
    }
}

impl KvStore for WebKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage()?.get_item(key).map_err(unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage()?.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                StorageError::QuotaExceeded
            } else {
                unavailable(e)
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage()?.remove_item(key).map_err(unavailable)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let s = self.storage()?;
        let n = s.length().map_err(unavailable)?;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Ok(Some(k)) = s.key(i) {
                out.push(k);
            }
        }
        Ok(out)
    }
}

/// Now, in ms since the epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// A random id: the time in base 36 and random digits (drafts and tabs).
pub fn new_id(prefix: &str) -> String {
    let t = now().max(0.0) as u64;
    let r = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}{}{}", base36(t), base36(r))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS.get((n % 36) as usize).copied().unwrap_or(b'0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Local time of day "21:30:05" of a time in ms since the epoch.
pub fn clock(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Local date and time "2025-01-20 21:30" of a time in ms since the epoch.
pub fn date_time(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
