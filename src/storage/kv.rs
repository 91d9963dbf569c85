//! The key-value storage the drafts are written to: `localStorage` in the browser
//! (`web::LocalKv`), a map in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::error::StorageError;

/// String keys to string values, with typed failures.
pub trait KvStore {
    /// The value of a key, `None` if absent.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Writes a value (fails with `QuotaExceeded` when full).
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes a key (absent keys are fine).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// A store borrowed: the draft store and the review list can work on one store together.
impl<K: KvStore + ?Sized> KvStore for &K {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
}

/// The storage an entry takes as browsers count it against the quota: UTF-16 code units of its
/// key and its value.
pub fn entry_units(key: &str, value: &str) -> usize {
    key.encode_utf16().count() + value.encode_utf16().count()
}

/// An in-memory store with an optional quota in bytes (keys + values, UTF-16 units like the
/// browser's), for tests.
#[derive(Debug, Default)]
pub struct MemoryKv {
    /// The entries.
    pub map: RefCell<BTreeMap<String, String>>,
    /// The quota, if any.
    pub quota: Option<usize>,
    /// When true every call fails with `Unavailable`.
    pub disabled: bool,
}

impl MemoryKv {
    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| entry_units(k, v))
            .sum()
    }

    fn check(&self) -> Result<(), StorageError> {
        if self.disabled {
            Err(StorageError::Unavailable {
                detail: "disabled".into(),
            })
        } else {
            Ok(())
        }
    }
}

impl KvStore for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check()?;
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check()?;
        if let Some(q) = self.quota {
            let size = entry_units(key, value);
            if self.used_without(key) + size > q {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check()?;
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
