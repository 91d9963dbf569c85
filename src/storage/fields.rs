//! The fields of a stored entry read by hand from its parsed JSON object, as serde's derived
//! reader read them (the entries were read that way, and `entry::tests::reads_as_serde_did`
//! compares the two on every kind of field and mistake). Reading them by hand keeps serde's
//! struct readers, and its readers of a JSON value, out of the first load.
//!
//! serde reads the object's fields in the object's order and stops at the first whose value is
//! wrong; a missing required field is said only after every present field was read. The
//! reasons are those `entry::shape_error` made of serde's messages: a value of another type is
//! [`Unreadable::WrongType`], a number out of range [`Unreadable::Malformed`].

use serde_json::{Map, Value};

use super::entry::Unreadable;

/// An object's fields, read one kind of field at a time.
pub(super) type Object = Map<String, Value>;

/// A text field.
pub(super) fn text(v: &Value) -> Result<String, Unreadable> {
    match v {
        Value::String(s) => Ok(s.clone()),
        _ => Err(Unreadable::WrongType),
    }
}

/// A whole number ≥ 0 up to `max`: a negative or larger one is out of range, a fraction or
/// another type is the wrong type.
fn unsigned(v: &Value, max: u64) -> Result<u64, Unreadable> {
    let Value::Number(n) = v else {
        return Err(Unreadable::WrongType);
    };
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) if u <= max => Ok(u),
        (Some(_), _) | (None, Some(_)) => Err(Unreadable::Malformed),
        (None, None) => Err(Unreadable::WrongType),
    }
}

/// A `u64` field.
pub(super) fn u64_field(v: &Value) -> Result<u64, Unreadable> {
    unsigned(v, u64::MAX)
}

/// A `u32` field.
pub(super) fn u32_field(v: &Value) -> Result<u32, Unreadable> {
    unsigned(v, u64::from(u32::MAX)).map(|n| n as u32)
}

/// A number field (any JSON number).
pub(super) fn number(v: &Value) -> Result<f64, Unreadable> {
    v.as_f64().ok_or(Unreadable::WrongType)
}

/// A true/false field.
pub(super) fn boolean(v: &Value) -> Result<bool, Unreadable> {
    v.as_bool().ok_or(Unreadable::WrongType)
}

/// A field that may hold any JSON, `null` for none.
pub(super) fn optional_value(v: &Value) -> Option<Value> {
    (!v.is_null()).then(|| v.clone())
}

/// A field read leniently: a value of the wrong type counts as absent (`None`, 0, "").
pub(super) fn lenient<T: Default>(v: &Value, read: impl Fn(&Value) -> Result<T, Unreadable>) -> T {
    read(v).unwrap_or_default()
}

/// An optional field read leniently: `null` or a value of the wrong type is `None`.
pub(super) fn lenient_option<T>(
    v: &Value,
    read: impl Fn(&Value) -> Result<T, Unreadable>,
) -> Option<T> {
    read(v).ok()
}

/// A required field that was not there.
pub(super) fn required<T>(field: Option<T>, name: &str) -> Result<T, Unreadable> {
    field.ok_or_else(|| Unreadable::MissingField(name.to_string()))
}
