//! The roster of a review (应报送单位名单): the units expected to submit, as the user types or
//! pastes them, set against the reports collected — who has not submitted (未报送) and who
//! submitted without being on the roster (名单外).
//!
//! How names match: a unit on the roster and a report's 机关名称 match when their *keys* are
//! equal. A key is the name with every full-width letter, digit and bracket turned half-width
//! (and Kangxi look-alikes into their ideographs, as the importer reads them), every space
//! (half- or full-width, inside too) dropped, and Latin letters lower-cased. Nothing else is
//! forgiven: no prefix, no part of a name, no similar name matches ("郑县商务局" never matches
//! "郑县商务局办公室" or "郑州市商务局"), since a wrong match would hide a unit that did not
//! submit.

use crate::import::normalize::half_width;

/// The longest roster kept (characters): some thousand unit names. More is a paste of
/// something else.
pub const MAX_ROSTER_CHARS: usize = 20_000;

/// Why a roster's text is refused for its length, or `None` when it fits.
pub fn roster_too_long(text: &str) -> Option<String> {
    let chars = text.chars().count();
    (chars > MAX_ROSTER_CHARS)
        .then(|| format!("名单过长（{chars} 字）：最多 {MAX_ROSTER_CHARS} 字。请只粘贴单位名称"))
}

/// The characters that separate names in a typed or pasted roster: line breaks, commas (half-
/// and full-width), 顿号, semicolons and tabs (a column pasted from a spreadsheet).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | ',' | '，' | '、' | ';' | '；' | '\t' | '\u{2028}' | '\u{2029}'
    )
}

/// The key a unit name is matched by (see the module's note).
pub fn unit_key(name: &str) -> String {
    name.chars()
        .map(half_width)
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The unit names of a roster's text, in order, each trimmed and once (by key). An item with
/// no letter or ideograph (a list's numbering "1" before "、", a stray "-") is no name.
pub fn roster_units(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for item in text.split(is_separator) {
        let name = item.trim_matches(|c: char| c.is_whitespace());
        if !name.chars().any(char::is_alphabetic) {
            continue;
        }
        let key = unit_key(name);
        if !keys.contains(&key) {
            keys.push(key);
            out.push(name.to_string());
        }
    }
    out
}

/// The roster set against the reports collected.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RosterCheck {
    /// The roster's units, in its order, each with the positions of the reports that match it.
    pub units: Vec<(String, Vec<usize>)>,
    /// The positions of the reports that match no unit of the roster (名单外), a report without
    /// a 机关名称 among them.
    pub outside: Vec<usize>,
}

impl RosterCheck {
    /// The units with no report (未报送), in the roster's order.
    pub fn missing(&self) -> impl Iterator<Item = &str> {
        self.units
            .iter()
            .filter(|(_, at)| at.is_empty())
            .map(|(u, _)| u.as_str())
    }

    /// How many units have a report.
    pub fn submitted(&self) -> usize {
        self.units.iter().filter(|(_, at)| !at.is_empty()).count()
    }
}

/// Sets the roster's `units` against the `agencies` of the reports collected (their 机关名称,
/// in list order).
pub fn check_roster(units: &[String], agencies: &[&str]) -> RosterCheck {
    let keys: Vec<String> = agencies.iter().map(|a| unit_key(a)).collect();
    let unit_keys: Vec<String> = units.iter().map(|u| unit_key(u)).collect();
    RosterCheck {
        units: units
            .iter()
            .zip(&unit_keys)
            .map(|(u, k)| {
                let at = (0..keys.len()).filter(|&i| keys[i] == *k).collect();
                (u.clone(), at)
            })
            .collect(),
        outside: (0..keys.len())
            .filter(|&i| keys[i].is_empty() || !unit_keys.contains(&keys[i]))
            .collect(),
    }
}
