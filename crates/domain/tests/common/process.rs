//! Running the converters the print tests check with (Chromium, LibreOffice, poppler) in a
//! directory of their own. Shared by the domain's print test and the Word file's LibreOffice test
//! (crates/publish-module/tests, which include this file by path).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// A fresh directory under the system temp dir, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A new directory named after `tag`.
    pub fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let p = std::env::temp_dir().join(format!("report-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `cmd` and returns its standard output; panics with its error output if it fails.
pub fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text with every kind of whitespace removed: pdftotext breaks CJK lines and table cells
/// wherever the layout wrapped them.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The page count of a PDF whose pages are all A4 (pdfinfo's first page size; 595.3 × 841.9 pt),
/// or a failed assertion naming `what`.
pub fn a4_pages(pdf: &std::path::Path, what: &str) -> usize {
    let info = run(Command::new("pdfinfo").arg(pdf));
    let size = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .expect("pdfinfo page size");
    let nums: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        nums.len() >= 2 && (nums[0] - 595.3).abs() < 1.0 && (nums[1] - 841.9).abs() < 1.0,
        "{what}: not A4: {size}"
    );
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo pages")
}
