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

/// Reading a record from the report's JSON, by hand over the parsed value: a serde reader for
/// these five types cost the first load several KB, and its messages were English. The same
/// shape is read: unknown fields are refused, `source` and each item's fields are required, the
/// lists may be left out.
mod read {
    use serde_json::{Map, Value};

    use super::{FoundHeading, ImportRecord, LabelDeviation, UncertainRow};

    /// What is wrong, in Chinese (the caller says where: `origin`).
    type Result<T> = std::result::Result<T, String>;

    fn object<'a>(v: &'a Value, what: &str, allowed: &[&str]) -> Result<&'a Map<String, Value>> {
        let o = v.as_object().ok_or_else(|| format!("{what}应为对象"))?;
        match o.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(format!("{what}有未知的字段“{k}”")),
            None => Ok(o),
        }
    }

    fn text(o: &Map<String, Value>, key: &str, what: &str) -> Result<String> {
        match o.get(key) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(format!("{what}的“{key}”应为文字")),
            None => Err(format!("{what}缺少“{key}”")),
        }
    }

    /// The list `key` (empty when left out), each item read by `item` (with its position, from 1).
    fn list<T>(
        o: &Map<String, Value>,
        key: &str,
        required: bool,
        item: impl Fn(&Value, &str) -> Result<T>,
    ) -> Result<Vec<T>> {
        let items = match o.get(key) {
            None if !required => return Ok(Vec::new()),
            None => return Err(format!("缺少“{key}”")),
            Some(Value::Array(items)) => items,
            Some(_) => return Err(format!("“{key}”应为列表")),
        };
        items
            .iter()
            .enumerate()
            .map(|(i, v)| item(v, &format!("“{key}”第 {} 项", i + 1)))
            .collect()
    }

    fn heading(v: &Value, what: &str) -> Result<FoundHeading> {
        let o = object(v, what, &["section", "text"])?;
        Ok(FoundHeading {
            section: text(o, "section", what)?,
            text: text(o, "text", what)?,
        })
    }

    fn label(v: &Value, what: &str) -> Result<LabelDeviation> {
        let o = object(v, what, &["address", "found", "official"])?;
        Ok(LabelDeviation {
            address: text(o, "address", what)?,
            found: text(o, "found", what)?,
            official: text(o, "official", what)?,
        })
    }

    fn uncertain(v: &Value, what: &str) -> Result<UncertainRow> {
        let o = object(v, what, &["row", "digits", "candidates"])?;
        let split = |v: &Value, what: &str| match v {
            Value::Array(xs) => xs
                .iter()
                .map(|x| x.as_i64().ok_or_else(|| format!("{what}应为整数")))
                .collect(),
            _ => Err(format!("{what}应为列表")),
        };
        Ok(UncertainRow {
            row: text(o, "row", what)?,
            digits: text(o, "digits", what)?,
            candidates: list(o, "candidates", true, split).map_err(|e| format!("{what}{e}"))?,
        })
    }

    fn note(v: &Value, what: &str) -> Result<String> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("{what}应为文字"))
    }

    impl ImportRecord {
        /// Reads a record from its JSON value; what is wrong, in Chinese.
        pub fn from_json(v: &Value) -> Result<ImportRecord> {
            let o = object(
                v,
                "",
                &["source", "headings", "labels", "uncertain", "notes"],
            )?;
            Ok(ImportRecord {
                source: text(o, "source", "")?,
                headings: list(o, "headings", false, heading)?,
                labels: list(o, "labels", false, label)?,
                uncertain: list(o, "uncertain", false, uncertain)?,
                notes: list(o, "notes", false, note)?,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record() -> ImportRecord {
        ImportRecord {
            source: "pdf".into(),
            headings: vec![FoundHeading {
                section: "overview".into(),
                text: "一、总体情况".into(),
            }],
            labels: vec![LabelDeviation {
                address: "table3.withheld_2".into(),
                found: "国家秘密".into(),
                official: "1.属于国家秘密".into(),
            }],
            uncertain: vec![UncertainRow {
                row: "table3.granted".into(),
                digits: "1234".into(),
                candidates: vec![vec![1, 23, 4], vec![12, 3, 4]],
            }],
            notes: vec!["表三第 2 页".into()],
        }
    }

    /// The hand reader reads what serde writes, as serde's own reader did, and refuses what
    /// serde refused.
    #[test]
    fn reads_as_serde_did() {
        let full = serde_json::to_value(record()).unwrap();
        assert_eq!(ImportRecord::from_json(&full), Ok(record()));
        let bare = json!({ "source": "text" });
        let serde_read: ImportRecord = serde_json::from_value(bare.clone()).unwrap();
        assert_eq!(ImportRecord::from_json(&bare), Ok(serde_read));
        let bad = [
            json!({ "source": "text", "headngs": [] }),
            json!({ "headings": [] }),
            json!({ "source": 7 }),
            json!({ "source": "text", "notes": null }),
            json!({ "source": "text", "notes": [7] }),
            json!({ "source": "text", "headings": [{ "section": "overview" }] }),
            json!({ "source": "text", "labels": [{ "address": "a", "found": "b", "official": "c", "x": 1 }] }),
            json!({ "source": "text", "uncertain": [{ "row": "r", "digits": "1", "candidates": [[1.5]] }] }),
            json!({ "source": "text", "uncertain": [{ "row": "r", "digits": "1" }] }),
            json!("text"),
        ];
        for v in bad {
            assert!(
                serde_json::from_value::<ImportRecord>(v.clone()).is_err(),
                "{v}"
            );
            assert!(ImportRecord::from_json(&v).is_err(), "{v}");
        }
        assert_eq!(
            ImportRecord::from_json(&json!({ "source": "text", "headngs": [] })),
            Err("有未知的字段“headngs”".into())
        );
        assert_eq!(
            ImportRecord::from_json(
                &json!({ "source": "text", "headings": [{ "section": "overview" }] })
            ),
            Err("“headings”第 1 项缺少“text”".into())
        );
        assert_eq!(
            ImportRecord::from_json(
                &json!({ "source": "text", "uncertain": [{ "row": "r", "digits": "1", "candidates": [[1.5]] }] })
            ),
            Err("“uncertain”第 1 项“candidates”第 1 项应为整数".into())
        );
    }
}
