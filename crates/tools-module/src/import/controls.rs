//! What the import shows beside the app's import buttons: what is under way, the import error,
//! and the paste dialog (粘贴文本导入). Mounted into the app's element for it
//! (`IMPORT_ROOT_ID`, `super::mount`). The dialog behaves as the print preview and 核验 do: the
//! focus moves into its text box when it opens, Escape closes it, and the focus goes back to
//! 粘贴文本导入; the text typed or pasted stays for the next opening.

use disclosure_report::components::modal::modal_keys;
use leptos::prelude::*;

use super::importer::ImportUi;
use crate::focus::focus_after_redraw;

/// The busy line, the import error and the paste dialog of `ui`.
#[component]
pub fn ImportControls(ui: ImportUi) -> impl IntoView {
    let text_box = NodeRef::<leptos::html::Textarea>::new();
    modal_keys(ui.paste_open, text_box, move || ui.close_paste());
    let busy_line = move || {
        ui.busy.get().map(|b| {
            view! { <span class="import-busy" role="status" data-testid="import-busy">{b}</span> }
        })
    };
    let paste_dialog = move || {
        ui.paste_open.get().then(|| {
            view! {
                <div class="draft-dialog wide" role="dialog" aria-label="粘贴文本导入" data-testid="paste-dialog">
                    // h2: the dialog stands in the toolbar, under the page's h1 (axe: heading-order).
                    <h2>"粘贴年度报告全文导入"</h2>
                    <p class="hint">
                        "从政府网站或 PDF 中复制年度报告全文（含表格），粘贴到下面，导入后作为新草稿打开。"
                    </p>
                    <textarea rows="12" node_ref=text_box bind:value=ui.pasted data-testid="paste-text" aria-label="年度报告全文"></textarea>
                    <button
                        type="button"
                        on:click=move |_| ui.import_text(&ui.pasted.get_untracked())
                        disabled=move || ui.busy.get().is_some()
                        data-testid="paste-import"
                    >
                        "导入"
                    </button>
                    {busy_line}
                    <button type="button" on:click=move |_| ui.close_paste() data-testid="paste-cancel">
                        "取消"
                    </button>
                </div>
            }
        })
    };
    view! {
        {move || (!ui.paste_open.get()).then(busy_line)}
        {move || {
            ui.error
                .get()
                .map(|e| {
                    view! {
                        <div class="storage-banner error import-error" role="alert" data-testid="import-error">
                            <p>{e}</p>
                            <button type="button" on:click=move |_| close_error(ui)>
                                "关闭"
                            </button>
                        </div>
                    }
                })
        }}
        {paste_dialog}
    }
}

/// Closes the import error. Its 关闭 had the focus and is gone with it: the focus goes to
/// 重试导入 when a file waits for it, else to the file picker (导入文件…), so a keyboard user
/// is not dropped at the top of the page.
fn close_error(ui: ImportUi) {
    ui.error.set(None);
    focus_after_redraw(vec![
        "[data-testid=import-retry]".into(),
        "[data-testid=import-file]".into(),
    ]);
}
