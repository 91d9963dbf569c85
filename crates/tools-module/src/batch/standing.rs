//! How each file of the list stands (`report_domain::batch::Standing`), worked out from the
//! list as it is: its counts with the report's acknowledgements, and whether another file is the
//! same agency's report of the same year.

use report_domain::batch::{repeated, Standing};
use report_domain::Report;

use super::state::{named_reports, Entry};

/// For each entry, its report's standing; `None` for a file that could not be read.
pub fn standings(entries: &[Entry]) -> Vec<Option<Standing>> {
    let reports: Vec<&Report> = named_reports(entries).into_iter().map(|(_, r)| r).collect();
    // One per read report, in list order, as `named_reports` gives them.
    let mut twice = repeated(&reports).into_iter();
    entries
        .iter()
        .map(|e| {
            let c = e.outcome.as_ref().ok()?;
            let counts = c.counts();
            Some(Standing::of(
                &c.report,
                counts.errors,
                counts.warnings,
                twice.next().unwrap_or(false),
                c.imported,
            ))
        })
        .collect()
}
