//! The quick fixes of one finding, as buttons (the domain offers them as data:
//! `Diagnostic.fixes`): each applies its edits as one undo step. A fix the user narrows first
//! ("空白填 0": the rows to fill) opens a small chooser listing its choices, all checked. If the
//! report changed since the fix was offered, the reason is said beside the buttons and nothing
//! is changed.

use leptos::prelude::*;
use report_domain::fix::Fix;
use wasm_bindgen::JsCast;

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
            let chooses = !fix.choices.is_empty();
            let name = format!("{label}（修正 {code}）");
            let fix = StoredValue::new(fix);
            let open = RwSignal::new(false);
            let toggle = NodeRef::<leptos::html::Button>::new();
            // Closed without applying: the focus goes back to the button that opened it.
            let close = Callback::new(move |()| {
                open.set(false);
                if let Some(b) = toggle.get_untracked() {
                    let _ = b.focus();
                }
            });
            view! {
                <button
                    type="button"
                    node_ref=toggle
                    class="fix"
                    data-fix=data
                    aria-label=name
                    aria-expanded=chooses.then_some(move || open.get().to_string())
                    on:click=move |_| {
                        if chooses {
                            open.update(|o| *o = !*o);
                        } else {
                            fix.with_value(|f| apply(f));
                        }
                    }
                >
                    {label}
                    {chooses.then_some("…")}
                </button>
                <Show when=move || open.get()>
                    <FixChooser
                        fix=fix.get_value()
                        on_apply=Callback::new(move |f: Fix| {
                            open.set(false);
                            apply(&f);
                        })
                        on_cancel=close
                    />
                </Show>
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

/// The chooser of a fix with choices: a check box per choice (all checked), 确定 applies the
/// fix narrowed to the checked ones as one undo step, 取消 (or Escape) closes it.
#[component]
fn FixChooser(
    /// The fix, with its choices.
    fix: Fix,
    /// Applies the narrowed fix (and closes the chooser).
    on_apply: Callback<Fix>,
    /// Closes the chooser without applying anything (取消, Escape).
    on_cancel: Callback<()>,
) -> impl IntoView {
    let checked: Vec<RwSignal<bool>> = fix.choices.iter().map(|_| RwSignal::new(true)).collect();
    let none = {
        let checked = checked.clone();
        move || checked.iter().all(|c| !c.get())
    };
    let first = NodeRef::<leptos::html::Input>::new();
    // The focus moves into the chooser when it opens.
    Effect::new(move |_| {
        if let Some(el) = first.get() {
            let _ = el.focus();
        }
    });
    let rows = fix
        .choices
        .iter()
        .zip(&checked)
        .enumerate()
        .map(|(i, (c, &on))| {
            let node = if i == 0 { first } else { NodeRef::new() };
            view! {
                <label class="fix-choice">
                    <input
                        type="checkbox"
                        node_ref=node
                        prop:checked=move || on.get()
                        on:change=move |e| {
                            let v = e
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                .is_some_and(|t| t.checked());
                            on.set(v);
                        }
                    />
                    {c.label.clone()}
                </label>
            }
        })
        .collect_view();
    let label = fix.label.clone();
    let fix = StoredValue::new(fix);
    let chosen = move || {
        checked
            .iter()
            .enumerate()
            .filter(|(_, c)| c.get_untracked())
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    };
    view! {
        <fieldset
            class="fix-chooser"
            on:keydown=move |e| {
                if e.key() == "Escape" {
                    e.stop_propagation();
                    on_cancel.run(());
                }
            }
        >
            <legend>{format!("{label}：选择要填写的行")}</legend>
            {rows}
            <div class="fix-chooser-actions">
                <button
                    type="button"
                    class="fix-apply"
                    disabled=none
                    on:click=move |_| {
                        let f = fix.with_value(|f| f.narrowed(&chosen()));
                        on_apply.run(f);
                    }
                >
                    "确定"
                </button>
                <button type="button" on:click=move |_| on_cancel.run(())>
                    "取消"
                </button>
            </div>
        </fieldset>
    }
}
