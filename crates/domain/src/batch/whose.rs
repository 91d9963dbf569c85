//! Whose report it is, as a collection tells reports apart: the agency and the year.

use crate::model::Report;

/// The agency (without surrounding whitespace) and the year of a report; `None` when either is
/// missing, since nothing then says whose it is.
pub(crate) fn whose(r: &Report) -> Option<(&str, i32)> {
    let agency = r.meta.agency.trim();
    r.meta
        .year
        .filter(|_| !agency.is_empty())
        .map(|y| (agency, y))
}
