//! Prints the seed report's HTML export to PDF with headless Chromium (as a user's "print to PDF"
//! does) and checks the result with poppler: A4 pages, the headings and table labels present in
//! the PDF text, and a page number on every page. Needs /usr/bin/chromium and poppler-utils
//! (scripts/setup.sh installs both). Set PRINT_PNG_DIR to keep the PDF and a PNG of each page.

use std::path::{Path, PathBuf};
use std::process::Command;

use report_domain::export::TITLE_SUFFIX;
use report_domain::report_html;

mod common;
use common::process::{a4_pages, run, squash, TempDir};
use common::{seed, table_labels};

const CHROMIUM: &str = "/usr/bin/chromium";

fn print_to_pdf(html: &str, dir: &Path) -> PathBuf {
    let page = dir.join("report.html");
    let pdf = dir.join("report.pdf");
    std::fs::write(&page, html).expect("write html");
    run(Command::new(CHROMIUM).args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        &format!("--user-data-dir={}", dir.join("profile").display()),
        &format!("--print-to-pdf={}", pdf.display()),
        "--no-pdf-header-footer",
        &format!("file://{}", page.display()),
    ]));
    assert!(pdf.exists(), "chromium wrote no PDF");
    pdf
}

#[test]
fn seed_prints_to_a4_pdf_with_headings_labels_and_page_numbers() {
    let report = seed();
    let dir = TempDir::new("print-seed");
    let pdf = print_to_pdf(&report_html(&report), &dir.0);
    if let Ok(keep) = std::env::var("PRINT_PNG_DIR") {
        let keep = PathBuf::from(keep);
        std::fs::create_dir_all(&keep).expect("create PRINT_PNG_DIR");
        std::fs::copy(&pdf, keep.join("seed-report.pdf")).expect("copy pdf");
        run(Command::new("pdftoppm")
            .args(["-png", "-r", "80"])
            .arg(&pdf)
            .arg(keep.join("page")));
    }

    let pages = a4_pages(&pdf, "the print");
    assert!(
        pages >= 3,
        "the seed report should take several pages, got {pages}"
    );

    let text = run(Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-"));
    let flat = squash(&text);
    let f = report.def();
    assert!(flat.contains(&squash(&format!(
        "{}2021年{TITLE_SUFFIX}",
        report.meta.agency
    ))));
    for s in f.sections {
        assert!(flat.contains(s.heading), "heading {} missing", s.heading);
        for h in s.parts.iter().filter_map(|p| p.heading) {
            assert!(flat.contains(h), "sub-heading {h} missing");
        }
    }
    // Table labels: `-raw` keeps content-stream order, which Chromium paints cell by cell, so a
    // label wrapped inside its cell stays contiguous once whitespace is squashed.
    for t in f.tables {
        for l in table_labels(t) {
            assert!(flat.contains(&squash(l)), "{}: label {l} missing", t.key);
        }
    }
    // A page number "— n —" on every page.
    for n in 1..=pages {
        assert!(flat.contains(&format!("—{n}—")), "page number {n} missing");
    }
}
