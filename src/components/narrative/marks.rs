//! The figures the text checks read, marked in place: a layer behind the text area holds the
//! part's text with each figure in a `<mark>` (agrees, disagrees, not compared, unread), laid
//! out exactly as the text area lays out its own text (same font, padding, border, wrapping and
//! scrollbar gutter; style/form.css `.narrative-marks`) and scrolled with it. The text area
//! stays the input, above the layer with a transparent background, so the marks show through
//! behind the figures. The layer is hidden from assistive technology: the list under the part
//! ([`ClaimMarks`](super::ClaimMarks)) is the accessible form of the same marks.

use leptos::prelude::*;
use report_domain::rules::ClaimRead;

/// A run of the part's text: plain, or a figure with its claim's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Run {
    /// The text of the run.
    pub text: String,
    /// The claim's status ("match", "mismatch", "unchecked", "unread"), `None` for plain text.
    pub status: Option<&'static str>,
}

/// The text cut at the figures of `claims` (UTF-16 offsets, in text order). A claim that does
/// not fall on character boundaries of `text`, or overlaps the one before, is left out: the
/// layer never shows a mark in the wrong place. A trailing line break gets a space after it, so
/// the layer has the text area's last (empty) line too.
pub(super) fn runs(text: &str, claims: &[ClaimRead]) -> Vec<Run> {
    // The byte where the character at each UTF-16 offset starts (`None` inside a surrogate pair).
    let mut units: Vec<Option<usize>> = Vec::with_capacity(text.len() + 1);
    for (b, c) in text.char_indices() {
        units.push(Some(b));
        if c.len_utf16() == 2 {
            units.push(None);
        }
    }
    let byte_of = |unit: usize| -> Option<usize> {
        if unit == units.len() {
            return Some(text.len());
        }
        units.get(unit).copied().flatten()
    };
    let mut out = Vec::new();
    let mut at = 0;
    for c in claims {
        let (Some(start), Some(end)) = (byte_of(c.start), byte_of(c.end)) else {
            continue;
        };
        if start < at || end <= start {
            continue;
        }
        if start > at {
            out.push(plain(&text[at..start]));
        }
        out.push(Run {
            text: text[start..end].to_string(),
            status: Some(c.status),
        });
        at = end;
    }
    let mut tail = text[at..].to_string();
    if tail.ends_with('\n') || text.is_empty() {
        tail.push(' ');
    }
    out.push(plain(&tail));
    out
}

fn plain(text: &str) -> Run {
    Run {
        text: text.to_string(),
        status: None,
    }
}

/// The layer of marks behind a part's text area. `scroll` is the text area's scroll offset,
/// which the layer follows.
#[component]
pub fn ClaimHighlights(
    /// The part's key.
    part: &'static str,
    /// The part's text (as stored).
    text: Memo<String>,
    /// What the text checks read in it.
    claims: Memo<Vec<ClaimRead>>,
    /// The text area's scroll offset (top), in CSS pixels.
    scroll: ReadSignal<i32>,
) -> impl IntoView {
    let layer = NodeRef::<leptos::html::Div>::new();
    // The layer holds the text only while there is a figure to mark: a part without one (every
    // part of a new report) costs no copy of its text and no layout of it.
    let marking = Memo::new(move |_| claims.with(|c| !c.is_empty()));
    // The scroll offset last given to the layer. Writing `scrollTop` makes the browser lay the
    // page out there and then (to clamp it), so it is written only when it can change anything:
    // never at mount (the offset is 0 and the layer empty), never while the part has no marks.
    let applied = StoredValue::new(0i32);
    // After each render (new text or claims) and each scroll, the layer stands where the text
    // area does; a render can only move it when the text area is scrolled (a shorter text
    // clamps the offset).
    Effect::new(move |_| {
        let top = scroll.get();
        if !marking.get() {
            return;
        }
        text.track();
        claims.track();
        if top == 0 && applied.get_value() == 0 {
            return;
        }
        if let Some(el) = layer.get() {
            el.set_scroll_top(top);
            applied.set_value(top);
        }
    });
    view! {
        <div class="narrative-marks" aria-hidden="true" data-marks=part node_ref=layer>
            {move || {
                if !marking.get() {
                    return Vec::new();
                }
                let runs = text.with(|t| claims.with(|c| runs(t, c)));
                runs.into_iter()
                    .map(|r| match r.status {
                        Some(status) => {
                            view! {
                                <mark
                                    class=format!("claim-mark {status}")
                                    data-status=status
                                >
                                    {r.text}
                                </mark>
                            }
                                .into_any()
                        }
                        None => r.text.into_any(),
                    })
                    .collect::<Vec<_>>()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str, figure: &str, status: &'static str) -> ClaimRead {
        let at = text.find(figure).unwrap();
        let start = text[..at].encode_utf16().count();
        ClaimRead {
            part: "overview_on_request",
            start,
            end: start + figure.encode_utf16().count(),
            text: figure.to_string(),
            reading: "表三".to_string(),
            cells: Vec::new(),
            value: None,
            expected: None,
            status,
        }
    }

    fn shown(runs: &[Run]) -> Vec<(String, Option<&'static str>)> {
        runs.iter().map(|r| (r.text.clone(), r.status)).collect()
    }

    #[test]
    fn figures_are_cut_out_at_their_utf16_offsets() {
        // An emoji (two UTF-16 units) before the figures shifts nothing.
        let t = "😀收到申请3件，办结5件。";
        let c = [claim(t, "3件", "match"), claim(t, "5件", "mismatch")];
        let r = runs(t, &c);
        assert_eq!(
            shown(&r),
            [
                ("😀收到申请".to_string(), None),
                ("3件".to_string(), Some("match")),
                ("，办结".to_string(), None),
                ("5件".to_string(), Some("mismatch")),
                ("。".to_string(), None),
            ]
        );
        assert_eq!(r.iter().map(|r| r.text.as_str()).collect::<String>(), t);
    }

    #[test]
    fn a_claim_off_the_text_or_overlapping_is_left_out() {
        let t = "😀收到申请3件";
        let mut inside_emoji = claim(t, "3件", "match");
        inside_emoji.start = 1;
        let mut past_end = claim(t, "3件", "match");
        past_end.end = 99;
        let ok = claim(t, "3件", "unread");
        let overlapping = claim(t, "件", "match");
        let r = runs(t, &[inside_emoji, past_end, ok, overlapping]);
        assert_eq!(
            shown(&r),
            [
                ("😀收到申请".to_string(), None),
                ("3件".to_string(), Some("unread")),
                (String::new(), None),
            ]
        );
    }

    #[test]
    fn a_trailing_line_break_keeps_its_line() {
        let r = runs("甲\n", &[]);
        assert_eq!(shown(&r), [("甲\n ".to_string(), None)]);
    }
}
