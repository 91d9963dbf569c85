//! Root component. Placeholder shell: the UI replaces the content of `<main>`.

use leptos::prelude::*;

/// Title of the report, shown in `<h1>` (and in `<title>` in index.html).
pub const TITLE: &str = "政府信息公开工作年度报告";

#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="app-header">
            <h1>{TITLE}</h1>
        </header>
        <main id="app-main">
            <p class="placeholder">"正在建设中。"</p>
        </main>
    }
}
