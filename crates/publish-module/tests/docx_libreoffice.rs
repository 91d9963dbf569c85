//! The .docx converted to PDF by LibreOffice (headless, as `libreoffice --headless --convert-to
//! pdf` does) and read back with poppler: A4 pages, every official label and every figure of
//! both formats, "— n —" on every page, the 校验码. Needs Debian's libreoffice-writer and
//! poppler-utils (scripts/setup.sh installs both). Set DOCX_PNG_DIR to keep the PDFs and a PNG
//! of each page.

use std::path::{Path, PathBuf};
use std::process::Command;

use report_domain::export::{fingerprint, grids, Role};
use report_domain::Report;
use report_publish::render_docx;

mod common;
use common::process::{a4_pages, run, squash, TempDir};
use common::{filled_2019, official_labels, sample};

/// The .docx converted by LibreOffice, with a profile of its own (so runs never share one).
fn to_pdf(docx: &[u8], dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(format!("{name}.docx"));
    std::fs::write(&file, docx).expect("write docx");
    run(Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(&file));
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(pdf.exists(), "LibreOffice wrote no PDF");
    pdf
}

/// Whether the characters of `label` occur in `text` in order.
fn in_order(text: &str, label: &str) -> bool {
    let mut rest = text.chars();
    label
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| rest.any(|t| t == c))
}

fn check(report: &Report, name: &str) {
    let dir = TempDir::new(&format!("docx-{name}"));
    let pdf = to_pdf(&render_docx(report), &dir.0, name);
    if let Ok(keep) = std::env::var("DOCX_PNG_DIR") {
        let keep = PathBuf::from(keep);
        std::fs::create_dir_all(&keep).expect("create DOCX_PNG_DIR");
        std::fs::copy(&pdf, keep.join(format!("{name}.pdf"))).expect("copy pdf");
        run(Command::new("pdftoppm")
            .args(["-png", "-r", "80"])
            .arg(&pdf)
            .arg(keep.join(name)));
    }
    let pages = a4_pages(&pdf, name);
    assert!(pages >= 2, "{name}: {pages} pages");

    let text = run(Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-"));
    let flat = squash(&text);
    // A row group's heading ("三、本年度办理结果") sits in a cell merged down over rows that run
    // onto the next page, where LibreOffice, like the print, carries on its text: its characters
    // are there, in order, with the page's foot and the repeated header rows between them.
    let groups: Vec<String> = grids(report)
        .iter()
        .flat_map(|g| g.bodies.iter().flatten().flatten())
        .filter(|c| c.role == Role::Group)
        .map(|c| c.text.clone())
        .collect();
    for label in official_labels(report.def()) {
        let whole = flat.contains(&squash(label));
        assert!(
            whole || (groups.iter().any(|g| g == label) && in_order(&flat, label)),
            "{name}: label {label} missing"
        );
    }
    // Every figure, row by row in the order the table shows them (a lone "0" would prove
    // nothing): the row's figures follow one another in the PDF's text.
    for g in grids(report) {
        for row in g.bodies.iter().flatten() {
            let figures: String = row
                .iter()
                .filter(|c| matches!(c.role, Role::Value { .. }))
                .map(|c| c.text.as_str())
                .collect();
            if !figures.is_empty() {
                assert!(
                    flat.contains(&figures),
                    "{name}: {} figures {figures} missing",
                    g.table.key
                );
            }
        }
    }
    for n in 1..=pages {
        assert!(
            flat.contains(&format!("—{n}—")),
            "{name}: page number {n} missing"
        );
    }
    assert!(
        flat.contains(&format!("校验码：{}", fingerprint(report))),
        "{name}: code"
    );
}

#[test]
fn libreoffice_prints_every_label_and_figure_of_the_2021_format() {
    check(&sample(), "sample-2021");
}

#[test]
fn libreoffice_prints_every_label_and_figure_of_the_2019_format() {
    check(&filled_2019(), "filled-2019");
}
