//! The format offer mounted into the app's element for it (`FORMAT_OFFER_ROOT_ID`, under the
//! metadata): the app hands over its report after every edit while the year asks for the other
//! format, and nothing once it does not.

use disclosure_report::components::meta::FORMAT_OFFER_ROOT_ID;
use leptos::prelude::*;

use super::offer::FormatOffer;
use crate::shown::{show_in, Slot};

thread_local! {
    /// The offer once mounted.
    static OFFER: Slot = const { std::cell::RefCell::new(None) };
}

/// Shows the format offer for `json` (the app's report as the project's JSON), or nothing when
/// `None`. Nothing when the page has no element for it.
pub fn show_format_offer(json: Option<String>) {
    show_in(&OFFER, FORMAT_OFFER_ROOT_ID, json, |report| {
        view! { <FormatOffer report=report /> }.into_any()
    });
}
