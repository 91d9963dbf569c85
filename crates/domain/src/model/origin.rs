//! What the importer found in a published report, kept with the report so the structural rules
//! (S-1, T3-7) and the UI can show the publisher's own wording and every doubt.

use serde::{Deserialize, Serialize};

/// The record of an import: where the report came from and what did not match the official form.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRecord {
    /// What was imported: "text", "html", "mhtml", "markdown", "pdf-text", "pdf", "docx", or a
    /// file name.
    pub source: String,
    /// Section headings as found, in document order (for S-1).
    #[serde(default)]
    pub headings: Vec<FoundHeading>,
    /// Row or column labels that deviate from the official wording (for T3-7).
    #[serde(default)]
    pub labels: Vec<LabelDeviation>,
    /// Rows whose run-together digits allow several splits; the user must pick one.
    #[serde(default)]
    pub uncertain: Vec<UncertainRow>,
    /// Everything else worth telling the user (Chinese).
    #[serde(default)]
    pub notes: Vec<String>,
}

/// A section heading found in the imported text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FoundHeading {
    /// Which official section it was recognised as ("overview" … "other_matters").
    pub section: String,
    /// The heading exactly as found.
    pub text: String,
}

/// A label as printed versus the official one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelDeviation {
    /// The row or column address, e.g. "table3.withheld_2" or "table2.fees.amount".
    pub address: String,
    /// The label as printed.
    pub found: String,
    /// The official label.
    pub official: String,
}

/// A row of run-together digits with more than one valid split.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UncertainRow {
    /// Row address, e.g. "table3.granted".
    pub row: String,
    /// The digits as printed.
    pub digits: String,
    /// Each candidate split: one value per column, in the block's column order.
    pub candidates: Vec<Vec<i64>>,
}
