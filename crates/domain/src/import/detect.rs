//! Which official format a report's tables follow: the 2019 and 2021 tables differ in table
//! 二's columns and table 三's （六）其他处理 rows, so the printed words decide, not the year.

use super::normalize::key;
use crate::format::{FormatDef, FormatId, FORMATS};

/// How the format was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// From the words in the tables: the number of the format's markers found.
    Tables(usize),
    /// No marker found, or as many of several formats': from the report year.
    Year,
    /// Neither tables nor year: the current format.
    Default,
}

/// Decides the format from the table sections' text: the format with the most of its
/// [`markers`](crate::format::FormatDef::markers) found. Of formats that found the same words,
/// the one declaring the fewest is taken: a format that prints all of another's words and more
/// (a later one derived from it) needs its own words in the text. A remaining tie (none found,
/// or as many of several formats') is decided by the year when its format is among them, else
/// by the order of [`FORMATS`] (newest first).
pub fn detect(tables_text: &str, year: Option<i32>) -> (FormatId, Basis) {
    let k: String = key(tables_text).into_iter().collect();
    let found: Vec<(&FormatDef, Vec<&str>)> = FORMATS
        .iter()
        .map(|f| {
            let words = f.markers.iter().copied();
            let words = words.filter(|w| k.contains(&key(w).into_iter().collect::<String>()));
            (*f, words.collect())
        })
        .collect();
    let most = found.iter().map(|(_, w)| w.len()).max().unwrap_or(0);
    let top: Vec<&(&FormatDef, Vec<&str>)> =
        found.iter().filter(|(_, w)| w.len() == most).collect();
    let tied: Vec<FormatId> = top
        .iter()
        .filter(|(f, w)| {
            most == 0
                || !top
                    .iter()
                    .any(|(g, v)| v == w && g.markers.len() < f.markers.len())
        })
        .map(|(f, _)| f.id)
        .collect();
    let by_year = year.map(FormatId::for_year).filter(|id| tied.contains(id));
    match (tied.as_slice(), by_year) {
        ([one], _) if most > 0 => (*one, Basis::Tables(most)),
        (_, Some(id)) => (id, Basis::Year),
        // A tie the year's format is not in: the tables still narrowed it down.
        (_, None) if year.is_some() && most > 0 => (tied[0], Basis::Tables(most)),
        _ => (
            tied.first().copied().unwrap_or(FormatId::F2021),
            Basis::Default,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_decide() {
        assert_eq!(
            detect("信息内容\t本年新制作数量", Some(2021)).0,
            FormatId::F2019
        );
        assert_eq!(detect("本年制发件数", Some(2019)).0, FormatId::F2021);
        assert_eq!(detect("", Some(2020)), (FormatId::F2019, Basis::Year));
        assert_eq!(detect("", None), (FormatId::F2021, Basis::Default));
    }
}
