//! An exact non-negative decimal kept as the digits the user typed: fees in 万元 have no official
//! number of decimals and must never be rounded through a float.

use std::cmp::Ordering;
use std::fmt;

/// A decimal number stored as its canonical text ("12.3400" stays "12.3400").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    text: String,
}

impl Decimal {
    /// Accepts ASCII digits with at most one '.', an optional leading '-', at least one digit.
    /// Returns `None` for anything else.
    pub fn parse(s: &str) -> Option<Decimal> {
        let body = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        let digits_ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !digits_ok(int) || !frac.is_none_or(digits_ok) {
            return None;
        }
        if int.is_empty() && frac.is_none_or(str::is_empty) {
            return None;
        }
        Some(Decimal {
            text: s.to_string(),
        })
    }

    /// The text exactly as stored.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the value is below zero (and not just "-0").
    pub fn is_negative(&self) -> bool {
        self.text.starts_with('-') && self.text.bytes().any(|b| (b'1'..=b'9').contains(&b))
    }

    /// Whether the value equals zero.
    pub fn is_zero(&self) -> bool {
        !self.text.bytes().any(|b| (b'1'..=b'9').contains(&b))
    }

    /// Integer part digits without leading zeros, and fraction digits without trailing zeros.
    fn parts(&self) -> (&str, &str) {
        let body = self.text.strip_prefix('-').unwrap_or(&self.text);
        let (i, f) = body.split_once('.').unwrap_or((body, ""));
        (i.trim_start_matches('0'), f.trim_end_matches('0'))
    }

    /// Numeric comparison of the magnitudes, exact for any length.
    pub fn cmp_value(&self, other: &Decimal) -> Ordering {
        let sign = |d: &Decimal| if d.is_negative() { -1 } else { 1 };
        match (sign(self), sign(other)) {
            (1, -1) => return Ordering::Greater,
            (-1, 1) => return Ordering::Less,
            _ => {}
        }
        let (ai, af) = self.parts();
        let (bi, bf) = other.parts();
        let mag = ai
            .len()
            .cmp(&bi.len())
            .then_with(|| ai.cmp(bi))
            .then_with(|| af.cmp(bf));
        if sign(self) < 0 {
            mag.reverse()
        } else {
            mag
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_compares_exactly() {
        let a = Decimal::parse("12.3400").unwrap();
        assert_eq!(a.as_str(), "12.3400");
        assert_eq!(
            a.cmp_value(&Decimal::parse("12.34").unwrap()),
            Ordering::Equal
        );
        assert_eq!(
            Decimal::parse("0.100000000000000000001")
                .unwrap()
                .cmp_value(&Decimal::parse("0.1").unwrap()),
            Ordering::Greater
        );
        assert!(Decimal::parse("0.000").unwrap().is_zero());
        assert!(Decimal::parse("-0.5").unwrap().is_negative());
        assert!(!Decimal::parse("-0").unwrap().is_negative());
        for bad in ["", ".", "1.2.3", "1e5", "+1", " 1", "１"] {
            assert!(Decimal::parse(bad).is_none(), "{bad}");
        }
    }
}
