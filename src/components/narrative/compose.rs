//! The 生成 buttons of a narrative part: each writes the standard sentence of a topic from the
//! current tables (`report_domain::compose`) over the sentence that already states those
//! figures, else at the cursor, as one undo step. Shown only in the parts that offer a topic.

use leptos::prelude::*;
use report_domain::compose::{write_sentence, Topic};

use crate::store::use_store;

/// The buttons for the topics a part offers, and where a refusal is said.
#[component]
pub fn ComposeButtons(
    /// The part key.
    part: &'static str,
    /// The part's text area (for the cursor, and to put it after the sentence).
    area: NodeRef<leptos::html::Textarea>,
) -> impl IntoView {
    let store = use_store();
    let topics: Vec<Topic> = Topic::offered_in(part).collect();
    if topics.is_empty() {
        return None;
    }
    let (status, set_status) = signal(String::new());
    let status_id = format!("compose-status-{part}");
    let buttons = topics
        .into_iter()
        .map(|topic| {
            let write = move |_| {
                let el = area.get_untracked();
                // The cursor only counts when the user was in the text area: a click on the
                // button moved the focus, but the selection stays where it was.
                let cursor = el
                    .as_ref()
                    .and_then(|el| el.selection_start().ok().flatten())
                    .map(|c| c as usize);
                let written = write_sentence(&store.report_untracked(), part, topic, cursor);
                match written.and_then(|(text, caret)| {
                    store.replace_text(part, &text).map(|()| (text, caret))
                }) {
                    Ok((text, caret)) => {
                        set_status.set(String::new());
                        if let Some(el) = el {
                            // The store's effect sets the value on its next run; set it now so
                            // the caret lands after the sentence.
                            el.set_value(&text);
                            let caret = u32::try_from(caret).unwrap_or(u32::MAX);
                            let _ = el.set_selection_range(caret, caret);
                            let _ = el.focus();
                        }
                    }
                    Err(e) => set_status.set(e),
                }
            };
            view! {
                <button
                    type="button"
                    class="compose"
                    data-topic=topic.key()
                    title="按当前表格生成标准表述：替换正文中已有的相应句子，没有则插入到光标处"
                    on:click=write
                >
                    {format!("生成：{}", topic.label())}
                </button>
            }
        })
        .collect_view();
    let described = status_id.clone();
    Some(view! {
        <div class="compose-bar" role="group" aria-label="按表格生成语句" aria-describedby=described>
            {buttons}
            <span class="compose-status" id=status_id role="status">
                {move || status.get()}
            </span>
        </div>
    })
}
