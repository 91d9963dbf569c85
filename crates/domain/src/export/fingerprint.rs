//! The 校验码 printed on every published copy: the first characters of the SHA-256 of the
//! report's canonical JSON, grouped for reading aloud ("3F2A-91C0-7B4E"). Typed back from paper,
//! it tells whether a copy shows the data of a given draft.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::model::Report;

/// Hex digits of the digest the code shows: 48 bits, so two different reports share a code with
/// odds of about one in 2.8 × 10¹⁴, and a person reads it aloud in three groups of four.
pub const CODE_DIGITS: usize = 12;

/// The report's canonical JSON: the interchange format (docs/json-format.md) without the import
/// record (`origin`, which says where a draft came from, not what it reports), compact, with
/// every object's keys in byte order. Two reports with the same content have the same text.
pub fn canonical_json(report: &Report) -> String {
    let mut out = String::with_capacity(8 * 1024);
    // The import record is skipped as it is written, not removed from the map: a map's remove
    // brings the B-tree's rebalancing code into the app's first load, which computes the code.
    write_canonical(&mut out, &report.to_json(), Some("origin"));
    out
}

/// Writes `v` with every object's keys in byte order, leaving out the key `skip` of `v` itself.
fn write_canonical(out: &mut String, v: &Value, skip: Option<&str>) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().filter(|k| Some(k.as_str()) != skip).collect();
            crate::order::sort(&mut keys);
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&scalar(k));
                out.push(':');
                write_canonical(out, &m[k], None);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(out, x, None);
            }
            out.push(']');
        }
        other => out.push_str(&scalar(other)),
    }
}

/// A key or a value other than an object or array, as compact JSON (serde_json's escaping).
/// Written through `serde_json::to_string`, which the app's first load has already, rather
/// than `Display`, which would bring a second copy of the serializer.
fn scalar<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// The 校验码 of a report: [`CODE_DIGITS`] uppercase hex digits of the SHA-256 of its
/// [`canonical_json`], in groups of four joined by "-".
pub fn fingerprint(report: &Report) -> String {
    code_from_digest(&Sha256::digest(canonical_json(report).as_bytes()))
}

/// The 校验码 shown for a SHA-256 `digest` of a report's [`canonical_json`]: its first
/// [`CODE_DIGITS`] hex digits, uppercase, in groups of four joined by "-". The one formatting of
/// every path that digests: [`fingerprint`] here, and the app's first load, which asks the
/// browser's SubtleCrypto for the digest so that it carries no SHA-256 of its own. A digest
/// shorter than the code (never SHA-256's) gives a shorter code, which no typed code matches.
pub fn code_from_digest(digest: &[u8]) -> String {
    let hex: String = digest
        .iter()
        .flat_map(|b| [b >> 4, b & 0xf])
        .take(CODE_DIGITS)
        .map(|n| {
            char::from_digit(u32::from(n), 16)
                .unwrap_or('0')
                .to_ascii_uppercase()
        })
        .collect();
    group(&hex)
}

fn group(hex: &str) -> String {
    let chars: Vec<char> = hex.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A code as typed from paper, in the printed form: hex digits kept (full-width ones read as
/// ASCII, any case), everything else (spaces, dashes, "校验码：") dropped. `None` when it does
/// not have exactly [`CODE_DIGITS`] digits, so a short or long code is never "a match".
pub fn normalize_code(typed: &str) -> Option<String> {
    let hex: String = typed
        .chars()
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｆ' | 'ａ'..='ｆ' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            c => c,
        })
        .filter(|c| c.is_ascii_hexdigit())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (hex.len() == CODE_DIGITS).then(|| group(&hex))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Cell;

    #[test]
    fn code_is_stable_grouped_and_follows_the_content() {
        let mut r = Report::for_year(2021);
        let a = fingerprint(&r);
        assert_eq!(a.len(), 14);
        assert_eq!(a.matches('-').count(), 2);
        assert_eq!(a, fingerprint(&r.clone()));
        assert!(r.set("table3.new.natural", Cell::Int(1)));
        assert_ne!(fingerprint(&r), a);
        // The import record is not part of the content.
        let before = fingerprint(&r);
        r.origin = Some(Default::default());
        assert_eq!(fingerprint(&r), before);
    }

    #[test]
    fn canonical_json_reads_back_as_the_report() {
        let mut r = Report::for_year(2019);
        r.meta.agency = "某县\"商务局\"".into();
        let back = Report::from_json_str(&canonical_json(&r)).unwrap();
        assert_eq!(back, r);
        assert!(!canonical_json(&r).contains('\n'));
    }

    #[test]
    fn code_from_a_digest() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        let digest = [
            0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae,
            0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61,
            0xf2, 0x00, 0x15, 0xad,
        ];
        assert_eq!(code_from_digest(&digest), "BA78-16BF-8F01");
        assert_eq!(code_from_digest(&Sha256::digest(b"abc")), "BA78-16BF-8F01");
        let r = Report::for_year(2021);
        let json = canonical_json(&r);
        assert_eq!(
            code_from_digest(&Sha256::digest(json.as_bytes())),
            fingerprint(&r)
        );
    }

    #[test]
    fn typed_codes() {
        assert_eq!(
            normalize_code("3f2a 91c0 7b4e").as_deref(),
            Some("3F2A-91C0-7B4E")
        );
        assert_eq!(
            normalize_code("校验码：３F2A-91C0-7B4E").as_deref(),
            Some("3F2A-91C0-7B4E")
        );
        assert_eq!(normalize_code("3F2A-91C0-7B4"), None);
        assert_eq!(normalize_code(""), None);
    }
}
