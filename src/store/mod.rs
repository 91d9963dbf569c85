//! The form's state: one reactive store over the domain's `Report` (see [`Store`]), the edits it
//! accepts, undo history, and the diagnostics seen per place.

mod edit;
mod form_store;
mod history;
mod marks;
pub mod place;
#[cfg(test)]
mod roundtrip_tests;
mod view;

pub use edit::{
    apply, parse_year, recompute_totals, Applied, Edit, InputIssue, InputIssues, MetaEdit,
    COMPUTED_MESSAGE,
};
pub use form_store::{use_store, Load, Store};
pub use history::History;
pub use marks::{
    group, is_acknowledged, listing, marks, Counts, Finding, Group, Listing, MarkItem, Marks,
    PlaceMark,
};
pub use view::PlaceView;
