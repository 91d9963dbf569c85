//! Undo and redo stacks of whole-document snapshots. A report is a few kilobytes, so a snapshot
//! per step is simpler and safer than inverse operations; consecutive edits of the same field
//! (typing "123" into one cell, a sentence into one text part) coalesce into one step.

/// How many steps are kept; older ones are dropped.
pub const LIMIT: usize = 500;

/// Undo/redo history over snapshots of type `S`.
#[derive(Debug, Clone)]
pub struct History<S> {
    undo: Vec<S>,
    redo: Vec<S>,
    /// The coalescing key of the step still open at the top of the undo stack.
    open: Option<String>,
}

impl<S> Default for History<S> {
    fn default() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            open: None,
        }
    }
}

impl<S> History<S> {
    /// Records that an edit is about to happen. `before` is called only when a new step starts:
    /// an edit with the same `key` as the open step joins it. An edit without a key is always a
    /// step of its own. Any new step clears the redo stack.
    pub fn record(&mut self, key: Option<&str>, before: impl FnOnce() -> S) {
        if !self.joins(key) {
            self.push(key, before());
        }
    }

    /// Whether an edit with this coalescing key joins the open step (no snapshot needed).
    pub fn joins(&self, key: Option<&str>) -> bool {
        key.is_some() && self.open.as_deref() == key
    }

    /// Starts a new step whose state before was `before`.
    pub fn push(&mut self, key: Option<&str>, before: S) {
        self.undo.push(before);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.open = key.map(str::to_string);
    }

    /// Ends coalescing: the next edit starts a new step even if it has the same key
    /// (called when the user leaves a cell or text part).
    pub fn seal(&mut self) {
        self.open = None;
    }

    /// Steps back: returns the snapshot to restore and keeps `current` for redo.
    pub fn undo(&mut self, current: S) -> Option<S> {
        self.open = None;
        let prev = self.undo.pop()?;
        self.redo.push(current);
        Some(prev)
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: S) -> Option<S> {
        self.open = None;
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    /// Drops the last recorded step without restoring it (an edit that turned out to change
    /// nothing).
    pub fn discard_last(&mut self) {
        self.undo.pop();
        self.open = None;
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets everything (a different report was loaded).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coalesces_same_key_and_seals() {
        let mut h = History::default();
        let mut doc = String::new();
        for ch in ["1", "2", "3"] {
            let before = doc.clone();
            h.record(Some("cell:a"), || before);
            doc.push_str(ch);
        }
        h.seal();
        let before = doc.clone();
        h.record(Some("cell:a"), || before);
        doc.push('4');
        assert_eq!(doc, "1234");
        doc = h.undo(doc).unwrap();
        assert_eq!(doc, "123");
        doc = h.undo(doc).unwrap();
        assert_eq!(doc, "");
        assert!(h.undo(doc.clone()).is_none());
        doc = h.redo(doc).unwrap();
        assert_eq!(doc, "123");
        doc = h.redo(doc).unwrap();
        assert_eq!(doc, "1234");
        assert!(!h.can_redo());
    }

    #[test]
    fn keyless_edits_are_separate_steps_and_clear_redo() {
        let mut h = History::default();
        h.record(None, || 0);
        h.record(None, || 1);
        assert_eq!(h.undo(2), Some(1));
        assert!(h.can_redo());
        h.record(None, || 1);
        assert!(!h.can_redo());
        assert_eq!(h.undo(5), Some(1));
        assert_eq!(h.undo(1), Some(0));
        assert!(!h.can_undo());
    }

    #[test]
    fn undo_closes_the_open_step() {
        let mut h = History::default();
        h.record(Some("k"), || "a");
        assert_eq!(h.undo("b"), Some("a"));
        h.record(Some("k"), || "a2");
        assert!(h.can_undo());
        assert!(!h.can_redo());
    }

    #[test]
    fn limit_drops_oldest() {
        let mut h = History::default();
        for i in 0..(LIMIT + 10) {
            h.record(None, || i);
        }
        let mut n = 0;
        let mut cur = 0;
        while let Some(p) = h.undo(cur) {
            cur = p;
            n += 1;
        }
        assert_eq!(n, LIMIT);
        assert_eq!(cur, 10);
    }
}
