//! The page's static shell: the form's frame (title, section navigator, the metadata block and
//! the six sections with their official headings, empty text areas and table outlines) written
//! into index.html, so that the page shows the report's outline while the wasm downloads and
//! compiles instead of a blank page. The app removes it when it mounts.
//!
//! The shell's HTML is generated from the format data ([`html`], native only) and kept in
//! index.html between [`BEGIN`] and [`END`]; a test fails when the two differ, and
//! `WRITE_SHELL=1 cargo test -p disclosure-report shell` rewrites it.

/// `id` of the shell's root element in index.html.
pub const SHELL_ID: &str = "app-shell";

/// Line before the generated shell in index.html.
pub const BEGIN: &str =
    "<!-- app shell: generated from the format by src/shell.rs; do not edit -->";

/// Line after the generated shell in index.html.
pub const END: &str = "<!-- /app shell -->";

/// Removes the shell. Called right before the app mounts, in the same task, so the browser never
/// paints a page without either of them (nor one with both).
pub fn remove() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SHELL_ID))
    {
        shell.remove();
    }
}

/// The shell for `format`, as it stands in index.html between [`BEGIN`] and [`END`] (indented
/// for `<body>`). Headings, anchors and class names are the app's own, so the stylesheets lay it
/// out like the form; every table is an outline with the format's rows and columns, greyed.
#[cfg(not(target_arch = "wasm32"))]
pub fn html(format: &'static report_domain::FormatDef) -> String {
    use crate::store::place;
    use std::fmt::Write;

    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let meta = place::group_title(format, place::META_GROUP);
    let mut out = String::new();
    let mut line = |depth: usize, s: &str| {
        let _ = writeln!(out, "{}{s}", "  ".repeat(depth + 2));
    };
    line(
        0,
        &format!(r#"<div id="{SHELL_ID}" aria-busy="true" aria-label="正在加载">"#),
    );
    line(1, r#"<header class="app-header">"#);
    line(
        2,
        &format!(
            r#"<div class="title-block"><h1>{}</h1><p class="subtitle">正在加载…</p></div>"#,
            esc(crate::app::TITLE)
        ),
    );
    line(1, "</header>");
    // Where the drafts bar will be, so that the page below does not move when the app mounts.
    line(1, r#"<div class="drafts-bar shell-bar"></div>"#);
    line(
        1,
        r#"<nav class="section-nav" aria-label="报告各部分"><ul>"#,
    );
    let intro = place::group_title(format, place::INTRO_GROUP);
    let mut nav = vec![(place::META_GROUP, meta), (place::INTRO_GROUP, intro)];
    nav.extend(format.sections.iter().map(|s| (s.key, s.heading)));
    for (key, title) in nav {
        line(
            2,
            &format!(
                r##"<li><a href="#{}">{}</a></li>"##,
                place::section_anchor(key),
                esc(title)
            ),
        );
    }
    line(1, "</ul></nav>");
    line(1, r#"<div class="workspace">"#);
    line(2, r#"<main id="app-main">"#);
    // 基本信息 and the 引言: a box each, outlined as one grey block.
    for (class, group, title) in [
        ("meta", place::META_GROUP, meta),
        ("intro", place::INTRO_GROUP, intro),
    ] {
        line(3, &format!(r#"<section class="report-section {class}">"#));
        line(
            4,
            &format!(
                r#"<h2 id="{}">{}</h2>"#,
                place::section_anchor(group),
                esc(title)
            ),
        );
        line(
            4,
            &format!(r#"<div class="shell-box shell-{class}"></div>"#),
        );
        line(3, "</section>");
    }
    for section in format.sections {
        line(3, r#"<section class="report-section">"#);
        line(
            4,
            &format!(
                r#"<h2 id="{}">{}</h2>"#,
                place::section_anchor(section.key),
                esc(section.heading)
            ),
        );
        for part in section.parts {
            if let Some(h) = part.heading {
                line(4, &format!(r#"<h3 class="part-heading">{}</h3>"#, esc(h)));
            }
            line(4, r#"<div class="shell-box shell-text"></div>"#);
            // Where the 生成 buttons will be (components/narrative/compose.rs).
            if report_domain::compose::Topic::offered_in(part.key)
                .next()
                .is_some()
            {
                line(4, r#"<div class="compose-bar shell-compose"></div>"#);
            }
        }
        if let Some((_, table)) = section.table.and_then(|key| format.table(key)) {
            for block in table.blocks {
                let cells = "<td></td>".repeat(block.columns.len() + 1);
                line(4, r#"<table class="shell-table" aria-hidden="true">"#);
                for _ in block.rows {
                    line(5, &format!("<tr>{cells}</tr>"));
                }
                line(4, "</table>");
            }
        }
        line(3, "</section>");
    }
    line(2, "</main>");
    line(1, "</div>");
    line(0, "</div>");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use report_domain::format::FORMAT_2021;

    fn index_html() -> (std::path::PathBuf, String) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
        let text = std::fs::read_to_string(&path).expect("index.html");
        (path, text)
    }

    /// index.html holds exactly the shell generated from the 2021 format (the format a new
    /// report opens in): no heading is typed a second time by hand.
    #[test]
    fn index_html_holds_the_shell_generated_from_the_format() {
        let (path, text) = index_html();
        let start = text
            .find(BEGIN)
            .expect("the shell's BEGIN marker in index.html");
        let start = text[start..].find('\n').map(|i| start + i + 1).unwrap();
        let end = text
            .find(END)
            .expect("the shell's END marker in index.html");
        let end = text[..end].rfind('\n').map(|i| i + 1).unwrap();
        let want = html(&FORMAT_2021);
        if std::env::var("WRITE_SHELL").is_ok_and(|v| v == "1") {
            let new = format!("{}{want}{}", &text[..start], &text[end..]);
            std::fs::write(&path, new).expect("write index.html");
            return;
        }
        assert!(
            text[start..end] == want,
            "the shell in index.html is not the one the format gives: run \
             `WRITE_SHELL=1 cargo test -p disclosure-report shell`"
        );
    }

    /// The shell shows every official section heading, in order, and the navigator's entries.
    #[test]
    fn shell_has_the_six_official_headings_in_order() {
        let shell = html(&FORMAT_2021);
        let mut at = 0;
        for s in FORMAT_2021.sections {
            let h2 = format!("{}</h2>", s.heading);
            let found = shell[at..]
                .find(&h2)
                .unwrap_or_else(|| panic!("{} in order", s.heading));
            at += found + h2.len();
        }
        assert_eq!(
            shell.matches("<h2 ").count(),
            8,
            "基本信息, the 引言 and the six sections"
        );
        assert_eq!(shell.matches("<li><a href=").count(), 8);
        assert!(shell.contains(r#"aria-busy="true""#));
    }
}
