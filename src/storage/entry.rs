//! Every stored entry is read and written here, through one trait ([`Stored`]): the draft, the
//! file of the 汇总审查 list and the crash marker each declare their stored form as a serde type
//! with its version field, and [`read`] / [`write`] do the rest. A failure is a typed
//! [`Unreadable`] reason; the components word it (storage holds no sentence for the user).
//!
//! Versions: an entry of a newer version than this code writes is [`Unreadable::Newer`] (each
//! caller decides whether to leave it for that version or keep it aside); one without its
//! version field is read by [`Stored::unversioned`] (the bare report of the first drafts) or is
//! [`Unreadable::NotAnEntry`].
//!
//! Draft entry versions:
//! - 0: the bare report JSON (pre-release drafts). Read as an entry at revision 0.
//! - 1: `{ entry_version, id, name, revision, writer, saved_at, imported, report, previous }`.
//!
//! The report inside passes through `Report::from_json`, which migrates older report schemas.

use report_domain::{JsonError, Report};
use serde::Serialize;
use serde_json::Value;

use super::fields::{self, Object};
use super::keys::Namespace;

/// Why a stored entry could not be read. Typed: the components say it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// The text is not JSON; where the reader stopped.
    NotJson {
        /// Line (from 1).
        line: usize,
        /// Column (from 1).
        column: usize,
    },
    /// JSON, but without this kind's version field (not an entry of this kind).
    NotAnEntry,
    /// Written by a newer version of the app, with this version number.
    Newer(u64),
    /// A version older than any this code reads.
    UnknownVersion(u64),
    /// A field the entry must have is missing.
    MissingField(String),
    /// A field has the wrong type.
    WrongType,
    /// The fields do not make an entry of this kind, for another reason.
    Malformed,
    /// The report inside does not read.
    Report(JsonError),
    /// The page crashed the last time it was opened (the entry itself may be fine).
    Crashed,
}

/// What kind of entry a key of the namespace holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A draft.
    Draft,
    /// A file of the 汇总审查 list.
    ReviewFile,
    /// Any other entry of the namespace.
    Other,
}

impl EntryKind {
    /// What a key of the namespace holds.
    pub fn of(ns: &Namespace, key: &str) -> EntryKind {
        if ns.draft_id(key).is_some() {
            EntryKind::Draft
        } else if ns.review_id(key).is_some() {
            EntryKind::ReviewFile
        } else {
            EntryKind::Other
        }
    }
}

/// A kind of stored entry: its serde form (written), its reader and its version field.
pub(super) trait Stored: Serialize + Sized {
    /// The field holding the entry's version.
    const VERSION_FIELD: &'static str;
    /// The version this code writes (and the newest it reads).
    const VERSION: u64;
    /// The oldest version it reads.
    const OLDEST: u64 = Self::VERSION;

    /// Reads an entry without the version field: only an older unversioned form is one.
    fn unversioned(_v: Value) -> Result<Self, Unreadable> {
        Err(Unreadable::NotAnEntry)
    }

    /// Reads the entry's fields (see [`fields`]: as serde's derived reader read them).
    fn from_object(obj: &Object) -> Result<Self, Unreadable>;
}

/// Reads a stored entry of kind `E`.
pub(super) fn read<E: Stored>(text: &str) -> Result<E, Unreadable> {
    let v: Value = serde_json::from_str(text).map_err(|e| Unreadable::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    match v.get(E::VERSION_FIELD) {
        None => E::unversioned(v),
        Some(n) => match n.as_u64() {
            None => Err(Unreadable::NotAnEntry),
            Some(n) if n > E::VERSION => Err(Unreadable::Newer(n)),
            Some(n) if n < E::OLDEST => Err(Unreadable::UnknownVersion(n)),
            // Only an object has a version field.
            Some(_) => v
                .as_object()
                .map_or(Err(Unreadable::NotAnEntry), E::from_object),
        },
    }
}

/// The entry as stored text.
pub(super) fn write<E: Stored>(entry: &E) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}

/// Why the fields do not make the entry, as serde said it in English (the reason the entries
/// were read with; kept to test the hand reader against it).
#[cfg(test)]
fn shape_error(e: &serde_json::Error) -> Unreadable {
    let m = e.to_string();
    if let Some(field) = m
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        Unreadable::MissingField(field.to_string())
    } else if m.starts_with("invalid type") {
        Unreadable::WrongType
    } else {
        Unreadable::Malformed
    }
}

/// A field read leniently: a value of the wrong type counts as absent, as the entries were
/// always read (serde's form, kept to test the hand reader against it).
#[cfg(test)]
fn lenient<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    use serde::Deserialize;
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

// ----- the draft -----------------------------------------------------------------------------

/// The entry version this code writes.
pub const ENTRY_VERSION: u32 = 1;

/// One stored draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct DraftEntry {
    /// The stored form's version ([`ENTRY_VERSION`]).
    pub entry_version: u32,
    /// The draft id (also the last part of its key).
    pub id: String,
    /// The name the user gave it ("" = named after its agency and year).
    #[serde(default)]
    pub name: String,
    /// Bumped by every save; a tab writes only over the revision it loaded.
    #[serde(default)]
    pub revision: u64,
    /// The tab that wrote it last.
    #[serde(default)]
    pub writer: String,
    /// When it was written (ms since the epoch).
    #[serde(default)]
    pub saved_at: f64,
    /// Whether the report was imported from a published copy.
    #[serde(default)]
    pub imported: bool,
    /// The report (JSON interchange format).
    pub report: Value,
    /// Last year's report, when the draft was started from it (for the cross-year rules).
    #[serde(default)]
    pub previous: Option<Value>,
}

impl DraftEntry {
    /// An entry of version 0 holding `report`, every other field at its default.
    fn bare(report: Value) -> DraftEntry {
        DraftEntry {
            entry_version: 0,
            id: String::new(),
            name: String::new(),
            revision: 0,
            writer: String::new(),
            saved_at: 0.0,
            imported: false,
            report,
            previous: None,
        }
    }
}

impl Stored for DraftEntry {
    const VERSION_FIELD: &'static str = "entry_version";
    const VERSION: u64 = ENTRY_VERSION as u64;
    const OLDEST: u64 = 0;

    /// The first drafts were the bare report.
    fn unversioned(v: Value) -> Result<Self, Unreadable> {
        if v.get("schema_version").is_none() && v.get("format").is_none() {
            return Err(Unreadable::NotAnEntry);
        }
        let imported = v.get("origin").is_some_and(|o| !o.is_null());
        Ok(DraftEntry {
            imported,
            ..DraftEntry::bare(v)
        })
    }

    fn from_object(obj: &Object) -> Result<Self, Unreadable> {
        let (mut version, mut id, mut report) = (None, None, None);
        let mut e = DraftEntry::bare(Value::Null);
        for (k, v) in obj {
            match k.as_str() {
                "entry_version" => version = Some(fields::u32_field(v)?),
                "id" => id = Some(fields::text(v)?),
                "name" => e.name = fields::text(v)?,
                "revision" => e.revision = fields::u64_field(v)?,
                "writer" => e.writer = fields::text(v)?,
                "saved_at" => e.saved_at = fields::number(v)?,
                "imported" => e.imported = fields::boolean(v)?,
                "report" => report = Some(v.clone()),
                "previous" => e.previous = fields::optional_value(v),
                _ => {}
            }
        }
        e.entry_version = fields::required(version, "entry_version")?;
        e.id = fields::required(id, "id")?;
        e.report = fields::required(report, "report")?;
        Ok(e)
    }
}

/// A decoded draft entry with its report read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Decoded {
    pub entry: DraftEntry,
    pub report: Report,
}

/// Reads a stored draft (any entry version) with its report; it is then of the current
/// version, under `id`.
pub(super) fn decode_draft(id: &str, text: &str) -> Result<Decoded, Unreadable> {
    let entry = read::<DraftEntry>(text)?;
    let report = Report::from_json(&entry.report).map_err(Unreadable::Report)?;
    Ok(Decoded {
        entry: DraftEntry {
            entry_version: ENTRY_VERSION,
            id: id.to_string(),
            ..entry
        },
        report,
    })
}

/// The revision of a stored draft and when it was saved, without reading its report (another
/// tab's write, told by a `storage` event). `None` when it is not a readable draft entry.
pub fn draft_revision(text: &str) -> Option<(u64, f64)> {
    read::<DraftEntry>(text)
        .ok()
        .map(|e| (e.revision, e.saved_at))
}

// ----- a file of the 汇总审查 list -----------------------------------------------------------

/// The 汇总审查 entry version this code writes.
pub const REVIEW_VERSION: u64 = 1;

/// One file of the 汇总审查 list as stored: `{ "file", "imported", "order", "report",
/// "review_version" }`, or `{ "file", "order", "review_version", "unread" }` for a file that
/// could not be read. `order` is its place in the list (the time it was added).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub(super) struct ReviewEntry {
    /// The file name.
    pub file: String,
    /// Whether the report came from a published copy.
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub imported: Option<bool>,
    /// Its place in the list.
    #[serde(default, deserialize_with = "lenient")]
    pub order: f64,
    /// The report (JSON interchange format), when the file was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<Value>,
    /// The entry's version ([`REVIEW_VERSION`]).
    pub review_version: u64,
    /// Why the file could not be read (the importer's words, kept as they were shown).
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub unread: Option<String>,
}

impl Stored for ReviewEntry {
    const VERSION_FIELD: &'static str = "review_version";
    const VERSION: u64 = REVIEW_VERSION;

    fn from_object(obj: &Object) -> Result<Self, Unreadable> {
        let (mut file, mut version) = (None, None);
        let mut e = ReviewEntry {
            file: String::new(),
            imported: None,
            order: 0.0,
            report: None,
            review_version: 0,
            unread: None,
        };
        for (k, v) in obj {
            match k.as_str() {
                "file" => file = Some(fields::text(v)?),
                "imported" => e.imported = fields::lenient_option(v, fields::boolean),
                "order" => e.order = fields::lenient(v, fields::number),
                "report" => e.report = fields::optional_value(v),
                "review_version" => version = Some(fields::u64_field(v)?),
                "unread" => e.unread = fields::lenient_option(v, fields::text),
                _ => {}
            }
        }
        e.file = fields::required(file, "file")?;
        e.review_version = fields::required(version, "review_version")?;
        Ok(e)
    }
}

impl ReviewEntry {
    /// The report read with whether it was imported, or why the file could not be read.
    pub fn outcome(&self) -> Result<Result<(Report, bool), String>, Unreadable> {
        match (&self.report, &self.unread) {
            (Some(r), _) => Ok(Ok((
                Report::from_json(r).map_err(Unreadable::Report)?,
                self.imported.unwrap_or(false),
            ))),
            (None, Some(reason)) => Ok(Err(reason.clone())),
            (None, None) => Err(Unreadable::MissingField("report".into())),
        }
    }
}

// ----- the crash marker ----------------------------------------------------------------------

/// The crash marker version this code writes.
pub const CRASH_VERSION: u64 = 1;

/// The crash marker as stored: `{ "at", "crash_version", "draft", "feature" }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub(super) struct CrashEntry {
    /// When (ms since the epoch).
    #[serde(default, deserialize_with = "lenient")]
    pub at: f64,
    /// The marker's version ([`CRASH_VERSION`]).
    pub crash_version: u64,
    /// The draft being opened, for the draft feature.
    #[serde(default, deserialize_with = "lenient")]
    pub draft: Option<String>,
    /// The feature's code ("review", "draft"; another version may know more).
    #[serde(default, deserialize_with = "lenient")]
    pub feature: String,
}

impl Stored for CrashEntry {
    const VERSION_FIELD: &'static str = "crash_version";
    const VERSION: u64 = CRASH_VERSION;

    fn from_object(obj: &Object) -> Result<Self, Unreadable> {
        let mut version = None;
        let mut e = CrashEntry {
            at: 0.0,
            crash_version: 0,
            draft: None,
            feature: String::new(),
        };
        for (k, v) in obj {
            match k.as_str() {
                "at" => e.at = fields::lenient(v, fields::number),
                "crash_version" => version = Some(fields::u64_field(v)?),
                "draft" => e.draft = fields::lenient_option(v, fields::text),
                "feature" => e.feature = fields::lenient(v, fields::text),
                _ => {}
            }
        }
        e.crash_version = fields::required(version, "crash_version")?;
        Ok(e)
    }
}

// ----- what an unreadable entry still names ----------------------------------------------------

/// What an unreadable entry's content still tells of where it came from, when it is JSON (an
/// entry whose report does not read, or of an unknown version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A draft: its own name, its report's agency and year (the components name it as the
    /// draft list does).
    Draft {
        /// The user's name for it ("" = none).
        name: String,
        /// The report's agency.
        agency: String,
        /// The report's year.
        year: Option<i32>,
    },
    /// A file of the 汇总审查 list, by its file name.
    File(String),
}

/// What the content `raw` of an entry of `kind` still names. `None` when it is not JSON or
/// names nothing. Each field is read leniently (a value of the wrong type counts as absent),
/// by hand from the parsed JSON: a serde type for this one salvage cost the first load 16 KB.
pub(super) fn origin(kind: EntryKind, raw: &str) -> Option<Origin> {
    let v: Value = serde_json::from_str(raw).ok()?;
    let text = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    match kind {
        EntryKind::ReviewFile => {
            let file = text(&v, "file");
            (!file.is_empty()).then_some(Origin::File(file))
        }
        EntryKind::Draft => {
            // A draft entry holds its report; the oldest drafts are the bare report.
            let meta = match v.get("report") {
                Some(r) if !r.is_null() => r.get("meta"),
                _ => v.get("meta"),
            };
            let meta = meta.unwrap_or(&Value::Null);
            let (name, agency) = (text(&v, "name"), text(meta, "agency"));
            let year = meta.get("year").and_then(Value::as_i64);
            (!name.is_empty() || !agency.is_empty()).then(|| Origin::Draft {
                name,
                agency,
                year: year.and_then(|y| i32::try_from(y).ok()),
            })
        }
        EntryKind::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_errors_are_typed() {
        let reason = |text: &str| decode_draft("x", text).err();
        assert_eq!(
            reason(r#"{"entry_version":1,"report":{}}"#),
            Some(Unreadable::MissingField("id".into()))
        );
        assert_eq!(
            reason(r#"{"entry_version":1,"id":7,"report":{}}"#),
            Some(Unreadable::WrongType)
        );
        assert!(matches!(
            reason(r#"{"entry_version":1,"id":"x","report":7}"#),
            Some(Unreadable::Report(_))
        ));
        assert_eq!(
            reason("{\n  oops"),
            Some(Unreadable::NotJson { line: 2, column: 3 })
        );
        assert_eq!(reason(r#"{"a":1}"#), Some(Unreadable::NotAnEntry));
        assert_eq!(
            reason(r#"{"entry_version":"1"}"#),
            Some(Unreadable::NotAnEntry)
        );
        assert_eq!(
            reason(r#"{"entry_version":2,"id":"x","report":{}}"#),
            Some(Unreadable::Newer(2))
        );
        let review = |text: &str| read::<ReviewEntry>(text).and_then(|e| e.outcome().map(|_| ()));
        assert_eq!(
            review(r#"{"review_version":0}"#),
            Err(Unreadable::UnknownVersion(0))
        );
        assert_eq!(
            review(r#"{"review_version":1,"file":"a"}"#),
            Err(Unreadable::MissingField("report".into()))
        );
    }

    /// The hand reader of each kind of entry ([`Stored::from_object`]) gives what serde's
    /// derived reader gave — the entry, or the same reason — for every kind of field and
    /// mistake: missing, `null`, the wrong type, out of range, a fraction, unknown fields, and
    /// two mistakes at once (the first in the object's order is said).
    #[test]
    fn reads_as_serde_did() {
        fn same<E>(texts: &[&str])
        where
            E: Stored + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            for text in texts {
                let v: Value = serde_json::from_str(text).expect(text);
                let serde = serde_json::from_value::<E>(v.clone()).map_err(|e| shape_error(&e));
                let hand = E::from_object(v.as_object().expect(text));
                assert_eq!(hand, serde, "{text}");
            }
        }
        same::<DraftEntry>(&[
            r#"{"entry_version":1,"id":"a","name":"初稿","revision":4,"writer":"t","saved_at":1.5,"imported":true,"report":{"x":1},"previous":{"y":2}}"#,
            r#"{"entry_version":1,"id":"a","report":null}"#,
            r#"{"entry_version":0,"id":"a","report":7,"previous":null,"other":[1]}"#,
            r#"{"entry_version":1,"report":{}}"#,
            r#"{"entry_version":1,"id":"a"}"#,
            r#"{"entry_version":1}"#,
            r#"{"entry_version":1,"id":null,"report":{}}"#,
            r#"{"entry_version":1,"id":7,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","name":null,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","name":5,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":-1,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":1.5,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":2.0,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":"3","report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":18446744073709551615,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":18446744073709551616,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","saved_at":3,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","saved_at":-3,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","saved_at":"3","report":{}}"#,
            r#"{"entry_version":1,"id":"a","saved_at":null,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","imported":1,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","imported":null,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","writer":[],"report":{}}"#,
            r#"{"entry_version":1,"id":"a","writer":{},"report":{}}"#,
            r#"{"entry_version":4294967296,"id":"a","report":{}}"#,
            r#"{"entry_version":-1,"id":"a","report":{}}"#,
            r#"{"entry_version":1,"name":5,"revision":-1,"report":{}}"#,
            r#"{"entry_version":1,"revision":-1,"writer":5,"report":{}}"#,
            r#"{"entry_version":1,"id":"a","revision":-1,"name":5}"#,
        ]);
        same::<ReviewEntry>(&[
            r#"{"file":"a.html","imported":true,"order":3,"report":{"x":1},"review_version":1}"#,
            r#"{"file":"a.pdf","order":2.5,"review_version":1,"unread":"读不出"}"#,
            r#"{"file":"a","review_version":1,"imported":"yes","order":"x","unread":5,"report":null}"#,
            r#"{"file":"a","review_version":1,"imported":null,"order":null,"unread":null}"#,
            r#"{"review_version":1}"#,
            r#"{"file":"a"}"#,
            r#"{"file":null,"review_version":1}"#,
            r#"{"file":3,"review_version":1}"#,
            r#"{"file":"a","review_version":-1}"#,
            r#"{"file":"a","review_version":1.0}"#,
            r#"{"file":"a","review_version":"1"}"#,
            r#"{"file":5,"review_version":-2}"#,
            r#"{"file":"a","review_version":1,"extra":{"deep":[1,2]}}"#,
        ]);
        same::<CrashEntry>(&[
            r#"{"at":5,"crash_version":1,"draft":"d1","feature":"draft"}"#,
            r#"{"at":"x","crash_version":1,"draft":7,"feature":null}"#,
            r#"{"at":null,"crash_version":1,"draft":null,"feature":[]}"#,
            r#"{"crash_version":1}"#,
            r#"{"at":1}"#,
            r#"{"crash_version":null}"#,
            r#"{"crash_version":-1,"at":1}"#,
            r#"{"crash_version":2.5}"#,
            r#"{"crash_version":"1","feature":"review"}"#,
        ]);
    }

    #[test]
    fn the_revision_of_another_tab_s_write() {
        assert_eq!(
            draft_revision(
                r#"{"entry_version":1,"id":"a","revision":3,"saved_at":9.5,"report":{}}"#
            ),
            Some((3, 9.5))
        );
        assert_eq!(draft_revision("{oops"), None);
        assert_eq!(draft_revision(r#"{"entry_version":1,"report":{}}"#), None);
    }
}
