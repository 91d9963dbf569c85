//! Keeping a warning: the user states briefly why the figure or text is right anyway; the
//! justification is saved in the report (`acknowledgements`) and can be withdrawn.

use leptos::prelude::*;

use crate::store::use_store;

/// The acknowledge control of one warning.
#[component]
pub fn Acknowledge(
    /// `Diagnostic::key()` of the warning.
    key: String,
) -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let key = StoredValue::new(key);
    // A memo over the acknowledgements only: a keystroke elsewhere does not rebuild the control.
    let saved = Memo::new(move |_| key.with_value(|k| store.acknowledgement(k)));
    let save = move || {
        let k = key.get_value();
        match store.acknowledge(&k, &draft.get_untracked()) {
            Ok(()) => {
                store.seal();
                open.set(false);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    Effect::new(move |_| {
        if open.get() {
            if let Some(el) = input.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        match saved.get() {
        Some(j) => view! {
            <div class="ack saved">
                <span class="ack-text">"✓ 已确认：" {j}</span>
                <button
                    type="button"
                    class="link"
                    on:click=move |_| {
                        store.unacknowledge(&key.get_value());
                        store.seal();
                    }
                >
                    "撤销确认"
                </button>
            </div>
        }
        .into_any(),
        None if open.get() => view! {
            <div class="ack form">
                <input
                    node_ref=input
                    type="text"
                    maxlength="200"
                    placeholder="简要说明理由，如：本年确无此类申请"
                    aria-label="保留此提醒的理由"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" && !ev.is_composing() {
                            ev.prevent_default();
                            save();
                        } else if ev.key() == "Escape" {
                            open.set(false);
                        }
                    }
                />
                <button type="button" on:click=move |_| save()>
                    "保存"
                </button>
                <button type="button" class="link" on:click=move |_| open.set(false)>
                    "取消"
                </button>
                {move || error.get().map(|e| view! { <span class="ack-error" role="alert">{e}</span> })}
            </div>
        }
        .into_any(),
        None => view! {
            <button type="button" class="link ack-open" on:click=move |_| open.set(true)>
                "确认无误并说明理由…"
            </button>
        }
        .into_any(),
    }
    }
}
