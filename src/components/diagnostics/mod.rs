//! Diagnostics in the form: marks at the fields, the panel (and its badge on narrow pages),
//! acknowledging warnings.

mod acknowledge;
mod badge;
mod cell_marker;
mod fixes;
mod panel;
mod progress;
mod unchecked;

pub use acknowledge::Acknowledge;
pub use badge::{checks_drawer, ChecksBadge, ChecksDrawer};
pub use cell_marker::{
    focus_fixes, is_fix_key, place_state, CellMarker, Line, Presentation, Revealed, FIX_KEYS,
};
pub use panel::DiagnosticsPanel;
pub use unchecked::UncheckedFigures;
