//! The report's title line, "<机关名称><年份>年政府信息公开工作年度报告".

use crate::model::Meta;

/// The fixed part of every report title.
pub const TITLE_SUFFIX: &str = "政府信息公开工作年度报告";

/// The title as the official format words it. A missing agency or year is left out rather than
/// replaced by a placeholder, so a draft prints a title that is true as far as it goes.
pub fn report_title(meta: &Meta) -> String {
    let mut t = title_head(meta);
    t.push_str(TITLE_SUFFIX);
    t
}

/// The variable part of the title, "<机关名称><年份>年" (may be empty). A long title is broken
/// between this and [`TITLE_SUFFIX`], as published reports do, never inside a word.
pub fn title_head(meta: &Meta) -> String {
    let mut t = meta.agency.trim().to_string();
    if let Some(y) = meta.year {
        t.push_str(&format!("{y}年"));
    }
    t
}

/// The 成文日期 line under the signature, "2022年1月20日" (GB/T 9704: Arabic numerals, no
/// leading zeros), from the ISO date in `Meta::published`; `None` when it is not a valid date.
pub fn date_line(iso: &str) -> Option<String> {
    let mut it = iso.trim().splitn(3, '-');
    let y: u32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    ((1900..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y}年{m}月{d}日"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_date() {
        let mut m = Meta::default();
        assert_eq!(report_title(&m), "政府信息公开工作年度报告");
        m.year = Some(2021);
        assert_eq!(report_title(&m), "2021年政府信息公开工作年度报告");
        m.agency = " 某县商务局 ".into();
        assert_eq!(report_title(&m), "某县商务局2021年政府信息公开工作年度报告");
        assert_eq!(date_line("2022-01-05").as_deref(), Some("2022年1月5日"));
        assert_eq!(date_line(""), None);
        assert_eq!(date_line("2022-13-01"), None);
    }
}
