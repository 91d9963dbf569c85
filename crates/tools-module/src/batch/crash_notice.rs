//! The notice at the top of the page after the page crashed while 汇总审查 was open: the stored
//! list was not read, and the user chooses — download it as stored, drop it (after a
//! confirmation), or read it anyway.

use leptos::prelude::*;

use super::state::{batch_state, CRASH_NOTICE_ID};
use disclosure_report::components::drafts::words::{crash_notice, review_message};
use disclosure_report::components::io::download_announced;
use disclosure_report::components::layout::use_status;
use disclosure_report::storage::crash::Feature;

/// The notice (rendered only after such a crash, until the user chooses).
#[component]
pub fn ReviewCrashNotice() -> impl IntoView {
    let state = batch_state();
    let status = use_status();
    let confirming = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let download = move |_| match state.stored_raw() {
        Ok(raw) => download_announced(
            status,
            "汇总审查-已保存的数据.json",
            "application/json",
            &raw,
        ),
        Err(e) => problem.set(Some(review_message(&e))),
    };
    let drop = move |_| match state.drop_stored() {
        Ok(n) => {
            confirming.set(false);
            status.announce(format!("已清除浏览器中保存的 {n} 个汇总审查条目"));
        }
        Err(e) => problem.set(Some(review_message(&e))),
    };
    move || {
        state.crashed.get().then(|| {
            let choices = if confirming.get() {
                view! {
                    <p>"确定清除浏览器中保存的汇总审查列表？清除后无法恢复（可先下载）。"</p>
                    <button type="button" on:click=drop data-testid="review-crash-drop-confirm">"确定清除"</button>
                    <button type="button" on:click=move |_| confirming.set(false)>"取消"</button>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" on:click=download data-testid="review-crash-download">"下载已保存的数据"</button>
                    <button type="button" on:click=move |_| confirming.set(true) data-testid="review-crash-drop">"清除并继续"</button>
                    <button type="button" on:click=move |_| state.read_anyway() data-testid="review-crash-read">"仍然读取"</button>
                }
                .into_any()
            };
            view! {
                <div id=CRASH_NOTICE_ID class="storage-banner crash" role="alert" tabindex="-1" data-testid="review-crash-notice">
                    <p>{crash_notice(Feature::Review)}</p>
                    {move || problem.get().map(|p| view! { <p>{p}</p> })}
                    {choices}
                </div>
            }
        })
    }
}
