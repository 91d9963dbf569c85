//! The page header: title, whose report it is, undo/redo, and the sample report.

use leptos::prelude::*;
use report_domain::Report;

use super::status::{use_status, StatusLine};
use crate::components::drafts::use_drafts;
use crate::components::review::open_review;
use crate::offline::OfflineLink;
use crate::store::{use_store, Load};

/// Title of the page: the fixed part of every report's title.
pub const TITLE: &str = report_domain::export::TITLE_SUFFIX;

/// The sample report (a county commerce bureau's 2021 report, as JSON), the domain's asset.
pub use report_domain::sample::SAMPLE_JSON;

/// The agency's name as the page shows it, or a placeholder saying it is not filled in.
pub fn agency_label(agency: &str) -> String {
    if agency.trim().is_empty() {
        "（未填写机关名称）".to_string()
    } else {
        agency.to_string()
    }
}

/// The header.
#[component]
pub fn Header() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    // 载入示例, 汇总审查 and 下载离线版 are the page's tools (a portal may leave them out).
    let tools = crate::embed_mount::chrome().tools;
    let subtitle = move || {
        store.with_meta(|m| {
            let agency = agency_label(&m.agency);
            match m.year {
                Some(y) => format!("{agency} · {y}年度"),
                None => agency,
            }
        })
    };
    // The sample opens as a draft of its own: loading it over the open draft (keeping that
    // draft's name) lost the draft's content at the next save.
    let load_sample = move |_| match Report::from_json_str(SAMPLE_JSON) {
        Ok(r) => match use_drafts() {
            Some(drafts) => {
                if drafts.open_new(r, String::new(), false, None) {
                    status.announce("已将示例报告打开为新草稿；原草稿已保存，可在“草稿”列表中打开");
                }
            }
            None => {
                store.replace_report(r, Load::Undoable);
                status.announce("已载入示例报告；按 Ctrl+Z 可撤销");
            }
        },
        Err(e) => status.announce(format!("示例无法载入：{e}")),
    };
    view! {
        <header class="app-header">
            <div class="title-block">
                <h1>{TITLE}</h1>
                <p class="subtitle">{subtitle}</p>
            </div>
            <div class="actions">
                <button
                    type="button"
                    on:click=move |_| {
                        if store.undo() {
                            status.announce("已撤销");
                        }
                    }
                    disabled=move || !store.can_undo()
                    aria-keyshortcuts="Control+Z"
                    title="撤销（Ctrl+Z）"
                >
                    "↶ 撤销"
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        if store.redo() {
                            status.announce("已重做");
                        }
                    }
                    disabled=move || !store.can_redo()
                    aria-keyshortcuts="Control+Y"
                    title="重做（Ctrl+Y）"
                >
                    "↷ 重做"
                </button>
                {tools
                    .then(|| {
                        view! {
                            <button type="button" class="sample" on:click=load_sample>
                                "载入示例（县商务局2021年报告）"
                            </button>
                            <button
                                type="button"
                                on:click=move |_| open_review(status)
                                title="逐份检查多份年度报告，并加总同一年度的表格"
                                data-testid="batch-open"
                            >
                                "汇总审查"
                            </button>
                            <OfflineLink />
                        }
                    })}
            </div>
            <StatusLine />
        </header>
    }
}
