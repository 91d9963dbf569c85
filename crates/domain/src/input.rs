//! Parsing what people really type or paste into a cell: full-width digits, thousands
//! separators, spaces, "/" and "—" for nothing. Never through a float.

use crate::format::CellKind;
use crate::model::{Cell, Decimal, Misfit};

/// The largest count a cell accepts (no agency receives a billion applications).
pub const MAX_COUNT: i64 = 999_999_999;

/// The most digits an amount holds, integer and fraction together. 万元 with 20 integer digits is
/// far beyond any budget, and a bound keeps every amount cheap to add and show; the cell input,
/// the JSON reader and the sum of reports all hold to it, so what one writes the others read.
pub const MAX_AMOUNT_DIGITS: usize = 40;

/// Why an amount is refused for its length, or `None` when it fits ([`MAX_AMOUNT_DIGITS`]).
pub fn amount_too_long(d: &Decimal) -> Option<String> {
    let digits = d.as_str().bytes().filter(u8::is_ascii_digit).count();
    (digits > MAX_AMOUNT_DIGITS).then(|| format!("金额位数过多（最多 {MAX_AMOUNT_DIGITS} 位数字）"))
}

/// A successfully parsed cell, with a note when the input was reinterpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The value to store.
    pub cell: Cell,
    /// A Chinese note for the user, e.g. when "/" was read as blank.
    pub note: Option<String>,
}

/// Why an input cannot go into a cell (Chinese message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// What is wrong and what to type instead.
    pub message: String,
}

/// Maps full-width forms and common separators to ASCII, dropping spaces and thousands separators.
pub fn normalize_number(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for ch in raw.chars() {
        let c = match ch {
            '０'..='９' => char::from_u32(ch as u32 - '０' as u32 + '0' as u32).unwrap_or(ch),
            '．' | '。' => '.',
            '－' | '−' => '-',
            '＋' => '+',
            ',' | '，' | '\u{3000}' | '\u{a0}' | '\'' => continue,
            c if c.is_whitespace() => continue,
            c => c,
        };
        out.push(c);
    }
    out
}

/// Whether an input means "nothing here" in published reports.
pub fn is_blank_mark(s: &str) -> bool {
    matches!(s, "/" | "／" | "—" | "-" | "－" | "——" | "–" | "无" | "\\")
}

/// Parses the text typed into a cell of a kind.
pub fn parse_cell(kind: CellKind, raw: &str) -> Result<Parsed, InputError> {
    let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if trimmed.is_empty() {
        return Ok(Parsed {
            cell: Cell::Blank,
            note: None,
        });
    }
    if is_blank_mark(trimmed) {
        return Ok(Parsed {
            cell: Cell::Blank,
            note: Some(format!("“{trimmed}”按空白处理；没有数据请填写 0")),
        });
    }
    let s = normalize_number(trimmed);
    let s = s.strip_prefix('+').unwrap_or(&s);
    let fail = |m: &str| {
        Err(InputError {
            message: m.to_string(),
        })
    };
    let cell = match kind {
        CellKind::Amount => match Decimal::parse(s) {
            Some(d) => match amount_too_long(&d) {
                Some(why) => return fail(&why),
                None => Cell::Amount(d),
            },
            None => return fail("请输入金额数字，如 0 或 1.2345（单位：万元）"),
        },
        CellKind::Count | CellKind::SignedCount => {
            let (neg, digits) = match s.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, s),
            };
            if digits.contains('.') && Decimal::parse(s).is_some() {
                return fail(Misfit::NotWhole.message());
            }
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return fail("请输入数字（没有数据请填 0）");
            }
            let trimmed_digits = digits.trim_start_matches('0');
            // The sign is the first thing wrong with "-1000000000" in a count cell ("-0" is 0).
            if neg && !trimmed_digits.is_empty() && !kind.may_be_negative() {
                return fail(Misfit::Negative(kind).message());
            }
            if trimmed_digits.len() > 9 {
                return fail(&format!("数值过大（上限 {MAX_COUNT}）"));
            }
            let v: i64 = trimmed_digits.parse().unwrap_or(0);
            Cell::Int(if neg { -v } else { v })
        }
    };
    match cell.misfit(kind) {
        Some(why) => fail(why.message()),
        None => Ok(Parsed { cell, note: None }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str) -> Result<Cell, String> {
        parse_cell(CellKind::Count, s)
            .map(|p| p.cell)
            .map_err(|e| e.message)
    }

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(count("１２３"), Ok(Cell::Int(123)));
        assert_eq!(count("1,234"), Ok(Cell::Int(1234)));
        assert_eq!(count("1，234"), Ok(Cell::Int(1234)));
        assert_eq!(count("  7 "), Ok(Cell::Int(7)));
        assert_eq!(count("0"), Ok(Cell::Int(0)));
        assert_eq!(count("-0"), Ok(Cell::Int(0)));
        assert_eq!(count(""), Ok(Cell::Blank));
        assert_eq!(count("999999999"), Ok(Cell::Int(999_999_999)));
        let p = parse_cell(CellKind::Count, "/").unwrap();
        assert_eq!(p.cell, Cell::Blank);
        assert!(p.note.unwrap().contains("按空白处理"));
        assert_eq!(parse_cell(CellKind::Count, "—").unwrap().cell, Cell::Blank);
        assert_eq!(
            parse_cell(CellKind::SignedCount, "-3").unwrap().cell,
            Cell::Int(-3)
        );
    }

    #[test]
    fn rejects_with_chinese_messages() {
        assert_eq!(count("-1").unwrap_err(), "件数不能为负数");
        assert_eq!(count("-1000000000").unwrap_err(), "件数不能为负数");
        assert_eq!(count("1.5").unwrap_err(), "件数应为整数，不能有小数");
        assert!(count("abc").unwrap_err().contains("请输入数字"));
        assert!(count("1000000000").unwrap_err().contains("数值过大"));
        assert!(count("99999999999999999999999")
            .unwrap_err()
            .contains("数值过大"));
    }

    #[test]
    fn amounts_are_exact() {
        let p = parse_cell(CellKind::Amount, "０.１２３４５６７８９０１２").unwrap();
        assert_eq!(p.cell.display(), "0.123456789012");
        assert_eq!(
            parse_cell(CellKind::Amount, "12.3400")
                .unwrap()
                .cell
                .display(),
            "12.3400"
        );
        assert!(parse_cell(CellKind::Amount, "-1").is_err());
        assert!(parse_cell(CellKind::Amount, "1.2.3").is_err());
    }

    #[test]
    fn bounds_an_amounts_digits() {
        let at = format!("{}.{}", "9".repeat(20), "1".repeat(20));
        assert!(parse_cell(CellKind::Amount, &at).is_ok());
        let over = format!("{at}1");
        let e = parse_cell(CellKind::Amount, &over).unwrap_err();
        assert_eq!(e.message, "金额位数过多（最多 40 位数字）");
        assert!(parse_cell(CellKind::Amount, &"1".repeat(65_536)).is_err());
    }
}
