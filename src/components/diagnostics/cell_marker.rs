//! What marks a field: the worst open finding (red ✖ error, amber ▲ warning), a rejected or
//! reinterpreted input (ℹ), acknowledged warnings (✓). Colour is never the only sign: the
//! icon and the message (tooltip on hover and focus, `aria-describedby`) say it too.

use leptos::prelude::*;
use report_domain::Severity;

use crate::store::{InputIssue, PlaceMark, Store};

/// Everything shown about one place, as a memo per field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlaceState {
    /// The input issue (rejected or reinterpreted text).
    pub issue: Option<InputIssue>,
    /// Diagnostics concerning the place.
    pub mark: Option<PlaceMark>,
}

/// One line of the message: (CSS class, icon, text).
pub type Line = (&'static str, &'static str, String);

impl PlaceState {
    fn severity(&self) -> Option<Severity> {
        self.mark.as_ref().and_then(|m| m.severity)
    }

    fn rejected(&self) -> bool {
        self.issue.as_ref().is_some_and(|i| i.rejected)
    }

    /// CSS classes for the field's container.
    pub fn class(&self) -> &'static str {
        if self.rejected() {
            return "err rejected";
        }
        match self.severity() {
            Some(Severity::Error) => "err",
            Some(Severity::Warning) => "warn",
            None if self.issue.is_some() => "note",
            None if self.mark.is_some() => "ack",
            None => "",
        }
    }

    /// Whether the field is invalid (`aria-invalid`): rejected input or an error.
    pub fn invalid(&self) -> bool {
        self.rejected() || self.severity() == Some(Severity::Error)
    }

    /// Whether there is anything to say.
    pub fn has_message(&self) -> bool {
        self.issue.is_some() || self.mark.is_some()
    }

    /// The message lines, most serious first.
    pub fn lines(&self) -> Vec<Line> {
        let mut out = Vec::new();
        if let Some(i) = &self.issue {
            if i.rejected {
                out.push(("err", "✖", format!("未保存“{}”：{}", i.raw, i.message)));
            } else {
                out.push(("note", "ℹ", i.message.clone()));
            }
        }
        if let Some(m) = &self.mark {
            for item in &m.items {
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

/// The state of a place as a memo (recomputed cheaply on every change, notifies only when this
/// place's marks or issue change).
pub fn place_state(store: Store, place: impl Into<String>) -> Memo<PlaceState> {
    let place: String = place.into();
    Memo::new(move |_| PlaceState {
        issue: store.issue(&place),
        mark: store.mark(&place),
    })
}

/// The message box of a field (shown by CSS on hover and focus; referenced by
/// `aria-describedby`).
#[component]
pub fn CellMarker(
    /// The field's state.
    state: Memo<PlaceState>,
    /// The element id the field's `aria-describedby` points to.
    id: String,
    /// Show the messages as a block under the field (text parts) instead of a tooltip.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    move || {
        let lines = state.with(PlaceState::lines);
        (!lines.is_empty()).then(|| {
            let class = if inline {
                "messages inline"
            } else {
                "messages tip"
            };
            view! {
                <span class=class id=id.clone() role="note">
                    {lines
                        .into_iter()
                        .map(|(class, icon, text)| {
                            view! {
                                <span class=format!("msg {class}")>
                                    <span class="icon" aria-hidden="true">{icon}</span>
                                    {text}
                                </span>
                            }
                        })
                        .collect_view()}
                </span>
            }
        })
    }
}
