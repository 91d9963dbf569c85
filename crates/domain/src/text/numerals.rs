//! Numbers as Chinese narrative writes them: Arabic digits (half- or full-width, "1,234"),
//! Chinese numerals (两件, 十二件, 一百零五件), percentages (33.9%, ３３％, 百分之十) and amounts
//! (元, 万元), each with the unit that makes it a count.

use super::stream::Filtered;

/// An exact decimal read from text: `scaled / 10^decimals`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixed {
    /// The digits as an integer.
    pub scaled: i64,
    /// How many of them are decimals.
    pub decimals: u8,
}

impl Fixed {
    /// An integer.
    pub fn int(v: i64) -> Fixed {
        Fixed {
            scaled: v,
            decimals: 0,
        }
    }

    /// The integer value, when there are no (non-zero) decimals.
    pub fn as_int(self) -> Option<i64> {
        let p = 10i64.checked_pow(u32::from(self.decimals))?;
        (self.scaled % p == 0).then_some(self.scaled / p)
    }
}

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.decimals == 0 {
            return write!(f, "{}", self.scaled);
        }
        let p = 10i64.pow(u32::from(self.decimals));
        write!(
            f,
            "{}.{:0w$}",
            self.scaled / p,
            self.scaled % p,
            w = usize::from(self.decimals)
        )
    }
}

/// What a number counts, by the unit written after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// 件, 个, 起, 宗, 次, 条, 项, 份, 例.
    Count,
    /// %, ％, 百分之….
    Percent,
    /// 万元.
    WanYuan,
    /// 元.
    Yuan,
}

/// A number with its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num {
    /// The value (a count is an integer).
    pub value: Fixed,
    /// The unit written after it; `None` for a bare number such as a year.
    pub unit: Option<Unit>,
    /// "余", "多" after it: an approximate figure that cannot be compared.
    pub approx: bool,
}

/// The unit a character written right after a figure makes it (万元, two characters, aside).
pub(super) fn unit_of(c: char) -> Option<Unit> {
    match c {
        '件' | '个' | '起' | '宗' | '次' | '条' | '项' | '份' | '例' => Some(Unit::Count),
        '%' | '％' => Some(Unit::Percent),
        '元' => Some(Unit::Yuan),
        _ => None,
    }
}

/// Whether a character can start a number.
pub fn starts_number(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || chinese_digit(c).is_some() || c == '十'
}

fn arabic(c: char) -> Option<i64> {
    match c {
        '0'..='9' => Some(i64::from(c as u8 - b'0')),
        '０'..='９' => Some(i64::from(c as u32 - '０' as u32)),
        _ => None,
    }
}

fn chinese_digit(c: char) -> Option<i64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn chinese_unit(c: char) -> Option<i64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// The most digits a figure may have before it is taken for something else (a phone number…).
pub(super) const MAX_DIGITS: usize = 15;

/// Reads a number at the stream's position (which `starts_number` accepted, or "百分之"), with
/// its unit. Returns `None` and leaves the stream where it stopped when no number is there.
pub fn read_number(s: &mut Filtered) -> Option<Num> {
    let percent_prefix = s.peek() == Some('百') && s.eat("百分之");
    let c = s.peek()?;
    let mut value = if arabic(c).is_some() {
        read_arabic(s)?
    } else {
        read_chinese(s)?
    };
    let mut approx = false;
    let mut unit = None;
    // One look at the next character decides what follows the figure.
    let mut next = s.peek();
    if next == Some('万') {
        s.next();
        if s.peek() == Some('元') {
            s.next();
            unit = Some(Unit::WanYuan);
        } else {
            value = Fixed {
                scaled: value.scaled.checked_mul(10_000)?,
                decimals: value.decimals,
            };
        }
        next = s.peek();
    }
    if unit.is_none() && matches!(next, Some('余' | '多')) {
        s.next();
        approx = true;
        next = s.peek();
    }
    if unit.is_none() {
        unit = match next {
            Some('万') if s.eat("万元") => Some(Unit::WanYuan),
            Some(c) => unit_of(c),
            None => None,
        };
        if matches!(unit, Some(Unit::Count | Unit::Percent | Unit::Yuan)) {
            s.next();
        }
    }
    if percent_prefix {
        unit = Some(Unit::Percent);
    }
    if unit == Some(Unit::Count) {
        value = Fixed::int(value.as_int()?);
    }
    Some(Num {
        value,
        unit,
        approx,
    })
}

fn read_arabic(s: &mut Filtered) -> Option<Fixed> {
    let mut scaled: i64 = 0;
    let mut digits = 0usize;
    let mut decimals: u8 = 0;
    let mut in_fraction = false;
    loop {
        // The usual figure is a run of ASCII digits: taken at once.
        for b in s.take_ascii_digits(MAX_DIGITS + 1 - digits).bytes() {
            digits += 1;
            if digits > MAX_DIGITS {
                return None;
            }
            scaled = scaled * 10 + i64::from(b - b'0');
            if in_fraction {
                decimals += 1;
            }
        }
        match s.peek() {
            Some(c) if arabic(c).is_some() => {
                s.next();
                digits += 1;
                if digits > MAX_DIGITS {
                    return None;
                }
                scaled = scaled * 10 + arabic(c).unwrap_or(0);
                if in_fraction {
                    decimals += 1;
                }
            }
            Some(',') if !in_fraction && thousands_group_follows(s) => {
                s.next();
            }
            Some('.' | '．') if !in_fraction => {
                let mut probe = s.clone();
                probe.next();
                if probe.peek().is_none_or(|c| arabic(c).is_none()) {
                    break;
                }
                *s = probe;
                in_fraction = true;
            }
            _ => break,
        }
    }
    (digits > 0).then_some(Fixed { scaled, decimals })
}

/// Whether a ',' at the stream's position separates thousands: exactly three digits follow.
fn thousands_group_follows(s: &Filtered) -> bool {
    let mut probe = s.clone();
    probe.next();
    for _ in 0..3 {
        if !probe.next().is_some_and(|(_, c)| c.is_ascii_digit()) {
            return false;
        }
    }
    !probe.peek().is_some_and(|c| c.is_ascii_digit())
}

fn read_chinese(s: &mut Filtered) -> Option<Fixed> {
    let mut n = ChineseNumeral::default();
    let mut any = false;
    let mut len = 0;
    while let Some(c) = s.peek() {
        if !n.push(c) {
            if c == '万' && any && !s.clone().eat("万元") {
                n.wan();
            } else {
                break;
            }
        }
        any = true;
        len += 1;
        if len > 12 {
            return None;
        }
        s.next();
    }
    any.then_some(Fixed::int(n.value()))
}

/// A Chinese numeral read a character at a time: 零〇一二两三四五六七八九 and 十百千 here, 万
/// when the reader says so.
#[derive(Default)]
pub(super) struct ChineseNumeral {
    total: i64,
    section: i64,
    num: i64,
    prev_digit: bool,
}

impl ChineseNumeral {
    /// Takes a digit or one of 十百千; false (taking nothing) for any other character.
    pub(super) fn push(&mut self, c: char) -> bool {
        if let Some(d) = chinese_digit(c) {
            // Digits in a row are positional, as in 二〇二一 and the 零五 of 一百零五.
            self.num = if self.prev_digit {
                self.num * 10 + d
            } else {
                d
            };
            self.prev_digit = true;
        } else if let Some(u) = chinese_unit(c) {
            let n = if self.num == 0 && !self.prev_digit {
                1
            } else {
                self.num
            };
            self.section += n * u;
            self.num = 0;
            self.prev_digit = false;
        } else {
            return false;
        }
        true
    }

    /// 万: what was read so far counts in ten thousands.
    fn wan(&mut self) {
        self.total += (self.section + self.num) * 10_000;
        self.section = 0;
        self.num = 0;
        self.prev_digit = false;
    }

    /// The value read.
    pub(super) fn value(&self) -> i64 {
        self.total + self.section + self.num
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_what_read_number_reads() {
        for c in "件个起宗次条项份%％元".chars() {
            let text = format!("3{c}");
            let n = read_number(&mut Filtered::new(&text));
            assert!(n.is_some_and(|n| n.unit.is_some()), "{c}");
        }
        for c in "年人家批".chars() {
            let text = format!("3{c}");
            assert_eq!(
                read_number(&mut Filtered::new(&text)).and_then(|n| n.unit),
                None,
                "{c}"
            );
        }
    }

    fn num(text: &str) -> Option<(String, Option<Unit>, bool)> {
        let mut s = Filtered::new(text);
        read_number(&mut s).map(|n| (n.value.to_string(), n.unit, n.approx))
    }

    fn count(text: &str) -> Option<i64> {
        match num(text)? {
            (v, Some(Unit::Count), false) => v.parse().ok(),
            _ => None,
        }
    }

    #[test]
    fn arabic_counts() {
        assert_eq!(count("2件。"), Some(2));
        assert_eq!(count("3119件，答"), Some(3119));
        assert_eq!(count("１２件"), Some(12));
        assert_eq!(count("1,234件"), Some(1234));
        assert_eq!(count("351\n件"), Some(351));
        assert_eq!(count("2个"), Some(2));
        assert_eq!(count("4次"), Some(4));
        assert_eq!(count("275条"), Some(275));
        assert_eq!(count("29项"), Some(29));
        assert_eq!(count("3起"), Some(3));
        assert_eq!(count("1宗"), Some(1));
        assert_eq!(count("1.5万件"), Some(15000));
        assert_eq!(
            num("5500余条"),
            Some(("5500".into(), Some(Unit::Count), true))
        );
        assert_eq!(num("2021年"), Some(("2021".into(), None, false)));
        assert_eq!(count("1.5件"), None);
    }

    #[test]
    fn chinese_counts() {
        assert_eq!(count("两件"), Some(2));
        assert_eq!(count("十二件"), Some(12));
        assert_eq!(count("一百零五件"), Some(105));
        assert_eq!(count("二十件"), Some(20));
        assert_eq!(count("三十五件"), Some(35));
        assert_eq!(count("两千零一十件"), Some(2010));
        assert_eq!(count("零件"), Some(0));
        assert_eq!(count("一万二千件"), Some(12000));
        assert_eq!(num("二〇二一年"), Some(("2021".into(), None, false)));
        assert_eq!(count("一是"), None);
    }

    #[test]
    fn percentages_and_amounts() {
        assert_eq!(
            num("33.9%"),
            Some(("33.9".into(), Some(Unit::Percent), false))
        );
        assert_eq!(
            num("４.３４％"),
            Some(("4.34".into(), Some(Unit::Percent), false))
        );
        assert_eq!(
            num("百分之十"),
            Some(("10".into(), Some(Unit::Percent), false))
        );
        assert_eq!(
            num("百分之12.5"),
            Some(("12.5".into(), Some(Unit::Percent), false))
        );
        assert_eq!(
            num("3940元"),
            Some(("3940".into(), Some(Unit::Yuan), false))
        );
        assert_eq!(
            num("24252.31万元"),
            Some(("24252.31".into(), Some(Unit::WanYuan), false))
        );
        // A trailing full stop is punctuation, not a decimal point.
        assert_eq!(num("100．"), Some(("100".into(), None, false)));
        assert_eq!(num("0591-23165370"), Some(("591".into(), None, false)));
        assert_eq!(num("1234567890123456789件"), None);
    }
}
