//! What marks a field: the worst open finding (red ✖ error, amber ▲ warning), a rejected or
//! reinterpreted input (ℹ), acknowledged warnings (✓). Colour is never the only sign: the
//! icon and the message (tooltip on hover and focus, `aria-describedby`) say it too.

use leptos::either::Either;
use leptos::prelude::*;
use report_domain::fix::Fix;
use report_domain::Severity;
use wasm_bindgen::JsCast;

use super::fixes::FixButtons;
use crate::components::dom::focus_place;
use crate::store::{PlaceView, Store};

/// The keys that move the focus from a field to its quick fixes (as in an IDE: Ctrl+. or
/// Alt+Enter), for `aria-keyshortcuts`.
pub const FIX_KEYS: &str = "Control+. Alt+Enter";

/// Whether a keydown is the quick-fix shortcut ([`FIX_KEYS`]).
pub fn is_fix_key(ev: &web_sys::KeyboardEvent) -> bool {
    ((ev.ctrl_key() || ev.meta_key()) && ev.key() == ".") || (ev.alt_key() && ev.key() == "Enter")
}

/// Moves the focus to the first quick-fix button in the message box `msg_id` of a field;
/// false when it offers none.
pub fn focus_fixes(msg_id: &str) -> bool {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(msg_id))
        .and_then(|m| m.query_selector("button.fix").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    button.is_some_and(|b| b.focus().is_ok())
}

/// The open findings of a place that offer fixes: (rule code, fixes).
fn fixes_of(v: &PlaceView) -> Vec<(&'static str, Vec<Fix>)> {
    v.mark
        .iter()
        .flat_map(|m| &m.items)
        .filter(|i| !i.acknowledged && !i.fixes.is_empty())
        .map(|i| (i.code, i.fixes.as_slice().to_vec()))
        .collect()
}

/// One line of the message: (CSS class, icon, text).
pub type Line = (&'static str, &'static str, String);

/// How a field's view is presented: classes, `aria-invalid`, message lines.
pub trait Presentation {
    /// CSS classes for the field's container.
    fn class(&self) -> &'static str;
    /// Whether the field is invalid (`aria-invalid`): rejected input or an error.
    fn invalid(&self) -> bool;
    /// Whether there is anything to say.
    fn has_message(&self) -> bool;
    /// The message lines, most serious first.
    fn lines(&self) -> Vec<Line>;
    /// Whether an open finding here offers quick fixes.
    fn has_fixes(&self) -> bool;
}

fn severity(v: &PlaceView) -> Option<Severity> {
    v.mark.as_ref().and_then(|m| m.severity)
}

fn rejected(v: &PlaceView) -> bool {
    v.issue.as_ref().is_some_and(|i| i.rejected)
}

impl Presentation for PlaceView {
    fn class(&self) -> &'static str {
        if rejected(self) {
            return "err rejected";
        }
        match severity(self) {
            Some(Severity::Error) => "err",
            Some(Severity::Warning) => "warn",
            None if self.issue.is_some() => "note",
            None if self.mark.is_some() => "ack",
            None => "",
        }
    }

    fn invalid(&self) -> bool {
        rejected(self) || severity(self) == Some(Severity::Error)
    }

    fn has_message(&self) -> bool {
        self.issue.is_some() || self.mark.is_some()
    }

    fn has_fixes(&self) -> bool {
        self.mark
            .iter()
            .flat_map(|m| &m.items)
            .any(|i| !i.acknowledged && !i.fixes.is_empty())
    }

    fn lines(&self) -> Vec<Line> {
        let mut out = Vec::new();
        // Text a cell could not read is kept in the report as typed (and T2-1 lists it): the
        // field says so once, from its input issue, rather than twice.
        let rejected_here = self.issue.as_ref().is_some_and(|i| i.rejected);
        if let Some(i) = &self.issue {
            if i.rejected && i.raw.is_empty() {
                out.push(("err", "✖", i.message.clone()));
            } else if i.rejected {
                out.push((
                    "err",
                    "✖",
                    format!(
                        "“{}”无法识别：{}（已按原样保存，改正前不计入合计）",
                        i.raw, i.message
                    ),
                ));
            } else {
                out.push(("note", "ℹ", i.message.clone()));
            }
        }
        if let Some(m) = &self.mark {
            for item in m
                .items
                .iter()
                .filter(|m| !(rejected_here && m.code == "T2-1"))
            {
                let line = match (item.acknowledged, item.severity) {
                    (true, _) => ("ack", "✓", format!("已确认的提醒：{}", item.message)),
                    (false, Severity::Error) => ("err", "✖", format!("错误：{}", item.message)),
                    (false, Severity::Warning) => ("warn", "▲", format!("提醒：{}", item.message)),
                };
                out.push(line);
            }
        }
        out
    }
}

/// Whether a field's hidden message box (a tooltip, shown by CSS on hover and focus) has been
/// shown yet. Its fix buttons and hint are drawn only from then on: a blank-cells finding marks
/// every blank cell, and drawing the buttons in every hidden box cost the first keystroke of a
/// table (and each key press after) a group of buttons per blank cell. The field calls
/// [`Revealed::show`] on `focusin` and `mouseenter`, so the buttons are there when the box
/// appears and when Ctrl+. / Alt+Enter looks for them.
#[derive(Clone, Copy)]
pub struct Revealed(RwSignal<bool>);

impl Revealed {
    /// Not shown yet.
    pub fn new() -> Self {
        Self(RwSignal::new(false))
    }

    /// The box is being shown: draw its fixes (once; later calls change nothing).
    pub fn show(self) {
        if !self.0.get_untracked() {
            self.0.set(true);
        }
    }

    /// Whether it has been shown (tracked).
    pub fn get(self) -> bool {
        self.0.get()
    }
}

impl Default for Revealed {
    fn default() -> Self {
        Self::new()
    }
}

/// The view of a place (see `Store::place_view`).
pub fn place_state(store: Store, place: &str) -> Signal<PlaceView> {
    store.place_view(place)
}

/// The message box of a field (shown by CSS on hover and focus; referenced by
/// `aria-describedby`). Each line is one element: its icon comes from `data-icon` through CSS,
/// hidden from screen readers like the words it repeats.
#[component]
pub fn CellMarker(
    /// The field's state.
    state: Signal<PlaceView>,
    /// The element id the field's `aria-describedby` points to.
    id: String,
    /// Show the messages as a block under the field (text parts) instead of a tooltip.
    #[prop(optional)]
    inline: bool,
    /// The field's place, which gets the focus back after a fix or on Escape in the fixes.
    #[prop(optional, into)]
    place: Option<String>,
    /// Whether the box has been shown yet (the field's hover or focus, see [`Revealed`]); its
    /// fix buttons and hint are drawn from then on. Without it they are drawn at once.
    #[prop(optional)]
    revealed: Option<Revealed>,
) -> impl IntoView {
    let class = if inline {
        "messages inline"
    } else {
        "messages tip"
    };
    // Once a field has had a message, its box stays (empty and hidden by CSS when there is
    // nothing to say): a mark that comes and goes with each keystroke then changes the lines,
    // not the box around them.
    let kept = StoredValue::new(false);
    move || {
        let lines = state.with(Presentation::lines);
        if lines.is_empty() && !kept.get_value() {
            return None;
        }
        kept.set_value(true);
        // The fixes of the findings here, as in the panel: reached by Tab in a text part's
        // block, by Ctrl+. / Alt+Enter from a cell (Tab moves between cells there). Drawn with
        // their own keydown (Esc: back to the field) only where there are any, so that a box
        // without fixes costs no listener (every blank cell has a box).
        let fixes = if revealed.is_none_or(Revealed::get) {
            state.with(fixes_of)
        } else {
            Vec::new()
        };
        let fixes = (!fixes.is_empty()).then(|| {
            let place = place.clone();
            let back = Callback::new(move |()| {
                if let Some(p) = &place {
                    focus_place(p);
                }
            });
            let hint = (!inline).then(|| {
                view! { <span class="fix-hint">"按 Ctrl+. 或 Alt+Enter 选择修正，Esc 返回"</span> }
            });
            view! {
                <div
                    class="fix-area"
                    on:keydown=move |e| {
                        if e.key() == "Escape" {
                            e.prevent_default();
                            back.run(());
                        }
                    }
                >
                    {fixes
                        .into_iter()
                        .map(|(code, fixes)| {
                            view! { <FixButtons code=code fixes=fixes on_applied=back /> }
                        })
                        .collect_view()}
                    {hint}
                </div>
            }
        });
        let lines = lines
            .into_iter()
            .map(|(class, icon, text)| {
                view! { <span class=format!("msg {class}") data-icon=icon>{text}</span> }
            })
            .collect_view();
        // Two shapes rather than an optional child: a box without fixes (every blank cell's)
        // then holds no placeholder node for them.
        Some(match fixes {
            None => {
                Either::Left(view! { <span class=class id=id.clone() role="note">{lines}</span> })
            }
            Some(fixes) => Either::Right(view! {
                <span class=class id=id.clone() role="note">
                    {lines}
                    {fixes}
                </span>
            }),
        })
    }
}
