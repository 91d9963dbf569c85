//! A timer that runs an action once a burst of changes has settled: one timer per pause, not one
//! per change. A change only notes its time; the timer, when it fires early, waits for the rest.
//! The autosave and the background 校验码 both wait for a pause in typing this way.

use std::time::Duration;

use leptos::prelude::*;

/// The timer of one action, waiting `delay_ms` after the last change (`Copy`: its values live
/// in the owner it was created in).
#[derive(Clone, Copy)]
pub struct Settle {
    /// The timer set, if any.
    pending: StoredValue<Option<TimeoutHandle>>,
    /// When the last change came ([`now_ms`]).
    last_change: StoredValue<f64>,
    /// How long nothing must change before the action runs.
    delay_ms: u64,
    /// What runs then.
    action: StoredValue<Box<dyn Fn()>, LocalStorage>,
}

impl Settle {
    /// A timer that runs `action` `delay_ms` after the last [`Settle::changed`].
    pub fn new(delay_ms: u64, action: impl Fn() + 'static) -> Settle {
        Settle {
            pending: StoredValue::new(None),
            last_change: StoredValue::new(0.0),
            delay_ms,
            action: StoredValue::new_local(Box::new(action)),
        }
    }

    /// Notes a change now; sets the timer unless one is set.
    pub fn changed(self) {
        self.last_change.set_value(now_ms());
        if self.pending.with_value(Option::is_none) {
            self.arm(self.delay_ms as f64);
        }
    }

    /// Clears a waiting timer without running the action. Returns whether one was waiting.
    /// Safe after the owner is disposed (a portal's unmount): then nothing waits.
    pub fn cancel(self) -> bool {
        match self.pending.try_get_value().flatten() {
            Some(h) => {
                h.clear();
                let _ = self.pending.try_set_value(None);
                true
            }
            None => false,
        }
    }

    /// Sets the timer to fire in `ms`: then it runs the action, or waits again if a change came
    /// since.
    fn arm(self, ms: f64) {
        let handle = set_timeout_with_handle(
            move || {
                // Cleared on cleanup; a timer that fires anyway after disposal does nothing.
                if self.pending.try_set_value(None).is_some() {
                    return;
                }
                let wait = self.last_change.get_value() + self.delay_ms as f64 - now_ms();
                if wait >= 1.0 {
                    self.arm(wait);
                } else {
                    self.action.with_value(|f| f());
                }
            },
            Duration::from_millis(ms.max(0.0) as u64),
        )
        .ok();
        self.pending.set_value(handle);
    }
}

/// A monotonic clock in ms (a change of the system clock must not hold the action back).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}
