//! Where am I: the progress line at the head of the 检查结果 panel (cells filled, parts
//! written, findings open), the publication deadline of the report's kind with the days left,
//! and "可以发布" when nothing is left to do. All of it is `report_domain::progress`.

use leptos::prelude::*;
use report_domain::progress::Progress;

use crate::store::use_store;

/// Today's date in the browser's time zone.
fn today() -> (i64, u32, u32) {
    let d = js_sys::Date::new_0();
    (
        i64::from(d.get_full_year()),
        d.get_month() + 1,
        d.get_date(),
    )
}

/// The progress line and the deadline.
#[component]
pub fn ProgressLine() -> impl IntoView {
    let store = use_store();
    let diags = store.diagnostics();
    let progress = Memo::new(move |_| {
        diags.with(|d| store.with_report(|r| (Progress::of(r, d, today()), r.meta.kind)))
    });
    let line = move || progress.with(|(p, _)| p.line());
    let deadline = move || progress.with(|(p, kind)| p.deadline_line(*kind));
    let publishable = move || progress.with(|(p, _)| p.publishable());
    view! {
        <div class="progress" data-progress="">
            <p class="progress-line">{line}</p>
            {move || deadline().map(|d| view! { <p class="progress-deadline">{d}</p> })}
            <p
                class=move || if publishable() { "publish-state ready" } else { "publish-state" }
                data-publishable=move || publishable().to_string()
            >
                {move || if publishable() {
                    "✓ 可以发布：表格已填齐，正文已写全，没有错误，保留的提醒都已说明理由"
                } else {
                    "尚不能发布：请填齐表格、写全正文，改正错误，处理或说明每个提醒"
                }}
            </p>
        </div>
    }
}
