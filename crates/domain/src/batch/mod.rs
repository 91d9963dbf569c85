//! Many reports at once, as a supervising office or an evaluator collects them: each checked
//! (against last year's where the collection has it), the sum of their tables by year, the
//! reports that would be counted twice in it, their findings as one list, and their figures as
//! one sheet; how each file stands (its flags, and the filters and orders over them), the roster
//! of units expected to submit, and a year's sum as the draft of the 本级政府 report.

mod draft;
mod figures;
mod figures_csv;
mod repeats;
mod review;
mod review_csv;
mod roster;
mod standing;
mod sum;
pub(crate) mod whose;

pub use figures::key_figures;
pub use figures_csv::{figures_csv, FIGURES_LEAD};
pub use repeats::{repeated, repeats, Repeat};
pub use review::{check_all, check_changed, previous_years};
pub use review_csv::{review_csv, Reviewed, REVIEW_COLUMNS};
pub use roster::{
    check_roster, roster_too_long, roster_units, unit_key, RosterCheck, MAX_ROSTER_CHARS,
};
pub use standing::{flags_of, Filter, Flag, Order, Standing, FILTERS, ORDERS};
pub use sum::{by_year, sum_reports, sums_by_year, SumError, YearSum};
