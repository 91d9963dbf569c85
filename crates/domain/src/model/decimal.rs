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

impl Decimal {
    /// The exact sum of two values that are not negative, with as many decimals as the longer
    /// of the two ("1.50" + "2.5" = "4.00"); `None` when either is negative. Digit by digit, so
    /// any length adds exactly.
    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        if self.is_negative() || other.is_negative() {
            return None;
        }
        let split = |d: &Decimal| {
            let body = d.text.strip_prefix('-').unwrap_or(&d.text).to_string();
            match body.split_once('.') {
                Some((i, f)) => (i.to_string(), f.to_string()),
                None => (body, String::new()),
            }
        };
        let ((ai, af), (bi, bf)) = (split(self), split(other));
        let scale = af.len().max(bf.len());
        let width = ai.len().max(bi.len()) + scale;
        // Both as digit strings of one width: integer part padded on the left, fraction on the
        // right, so the sum is a plain column addition.
        // Padded by hand, not with `format!`'s width: a width of 65,536 or more panics there,
        // and an amount's digits come from the user.
        let digits = |i: &str, f: &str| {
            let mut d = vec![0u8; (width - scale).saturating_sub(i.len())];
            d.extend(i.bytes().map(|b| b - b'0'));
            d.extend(f.bytes().map(|b| b - b'0'));
            d.resize(width, 0);
            d
        };
        let (a, b) = (digits(&ai, &af), digits(&bi, &bf));
        let mut out = Vec::with_capacity(width + 1);
        let mut carry = 0;
        for (x, y) in a.iter().rev().zip(b.iter().rev()) {
            let d = x + y + carry;
            out.push(b'0' + d % 10);
            carry = d / 10;
        }
        if carry > 0 {
            out.push(b'0' + carry);
        }
        out.reverse();
        let int_len = out.len() - scale;
        // ASCII digits only: pushed as chars, no UTF-8 validation (from_utf8_lossy is ~20 KB
        // of wasm in the first load).
        let lead = out[..int_len].iter().take_while(|&&b| b == b'0').count();
        let mut text: String = out[lead..int_len].iter().map(|&b| char::from(b)).collect();
        if text.is_empty() {
            text.push('0');
        }
        if scale > 0 {
            text.push('.');
            text.extend(out[int_len..].iter().map(|&b| char::from(b)));
        }
        Decimal::parse(&text)
    }
}

impl Decimal {
    /// The ratio `num / den` with `decimals` decimals, rounded half to even exactly as Rust's
    /// `{:.N}` rounds the same ratio computed as a float ("12.50" for 1/8 at 2 decimals is
    /// "0.12" there too), but with integers: float formatting costs the first load ~13 KB of
    /// wasm, and an integer ratio needs none of it. `None` when `den` is 0 or it overflows.
    pub fn ratio(num: i128, den: u128, decimals: u32) -> Option<Decimal> {
        let scale = 10u128.checked_pow(decimals)?;
        let scaled = num.unsigned_abs().checked_mul(scale)?;
        let (q, r) = (scaled.checked_div(den)?, scaled % den);
        let q = if r > den - r || (r == den - r && q % 2 == 1) {
            q + 1
        } else {
            q
        };
        // Digits from the right, a '.' after `decimals` of them, at least one integer digit.
        let (mut rest, mut digits, mut out) = (q, 0, Vec::new());
        while rest > 0 || digits <= decimals {
            if digits == decimals && decimals > 0 {
                out.push('.');
            }
            out.push(char::from(b'0' + (rest % 10) as u8));
            rest /= 10;
            digits += 1;
        }
        if num < 0 {
            out.push('-');
        }
        Decimal::parse(&out.iter().rev().collect::<String>())
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
    fn ratio_matches_float_formatting() {
        for t in 1..=400i64 {
            for v in -5..=450i64 {
                let float = format!("{:.2}", v as f64 * 100.0 / t as f64);
                let ours = Decimal::ratio(i128::from(v) * 100, t as u128, 2).unwrap();
                assert_eq!(ours.as_str(), float, "{v}/{t}");
            }
        }
        for bytes in (0..60_000_000u64)
            .step_by(9_973)
            .chain([0, 52_428_800, 1_572_864])
        {
            let float = format!("{:.1}", bytes as f64 / 1_048_576.0);
            let ours = Decimal::ratio(i128::from(bytes), 1_048_576, 1).unwrap();
            assert_eq!(ours.as_str(), float, "{bytes}");
        }
        assert_eq!(Decimal::ratio(7, 2, 0).unwrap().as_str(), "4");
        assert_eq!(Decimal::ratio(1, 0, 2), None);
    }

    #[test]
    fn sums_keep_a_leading_zero() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        assert_eq!(d(".5").checked_add(&d(".25")).unwrap().as_str(), "0.75");
        assert_eq!(d("007").checked_add(&d("0")).unwrap().as_str(), "7");
        assert_eq!(d("0.5").checked_add(&d("0.5")).unwrap().as_str(), "1.0");
    }

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

    #[test]
    fn adds_exactly_at_any_length() {
        let add = |a: &str, b: &str| {
            Decimal::parse(a)
                .unwrap()
                .checked_add(&Decimal::parse(b).unwrap())
                .map(|d| d.as_str().to_string())
        };
        assert_eq!(add("1.50", "2.5").as_deref(), Some("4.00"));
        assert_eq!(add("0.1", "0.2").as_deref(), Some("0.3"));
        assert_eq!(add("99.99", "0.01").as_deref(), Some("100.00"));
        assert_eq!(add("7", "0").as_deref(), Some("7"));
        assert_eq!(add(".5", "5.").as_deref(), Some("5.5"));
        assert_eq!(add("0012", "3").as_deref(), Some("15"));
        assert_eq!(
            add("99999999999999999999999999999999999999.9", "0.1").as_deref(),
            Some("100000000000000000000000000000000000000.0")
        );
        assert_eq!(add("-1", "2"), None);
        assert_eq!(add("-0", "2").as_deref(), Some("2"));
    }

    #[test]
    fn adds_amounts_longer_than_a_format_width() {
        // `format!("{:0>w$}")` panics for w >= 65,536: 汇总 of such a fee crashed the page.
        let long = "9".repeat(70_000);
        let sum = Decimal::parse(&long)
            .unwrap()
            .checked_add(&Decimal::parse("1.5").unwrap())
            .unwrap();
        assert_eq!(sum.as_str().len(), 70_003);
        assert!(sum.as_str().starts_with("10000") && sum.as_str().ends_with("0.5"));
        let frac = format!("0.{}", "1".repeat(70_000));
        let sum = Decimal::parse(&frac)
            .unwrap()
            .checked_add(&Decimal::parse("2").unwrap())
            .unwrap();
        assert_eq!(sum.as_str(), format!("2.{}", "1".repeat(70_000)));
    }
}
