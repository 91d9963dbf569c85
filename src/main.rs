use disclosure_report::storage::crash::{self, Feature};
use disclosure_report::{app::App, panic_banner};

fn main() {
    panic_banner::install();
    leptos::mount::mount_to_body(App);
    // The first render is synchronous: the shell is in the DOM now.
    // End-to-end tests wait for this marker (see tests/e2e/helpers.mjs).
    panic_banner::mark_ready();
    // The draft opened at start stays named for a crash until the effects of the first render
    // have run (they run before any timer).
    leptos::prelude::set_timeout(|| crash::leave(Feature::Draft), std::time::Duration::ZERO);
}
