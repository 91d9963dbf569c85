//! Which official format a report's tables follow: the 2019 and 2021 tables differ in table
//! 二's columns and table 三's （六）其他处理 rows, so the printed words decide, not the year.

use super::normalize::key;
use crate::format::FormatId;

/// Words printed only in the 2019 tables.
const ONLY_2019: &[&str] = &[
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "其他对外管理服务事项",
    "政府集中采购",
    "采购项目数量",
];

/// Words printed only in the 2021 tables.
const ONLY_2021: &[&str] = &[
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年收费金额",
    "申请人无正当理由逾期不补正",
    "申请人逾期未按收费通知要求缴纳费用",
];

/// How the format was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// From the words in the tables (count of 2019 and 2021 markers found).
    Tables(usize, usize),
    /// No marker found: from the report year.
    Year,
    /// Neither tables nor year: the current format.
    Default,
}

/// Decides the format from the table sections' text, falling back to the year.
pub fn detect(tables_text: &str, year: Option<i32>) -> (FormatId, Basis) {
    let k: String = key(tables_text).into_iter().collect();
    let count = |words: &[&str]| {
        words
            .iter()
            .filter(|w| k.contains(&key(w).into_iter().collect::<String>()))
            .count()
    };
    let (a, b) = (count(ONLY_2019), count(ONLY_2021));
    if a > b {
        (FormatId::F2019, Basis::Tables(a, b))
    } else if b > a {
        (FormatId::F2021, Basis::Tables(a, b))
    } else if let Some(y) = year {
        (FormatId::for_year(y), Basis::Year)
    } else {
        (FormatId::F2021, Basis::Default)
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
