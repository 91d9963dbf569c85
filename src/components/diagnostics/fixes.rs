//! The quick fixes of one finding, as buttons (the domain offers them as data:
//! `Diagnostic.fixes`): each applies its edits as one undo step. A fix the user narrows first
//! ("空白填 0": the rows to fill) opens a small chooser listing its choices, all checked. If the
//! report changed since the fix was offered, the reason is said beside the buttons and nothing
//! is changed.

use leptos::prelude::*;
use report_domain::fix::Fix;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::store::use_store;

/// The fix buttons of one finding.
#[component]
pub fn FixButtons(
    /// The finding's rule code, to name it in each button's accessible name.
    code: &'static str,
    /// The fixes offered.
    fixes: Vec<Fix>,
    /// Called after a fix was applied (the buttons at a cell give the focus back to it: the
    /// finding, and with it the button, is gone).
    #[prop(optional)]
    on_applied: Option<Callback<()>>,
) -> impl IntoView {
    let store = use_store();
    let error = RwSignal::new(None::<String>);
    let apply = move |fix: &Fix| {
        let result = store.apply_fix(fix);
        let done = result.is_ok();
        error.set(result.err());
        if let (true, Some(f)) = (done, on_applied) {
            f.run(());
        }
    };
    let buttons = fixes
        .into_iter()
        .map(|fix| {
            let label = fix.label.clone();
            let data = label.clone();
            let name = format!("{label}（修正 {code}）");
            // The chooser's rows, when the fix has choices: plain DOM, opened and read at the
            // moment it is used (no reactive state per row: this sits in every cell's box).
            let rows: Vec<String> = fix.choices.iter().map(|c| c.label.clone()).collect();
            let chooses = !rows.is_empty();
            let rows = StoredValue::new(rows);
            let fix = StoredValue::new(fix);
            // The chooser is drawn on first use: a blank-cells finding puts this box in every
            // blank cell, and a fieldset of every row in each would cost the first keystroke
            // of a table thousands of elements.
            let drawn = RwSignal::new(false);
            let chooser = NodeRef::<leptos::html::Fieldset>::new();
            view! {
                <button
                    type="button"
                    class="fix"
                    data-fix=data
                    aria-label=name
                    aria-expanded=chooses.then_some("false")
                    on:click=move |e| {
                        if chooses && drawn.get_untracked() {
                            toggle_chooser(&e);
                        } else if chooses {
                            drawn.set(true);
                            if let Some(b) = e.current_target().and_then(|t| t.dyn_into::<Element>().ok()) {
                                let _ = b.set_attribute("aria-expanded", "true");
                            }
                            // Drawn once this event's effects have run: then its first row
                            // takes the focus, as when it is opened again.
                            request_animation_frame(move || {
                                if let Some(first) = chooser
                                    .get_untracked()
                                    .and_then(|c| c.query_selector("input").ok().flatten())
                                    .and_then(|i| i.dyn_into::<HtmlElement>().ok())
                                {
                                    let _ = first.focus();
                                }
                            });
                        } else {
                            fix.with_value(|f| apply(f));
                        }
                    }
                >
                    {label.clone()}
                    {chooses.then_some("…")}
                </button>
                {move || (chooses && drawn.get())
                    .then(|| {
                        view! {
                            <fieldset
                                class="fix-chooser"
                                node_ref=chooser
                                on:keydown=move |e| {
                                    if e.key() == "Escape" {
                                        e.stop_propagation();
                                        close_chooser(e.current_target());
                                    }
                                }
                            >
                                <legend>{format!("{label}：选择要填写的行")}</legend>
                                {rows
                                    .get_value()
                                    .into_iter()
                                    .map(|row| {
                                        view! {
                                            <label class="fix-choice">
                                                <input type="checkbox" checked=true />
                                                {row}
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                                <div class="fix-chooser-actions">
                                    <button
                                        type="button"
                                        class="fix-apply"
                                        on:click=move |e| {
                                            let chosen = chosen_rows(&e);
                                            if chosen.is_empty() {
                                                return;
                                            }
                                            close_chooser(chooser_of(&e).map(Into::into));
                                            fix.with_value(|f| apply(&f.narrowed(&chosen)));
                                        }
                                    >
                                        "确定"
                                    </button>
                                    <button
                                        type="button"
                                        on:click=move |e| close_chooser(chooser_of(&e).map(Into::into))
                                    >
                                        "取消"
                                    </button>
                                </div>
                            </fieldset>
                        }
                    })}
            }
        })
        .collect_view();
    view! {
        <div class="fixes" role="group" aria-label="快速修正">
            {buttons}
            {move || error.get().map(|e| view! { <span class="fix-error" role="alert">{e}</span> })}
        </div>
    }
}

/// The chooser (fieldset) an event inside it came from.
fn chooser_of(e: &web_sys::Event) -> Option<Element> {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("fieldset.fix-chooser").ok().flatten())
}

/// Opens or closes the chooser after the fix's button; opened, the focus goes to its first row.
fn toggle_chooser(e: &web_sys::MouseEvent) {
    let Some(button) = e
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return;
    };
    let Some(chooser) = button
        .next_element_sibling()
        .filter(|s| s.class_list().contains("fix-chooser"))
        .and_then(|s| s.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let open = chooser.hidden();
    chooser.set_hidden(!open);
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if open {
        if let Some(first) = chooser
            .query_selector("input")
            .ok()
            .flatten()
            .and_then(|i| i.dyn_into::<HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    }
}

/// Closes a chooser (the event's current target, or the element given) and gives the focus
/// back to the button that opened it.
fn close_chooser(target: Option<web_sys::EventTarget>) {
    let Some(chooser) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    chooser.set_hidden(true);
    if let Some(button) = chooser
        .previous_element_sibling()
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        let _ = button.set_attribute("aria-expanded", "false");
        let _ = button.focus();
    }
}

/// The positions of the rows checked in the chooser an event came from.
fn chosen_rows(e: &web_sys::Event) -> Vec<usize> {
    let Some(list) = chooser_of(e).and_then(|c| c.query_selector_all("input").ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter(|&i| {
            list.item(i)
                .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked())
        })
        .map(|i| i as usize)
        .collect()
}
