//! The whole report on one page, generated from the format data: the metadata, the 引言, then
//! the six sections with their official headings, text parts and tables.

use leptos::prelude::*;
use report_domain::format::{Layout, SectionDef};
use report_domain::FormatDef;

use crate::components::meta::MetaForm;
use crate::components::narrative::{part_label, TextPart};

use super::intro::Intro;
use crate::components::tables::{Table2, Table3, Table4};
use crate::store::{place, use_store};

/// One of the six sections.
#[component]
fn Section(
    /// The format.
    format: &'static FormatDef,
    /// The section.
    section: &'static SectionDef,
) -> impl IntoView {
    let anchor = place::section_anchor(section.key);
    let labelled_by = anchor.clone();
    let parts = section
        .parts
        .iter()
        .map(|p| view! { <TextPart label=part_label(section, p) part=p /> })
        .collect_view();
    let table = section
        .table
        .and_then(|key| format.table(key))
        .map(|(i, t)| match t.layout {
            Layout::Blocks => view! { <Table2 format=format table=i /> }.into_any(),
            Layout::Grid => view! { <Table3 format=format table=i /> }.into_any(),
            Layout::Transposed => view! { <Table4 format=format table=i /> }.into_any(),
        });
    view! {
        <section
            class="report-section"
            data-section=section.key
            aria-labelledby=labelled_by
        >
            <h2 id=anchor tabindex="-1">
                {section.heading}
            </h2>
            {parts}
            {table}
        </section>
    }
}

/// The report form: the sections are re-rendered only when the report's format changes (another
/// report loaded, or the report year changed); the metadata stays, so the year field being
/// typed into keeps its focus when the tables change under it.
#[component]
pub fn ReportForm() -> impl IntoView {
    let store = use_store();
    let sections = move || {
        let f = store.format_def();
        let sections = f
            .sections
            .iter()
            .map(|s| view! { <Section format=f section=s /> })
            .collect_view();
        view! {
            <Intro format=f />
            {sections}
        }
    };
    view! {
        <MetaForm />
        {sections}
    }
}
