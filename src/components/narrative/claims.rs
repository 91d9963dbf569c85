//! What the text checks read in a narrative part, listed under its text area: each figure they
//! compared, with the cell it was compared with ("2件 ↔ 表三 一、本年新收… / 总计 = 0"), the
//! mismatching ones as warnings; figures in sentences about applications or cases that no claim
//! shape places are listed as "未核对" (information, never a finding). All of it comes from
//! `report_domain::rules::read_claims_in`: nothing is read or compared here.

use leptos::prelude::*;
use report_domain::rules::{part_is_read, read_claims_in, ClaimRead};

use crate::store::use_store;

/// What the text checks read in a part (empty for a part they do not read, or no text), read
/// again only when the part's text or the report changes.
pub fn use_claims(part: &'static str, text: Memo<String>) -> Memo<Vec<ClaimRead>> {
    let store = use_store();
    Memo::new(move |_| {
        if !part_is_read(part) || text.with(String::is_empty) {
            return Vec::new();
        }
        store.with_report(|r| read_claims_in(r, part))
    })
}

/// The list of a part's figures (nothing for a part the checks do not read, or no figure): the
/// accessible form of the marks in the text ([`ClaimHighlights`](super::ClaimHighlights)).
#[component]
pub fn ClaimMarks(
    /// The part's key.
    part: &'static str,
    /// What the text checks read in it ([`use_claims`]).
    claims: Memo<Vec<ClaimRead>>,
) -> impl IntoView {
    let label = "正文数字核对";
    view! {
        <Show when=move || claims.with(|c| !c.is_empty())>
            <ul class="claims" aria-label=label data-claims=part>
                <For
                    each=move || claims.get()
                    key=|c| (c.start, c.end, c.status, c.expected, c.reading.clone())
                    children=move |c| {
                        let (icon, sr) = match c.status {
                            "mismatch" => ("▲", "提醒"),
                            "match" => ("✓", "一致"),
                            _ => ("ⓘ", "信息"),
                        };
                        view! {
                            <li class=format!("claim {}", c.status) data-status=c.status>
                                <span class="icon" aria-hidden="true">{icon}</span>
                                <span class="sr-only">{sr}</span>
                                <span class="text">{c.describe()}</span>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}
