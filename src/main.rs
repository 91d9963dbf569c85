use disclosure_report::{app::App, panic_banner, shell};

fn main() {
    panic_banner::install();
    // The static outline index.html shows while the wasm loads; same task as the mount, so no
    // frame is painted in between.
    shell::remove();
    leptos::mount::mount_to_body(App);
    // The first render is synchronous: the app is in the DOM now.
    // End-to-end tests wait for this marker (see tests/e2e/helpers.mjs).
    panic_banner::mark_ready();
}
