//! One narrative part (e.g. 一's （二）依申请公开, all of section 五, or the 引言): its official
//! sub-heading and a text area, a one-step conversion of half-width punctuation (rule S-8), with the figures the text checks read marked in place behind it and listed
//! under it. Chinese typed through an IME is stored at `compositionend`, never half-way;
//! consecutive typing in one part is one undo step until the user leaves it.

use leptos::ev::Event;
use leptos::prelude::*;
use report_domain::format::{PartDef, SectionDef};
use report_domain::rules::{half_width_marks, to_full_width};

use super::{use_claims, ClaimHighlights, ClaimMarks, ComposeButtons, LastYearText};
use crate::components::diagnostics::{place_state, CellMarker, Presentation};
use crate::components::dom::outside_composition;
use crate::components::layout::use_status;
use crate::store::{place, use_store};

/// The accessible name of a part of a section: the section's heading and the part's own.
pub fn part_label(section: &SectionDef, part: &PartDef) -> String {
    match part.heading {
        Some(h) => format!("{} {}", section.heading, h),
        None => section.heading.to_string(),
    }
}

/// A narrative part (of a section, or the 引言).
#[component]
pub fn TextPart(
    /// Its accessible name ([`part_label`]; "引言").
    label: String,
    /// The part.
    part: &'static PartDef,
) -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let key = part.key;
    let place = place::narrative(key);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let composing = StoredValue::new(false);
    let state = place_state(store, &place);
    // From the part's own view, not the report: a keystroke elsewhere does not wake it.
    let text = Memo::new(move |_| state.with(|v| v.text.clone()));
    let msg_id = format!("msg-{place}");
    let marker_place = place.clone();
    let claims = use_claims(key, text);
    // The text area's scroll offset, which the layer of marks behind it follows.
    let (scroll, set_scroll) = signal(0i32);
    let heading_id = format!("part-{key}");

    Effect::new(move |_| {
        let t = text.get();
        let Some(el) = area.get() else {
            return;
        };
        if composing.get_value() || el.value() == t {
            return;
        }
        el.set_value(&t);
    });

    let commit = move || {
        if let Some(el) = area.get_untracked() {
            let _ = store.set_text(key, &el.value());
        }
    };
    let on_input = move |ev: Event| {
        if outside_composition(&ev, composing.get_value()) {
            commit();
        }
    };
    // Rule S-8's marks in this part, offered for conversion in one step.
    let half_width = Memo::new(move |_| text.with(|t| half_width_marks(t).len()));
    let to_full = move |_| {
        let t = text.get_untracked();
        let n = half_width.get_untracked();
        store.seal();
        match store.set_text(key, &to_full_width(&t)) {
            Ok(()) => {
                store.seal();
                status.announce(format!("已将 {n} 处半角标点改为全角；按 Ctrl+Z 可撤销"));
            }
            Err(e) => status.announce(e),
        }
    };
    let initial = untrack(|| text.get());
    let last_year_label = label.clone();
    let heading = part.heading.map(|h| {
        view! {
            <h3 class="part-heading" id=heading_id.clone()>
                {h}
            </h3>
        }
    });
    view! {
        <div class=move || format!("part {}", state.with(Presentation::class))>
            {heading}
            <div class="narrative-field">
            <ClaimHighlights part=key text=text claims=claims scroll=scroll />
            <textarea
                node_ref=area
                class="narrative"
                data-place=place
                aria-label=label
                aria-describedby={
                    let msg_id = msg_id.clone();
                    move || state.with(Presentation::has_message).then(|| msg_id.clone())
                }
                aria-invalid=move || state.with(Presentation::invalid).then_some("true")
                prop:value=initial
                rows="4"
                on:input=on_input
                on:compositionstart=move |_| composing.set_value(true)
                on:compositionend=move |_| {
                    composing.set_value(false);
                    commit();
                }
                on:blur=move |_| {
                    composing.set_value(false);
                    store.seal();
                }
                on:scroll=move |_| {
                    if let Some(el) = area.get_untracked() {
                        set_scroll.set(el.scroll_top());
                    }
                }
            ></textarea>
            </div>
            <LastYearText part=key label=last_year_label text=text />
            <ComposeButtons part=key area=area />
            <Show when=move || { half_width.get() > 0 }>
                <button type="button" class="link punct-fix" data-punct-fix=key on:click=to_full>
                    {move || format!("转换为全角标点（{} 处）", half_width.get())}
                </button>
            </Show>
            <CellMarker state=state id=msg_id inline=true place=marker_place />
            <ClaimMarks part=key claims=claims />
        </div>
    }
}
