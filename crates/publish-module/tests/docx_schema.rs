//! The .docx against the OOXML schemas and the semantic constraints of Microsoft's Open XML SDK
//! (what Word itself checks before it offers to repair a file), as ported to Python by
//! `openxml-audit` (PyPI; scripts/setup.sh installs it in a virtual environment and puts it on
//! PATH). Every part is checked: document.xml, styles.xml, settings.xml, numbering.xml, the
//! footer, the theme, the custom XML part with the report's data, the package's relationships
//! and content types. LibreOffice (docx_libreoffice.rs) opens files Word would refuse; this is the
//! check that stands in for Word and WPS, which are not available here.
//!
//! `OPENXML_AUDIT` names the program when it is not `openxml-audit` on PATH; set
//! `DOCX_SCHEMA_DIR` to keep the files checked.

use std::path::Path;
use std::process::Command;

use report_domain::Report;
use report_publish::render_docx;

mod common;
use common::process::TempDir;
use common::{filled_2019, sample};

/// The validator's findings on `docx` as the lines it printed (empty when the file is valid),
/// for Office 2007 (the oldest Word that reads .docx: what it accepts, every later one does)
/// and for Microsoft 365.
fn findings(docx: &[u8], dir: &Path, name: &str) -> Vec<String> {
    let file = dir.join(format!("{name}.docx"));
    std::fs::write(&file, docx).expect("write docx");
    if let Ok(keep) = std::env::var("DOCX_SCHEMA_DIR") {
        std::fs::create_dir_all(&keep).expect("create DOCX_SCHEMA_DIR");
        std::fs::copy(&file, Path::new(&keep).join(format!("{name}.docx"))).expect("keep docx");
    }
    let program = std::env::var("OPENXML_AUDIT").unwrap_or_else(|_| "openxml-audit".into());
    let mut out = Vec::new();
    for version in ["office2007", "microsoft365"] {
        let run = Command::new(&program)
            .args(["--format", version, "--output", "json", "--max-errors", "0"])
            .arg(&file)
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e} (scripts/setup.sh installs openxml-audit)"));
        let text = String::from_utf8_lossy(&run.stdout);
        let all: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!(
                "{program} printed no JSON ({e}): {text}{}",
                String::from_utf8_lossy(&run.stderr)
            )
        });
        // One result per file validated: ours is the only one.
        let json = &all[0];
        let errors = json["errors"].as_array().cloned().unwrap_or_default();
        let valid = json["valid"].as_bool();
        assert!(valid.is_some(), "{program}'s answer has no `valid`: {all}");
        for e in &errors {
            out.push(format!(
                "{version}: {} {} at {}: {}",
                e["part_uri"].as_str().unwrap_or("?"),
                e["type"].as_str().unwrap_or("?"),
                e["path"].as_str().unwrap_or("?"),
                e["description"].as_str().unwrap_or("?"),
            ));
        }
        if valid == Some(false) && json["error_count"].as_u64() != Some(errors.len() as u64) {
            out.push(format!(
                "{version}: invalid, and not every error listed: {json}"
            ));
        }
    }
    out
}

fn check(report: &Report, name: &str) {
    let dir = TempDir::new(&format!("docx-schema-{name}"));
    let found = findings(&render_docx(report), &dir.0, name);
    assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
}

#[test]
fn the_2021_report_is_valid_ooxml() {
    check(&sample(), "sample-2021");
}

#[test]
fn the_2019_format_report_is_valid_ooxml() {
    check(&filled_2019(), "filled-2019");
}

/// The validator can fail: a document part with an element Word does not know is reported.
#[test]
fn the_validator_reports_a_broken_part() {
    let docx = render_docx(&sample());
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    let mut broken = Vec::new();
    {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(&mut broken));
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).expect("member");
            let name = f.name().expect("member name").to_string();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut data).expect("read member");
            if name == "word/document.xml" {
                let s = String::from_utf8(data).expect("UTF-8");
                data = s
                    .replacen("<w:body>", "<w:body><w:notAnElement/>", 1)
                    .into_bytes();
            }
            w.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("start member");
            std::io::Write::write_all(&mut w, &data).expect("write member");
        }
        w.finish().expect("finish zip");
    }
    let dir = TempDir::new("docx-schema-broken");
    let found = findings(&broken, &dir.0, "broken");
    assert!(
        found.iter().any(|f| f.contains("notAnElement")),
        "{}",
        found.join("\n")
    );
}
