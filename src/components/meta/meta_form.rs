//! The report's metadata: 机关名称, 报告年度, 报告类别 (which fixes the deadline) and 公布日期, with
//! the format the tables follow.

use leptos::ev::Event;
use leptos::prelude::*;
use report_domain::ReportKind;

use crate::components::diagnostics::{place_state, CellMarker, Presentation};
use crate::components::dom::outside_composition;
use crate::store::{place, use_store, MetaEdit};

/// A single-line metadata field that commits as the user types (IME-safe).
#[component]
fn MetaText(
    /// Field label.
    label: &'static str,
    /// The field's place ("meta.agency").
    place: &'static str,
    /// The current text (input issue raw text included).
    value: Memo<String>,
    /// Builds the edit from the typed text.
    edit: fn(String) -> MetaEdit,
    /// `type` attribute.
    #[prop(default = "text")]
    kind: &'static str,
    /// `inputmode` attribute.
    #[prop(default = "text")]
    inputmode: &'static str,
    /// Width class.
    #[prop(default = "")]
    class: &'static str,
    /// Placeholder text.
    #[prop(default = "")]
    placeholder: &'static str,
) -> impl IntoView {
    let store = use_store();
    let input = NodeRef::<leptos::html::Input>::new();
    let composing = StoredValue::new(false);
    let state = place_state(store, place);
    let msg_id = format!("msg-{place}");
    let field_id = format!("field-{place}");
    Effect::new(move |_| {
        let v = value.get();
        if let Some(el) = input.get() {
            if !composing.get_value() && el.value() != v {
                el.set_value(&v);
            }
        }
    });
    let commit = move || {
        if let Some(el) = input.get_untracked() {
            let _ = store.set_meta(edit(el.value()));
        }
    };
    let on_input = move |ev: Event| {
        if outside_composition(&ev, composing.get_value()) {
            commit();
        }
    };
    let initial = untrack(|| value.get());
    view! {
        <div class=move || format!("field {class} {}", state.with(Presentation::class))>
            <label for=field_id.clone()>{label}</label>
            <input
                id=field_id.clone()
                node_ref=input
                type=kind
                inputmode=inputmode
                placeholder=placeholder
                autocomplete="off"
                data-place=place
                prop:value=initial
                aria-invalid=move || state.with(Presentation::invalid).then_some("true")
                aria-describedby={
                    let msg_id = msg_id.clone();
                    move || state.with(Presentation::has_message).then(|| msg_id.clone())
                }
                on:input=on_input
                on:change=move |_| commit()
                on:compositionstart=move |_| composing.set_value(true)
                on:compositionend=move |_| {
                    composing.set_value(false);
                    commit();
                }
                on:blur=move |_| store.seal()
            />
            <CellMarker state=state id=msg_id />
        </div>
    }
}

/// The metadata block at the top of the report.
#[component]
pub fn MetaForm() -> impl IntoView {
    let store = use_store();
    let agency = Memo::new(move |_| store.with_meta(|m| m.agency.clone()));
    let year = Memo::new(move |_| match store.issue(place::META_YEAR) {
        Some(i) => i.raw,
        None => store.with_meta(|m| m.year.map(|y| y.to_string()).unwrap_or_default()),
    });
    let published = Memo::new(move |_| store.with_meta(|m| m.published.clone()));
    let kind = Memo::new(move |_| store.with_meta(|m| m.kind));
    let kind_state = place_state(store, place::META_KIND);
    let format_name = move || {
        let f = store.format_def();
        format!("{}（{}）", f.name, f.notice)
    };
    let kinds = [ReportKind::Department, ReportKind::Government];
    view! {
        <section class="report-section meta" aria-labelledby="sec-meta">
            <h2 id="sec-meta" tabindex="-1">
                "基本信息"
            </h2>
            <div class="meta-grid">
                <MetaText
                    label="机关名称"
                    place=place::META_AGENCY
                    value=agency
                    edit=MetaEdit::Agency
                    class="wide"
                />
                <MetaText
                    label="报告年度"
                    place=place::META_YEAR
                    value=year
                    edit=MetaEdit::Year
                    inputmode="numeric"
                    class="narrow"
                />
                <div class=move || format!("field {}", kind_state.with(Presentation::class))>
                    <label for="field-meta.kind">"报告类别"</label>
                    <select
                        id="field-meta.kind"
                        data-place=place::META_KIND
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(k) = ReportKind::from_key(&v) {
                                let _ = store.set_meta(MetaEdit::Kind(k));
                                store.seal();
                            }
                        }
                    >
                        {kinds
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <option value=k.key() prop:selected=move || kind.get() == k>
                                        {k.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <CellMarker state=kind_state id="msg-meta.kind".to_string() />
                </div>
                <MetaText
                    label="公布日期"
                    place=place::META_PUBLISHED
                    value=published
                    edit=MetaEdit::Published
                    placeholder="如 2022-01-20"
                    class="narrow"
                />
                <div class="field format-note">
                    <span class="label">"表格格式"</span>
                    <span class="value" data-testid="format-name">{format_name}</span>
                </div>
            </div>
            <super::FormatOffer />
        </section>
    }
}
