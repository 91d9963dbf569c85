//! The sticky section navigator: jumps to 基本信息 and the six sections (official headings), each
//! with the number of open errors and warnings found there.

use leptos::prelude::*;

use crate::store::{is_acknowledged, place, use_store};

/// The navigator.
#[component]
pub fn SectionNav() -> impl IntoView {
    let store = use_store();
    // (errors, open warnings) per group key.
    let counts = Memo::new(move |_| {
        store.diagnostics().with(|d| {
            store.with_acknowledgements(|acks| {
                store.groups().with(|groups| {
                    groups
                        .iter()
                        .map(|g| {
                            let mut e = 0;
                            let mut w = 0;
                            for d in g.items.iter().filter_map(|&i| d.get(i)) {
                                match d.severity {
                                    report_domain::Severity::Error => e += 1,
                                    _ if !is_acknowledged(d, acks) => w += 1,
                                    _ => {}
                                }
                            }
                            (g.key, e, w)
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let items = move || {
        let f = store.format_def();
        let mut entries = vec![(place::META_GROUP, "基本信息")];
        entries.extend(f.sections.iter().map(|s| (s.key, s.heading)));
        entries
            .into_iter()
            .map(|(key, title)| {
                // One memo per section: only the badges whose numbers changed are redrawn.
                let mine = Memo::new(move |_| {
                    counts.with(|c| {
                        c.iter()
                            .find(|(k, _, _)| *k == key)
                            .map(|&(_, e, w)| (e, w))
                    })
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
