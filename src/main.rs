use disclosure_report::{app::App, panic_banner};

fn main() {
    panic_banner::install();
    leptos::mount::mount_to_body(App);
    // The first render is synchronous: the shell is in the DOM now.
    // End-to-end tests wait for this marker (see tests/e2e/helpers.mjs).
    panic_banner::mark_ready();
}
