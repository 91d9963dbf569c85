//! The 引言: the paragraph before 一、总体情况, in a box of its own between the metadata and the
//! sections (printed untitled under the report's title).

use leptos::prelude::*;
use report_domain::format::INTRO_LABEL;
use report_domain::FormatDef;

use crate::components::narrative::TextPart;
use crate::store::place;

/// The 引言's box.
#[component]
pub fn Intro(
    /// The format (its `intro` part).
    format: &'static FormatDef,
) -> impl IntoView {
    let anchor = place::section_anchor(place::INTRO_GROUP);
    let labelled_by = anchor.clone();
    view! {
        <section class="report-section intro" data-section=place::INTRO_GROUP aria-labelledby=labelled_by>
            <h2 id=anchor tabindex="-1">
                {INTRO_LABEL}
            </h2>
            <p class="hint">"标题之后、“一、总体情况”之前的说明文字（如“本报告根据《中华人民共和国政府信息公开条例》……编制”），打印时不加标题。"</p>
            <TextPart label=INTRO_LABEL.to_string() part=format.intro />
        </section>
    }
}
