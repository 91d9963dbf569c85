//! The sticky section navigator: jumps to 基本信息, the 引言 and the six sections (official headings), each
//! with the number of open errors and warnings found there.

use leptos::prelude::*;

use crate::store::{place, use_store, Listing};

/// The navigator.
#[component]
pub fn SectionNav() -> impl IntoView {
    let store = use_store();
    let listing = store.listing();
    let items = move || {
        let f = store.format_def();
        let mut entries = vec![
            (place::META_GROUP, "基本信息"),
            (
                place::INTRO_GROUP,
                place::group_title(f, place::INTRO_GROUP),
            ),
        ];
        entries.extend(f.sections.iter().map(|s| (s.key, s.heading)));
        entries
            .into_iter()
            .map(|(key, title)| {
                // (errors, open warnings) of the section, as a memo of its own: only the badges
                // whose numbers changed are redrawn.
                let mine = Memo::new(move |_| {
                    listing.with(|l| l.iter().find(|g| g.key == key).map(Listing::open_counts))
                });
                let badge = move || {
                    mine.get().map(|(e, w)| {
                        view! {
                            <span class="badges">
                                {(e > 0)
                                    .then(|| {
                                        view! {
                                            <span class="badge err" title=format!("{e} 个错误")>
                                                "✖"
                                                {e}
                                            </span>
                                        }
                                    })}
                                {(w > 0)
                                    .then(|| {
                                        view! {
                                            <span class="badge warn" title=format!("{w} 个提醒")>
                                                "▲"
                                                {w}
                                            </span>
                                        }
                                    })}
                            </span>
                        }
                    })
                };
                view! {
                    <li>
                        <a href=format!("#{}", place::section_anchor(key))>{title}</a>
                        {badge}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="section-nav" aria-label="报告各部分">
            <ul>{items}</ul>
        </nav>
    }
}
