//! Agency, year, kind and publication date from the title and the page around it
//! ("平潭综合实验区2021年度政府信息公开工作年度报告", "2019年上海市人民政府办公厅政府信息公开工作年度报告").

use crate::model::ReportKind;

/// What the title and page chrome say about the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TitleMeta {
    /// The title as printed, if found.
    pub title: Option<String>,
    /// The agency named in the title.
    pub agency: Option<String>,
    /// The report year named in the title.
    pub year: Option<i32>,
    /// The publication date found near the title ("发布日期：2020-01-31"), ISO.
    pub published: Option<String>,
}

const TITLE_TAILS: &[&str] = &["政府信息公开工作年度报告", "政府信息公开年度报告"];

/// How far before the title the agency and year may sit (the agency on the previous line).
const LOOK_BACK: usize = 120;

/// Reads the title: the first "…政府信息公开工作年度报告" that has a year or an agency before it.
pub fn read(text: &str) -> TitleMeta {
    let mut m = TitleMeta::default();
    let mut pos = 0;
    let mut guard = 0;
    while guard < 64 {
        guard += 1;
        let Some((at, tail)) = TITLE_TAILS
            .iter()
            .filter_map(|t| text.get(pos..)?.find(t).map(|i| (pos + i, *t)))
            .min_by_key(|(i, _)| *i)
        else {
            break;
        };
        pos = at + tail.len();
        let before = tail_chars(text, at, LOOK_BACK);
        let (agency, year) = agency_and_year(&before);
        if agency.is_some() || year.is_some() {
            let start = at - before_len(&before, &agency, year);
            m.title = text.get(start..pos).map(|s| s.split_whitespace().collect());
            m.agency = agency;
            m.year = year;
            break;
        }
    }
    m.published = published(text);
    m
}

/// Up to `n` characters before byte `at`.
fn tail_chars(text: &str, at: usize, n: usize) -> String {
    let head = text.get(..at).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    head.get(start..).unwrap_or("").to_string()
}

/// Bytes of `before` that the title covers (agency and year), for quoting the title.
fn before_len(before: &str, agency: &Option<String>, year: Option<i32>) -> usize {
    let mut best = 0;
    if let Some(a) = agency {
        if let Some(i) = before.rfind(a.as_str()) {
            best = before.len() - i;
        }
    }
    if let Some(y) = year {
        if let Some(i) = before.rfind(&y.to_string()) {
            best = best.max(before.len() - i);
        }
    }
    best
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF)
}

/// Splits "XX2021年" / "2021年度XX" / "XX\n2021年" before the title into agency and year.
fn agency_and_year(before: &str) -> (Option<String>, Option<i32>) {
    // PDF text puts spaces around figures ("2024 年"): whitespace before 年/度 is dropped.
    let all: Vec<char> = before.chars().collect();
    let mut chars: Vec<char> = Vec::with_capacity(all.len());
    for (i, &c) in all.iter().enumerate() {
        let next = all[i..].iter().find(|c| !c.is_whitespace());
        if c.is_whitespace() && matches!(next, Some('年' | '度')) {
            continue;
        }
        chars.push(c);
    }
    let mut end = chars.len();
    let mut year = None;
    // "2021年" or "2021年度" right before the title.
    let mut e = end;
    if e >= 1 && chars[e - 1] == '度' {
        e -= 1;
    }
    if e >= 1 && chars[e - 1] == '年' {
        if let Some(y) = year_before(&chars, e - 1) {
            year = Some(y);
            end = e - 1 - 4;
        }
    }
    // The agency: the run of CJK characters before that (skipping layout whitespace).
    while end > 0 && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_cjk(chars[start - 1]) && end - start < 40 {
        start -= 1;
    }
    let mut run: String = chars[start..end].iter().collect();
    // "2019年上海市人民政府办公厅": the year leads.
    if year.is_none() {
        if let Some(rest) = run.strip_prefix('年') {
            if let Some(y) = year_before(&chars, start) {
                year = Some(y);
                run = rest.strip_prefix('度').unwrap_or(rest).to_string();
            }
        }
    }
    // A title inside the opening sentence ("……要求，特编制XX局2023年政府信息公开工作年度报告"):
    // the agency starts after the verb.
    for verb in ["编制", "印发", "发布"] {
        if let Some(i) = run.rfind(verb) {
            run = run[i + verb.len()..].to_string();
        }
    }
    let agency = plausible_agency(&run).then_some(run);
    (agency, year)
}

/// Whether a run of characters before the title can be an agency's name: a wrong name shown as
/// found is worse than none ("年" left of a spaced year, the 条例's "中华人民共和国").
fn plausible_agency(run: &str) -> bool {
    run.chars().count() >= 2
        && !run.starts_with(['年', '度'])
        && !run.ends_with(['年', '度'])
        && !matches!(run, "中华人民共和国" | "关于" | "全文")
        && !["条例", "通知", "关于", "根据", "印发", "格式"]
            .iter()
            .any(|w| run.contains(w))
}

/// Agency and year from the opening sentence, for a title that does not name them: "本报告由
/// XX根据……编制", "统计期限自2023年1月1日至2023年12月31日" (only within the first lines).
pub fn from_opening(text: &str) -> (Option<String>, Option<i32>) {
    let head: String = text.chars().take(800).collect();
    let flat: String = head.split_whitespace().collect();
    let agency = flat.find("本报告由").and_then(|i| {
        let rest = &flat[i + "本报告由".len()..];
        let end = ["根据", "依据", "按照", "编制", "依照"]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()?;
        let name = rest.get(..end)?.trim_end_matches(['，', ',']);
        let ok = plausible_agency(name)
            && name.chars().count() <= 40
            && name.chars().all(|c| is_cjk(c) || "（）()".contains(c));
        ok.then(|| name.to_string())
    });
    let year = flat.find("月1日至").and_then(|i| {
        let chars: Vec<char> = flat[..i].chars().collect();
        let at = chars.iter().rposition(|&c| c == '年')?;
        year_before(&chars, at)
    });
    (agency, year)
}

/// The four-digit year ending just before index `i` (half- or full-width digits).
fn year_before(chars: &[char], i: usize) -> Option<i32> {
    let digits: String = chars
        .get(i.checked_sub(4)?..i)?
        .iter()
        .map(|&c| super::normalize::half_width(c))
        .collect();
    if i >= 5 && super::normalize::half_width(chars[i - 5]).is_ascii_digit() {
        return None;
    }
    let y: i32 = digits.parse().ok()?;
    (2000..=2100).contains(&y).then_some(y)
}

/// "发布日期：2020-01-31", "时间：2022-02-08 16:34", "发布时间：2022年1月28日".
fn published(text: &str) -> Option<String> {
    for label in ["发布日期", "发布时间", "成文日期", "时间"] {
        let mut pos = 0;
        while let Some(i) = text.get(pos..).and_then(|t| t.find(label)) {
            let after = pos + i + label.len();
            pos = after;
            let rest: String = text
                .get(after..)
                .unwrap_or("")
                .chars()
                .take(24)
                .map(super::normalize::half_width)
                .collect();
            let rest = rest.trim_start_matches([':', ' ']);
            if let Some(d) = iso_date(rest) {
                return Some(d);
            }
        }
    }
    None
}

/// Parses "2020-01-31", "2020/1/31", "2020年1月31日" at the start of `s`.
fn iso_date(s: &str) -> Option<String> {
    let mut nums = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty()
            && matches!(c, '-' | '/' | '.' | '年' | '月' | '日')
            && nums.len() < 3
        {
            nums.push(std::mem::take(&mut cur));
            if nums.len() == 3 {
                break;
            }
        } else {
            break;
        }
    }
    if !cur.is_empty() && nums.len() == 2 {
        nums.push(cur);
    }
    let [y, mo, d] = nums.as_slice() else {
        return None;
    };
    let (y, mo, d): (i32, u32, u32) = (y.parse().ok()?, mo.parse().ok()?, d.parse().ok()?);
    ((2000..=2100).contains(&y) && (1..=12).contains(&mo) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{mo:02}-{d:02}"))
}

/// Whether the agency is a whole government (published by 31 March) rather than a department.
pub fn kind_of(agency: &str) -> ReportKind {
    let department = [
        "局",
        "委员会",
        "委",
        "办公室",
        "办公厅",
        "厅",
        "中心",
        "院",
        "所",
        "队",
        "部",
    ];
    if agency.ends_with("人民政府") {
        return ReportKind::Government;
    }
    if department.iter().any(|d| agency.ends_with(d)) {
        return ReportKind::Department;
    }
    if ["区", "县", "市", "省", "镇", "乡", "街道", "州", "旗"]
        .iter()
        .any(|s| agency.ends_with(s))
    {
        return ReportKind::Government;
    }
    ReportKind::Department
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        let m = read("\n\n商务局2021年政府信息公开工作年度报告\n\n一、总体情况");
        assert_eq!(m.agency.as_deref(), Some("商务局"));
        assert_eq!(m.year, Some(2021));
        let m = read("2019年上海市人民政府办公厅政府信息公开工作年度报告\n发布日期：2020-01-31\n");
        assert_eq!(m.agency.as_deref(), Some("上海市人民政府办公厅"));
        assert_eq!(m.year, Some(2019));
        assert_eq!(m.published.as_deref(), Some("2020-01-31"));
        let m = read(
            "年报 平潭综合实验区2021年度政府信息公开工作年度报告 来源：x 时间：2022-02-08 16:34",
        );
        assert_eq!(m.agency.as_deref(), Some("平潭综合实验区"));
        assert_eq!(m.year, Some(2021));
        assert_eq!(m.published.as_deref(), Some("2022-02-08"));
        let m = read("      淮安市人民政府\n    2024年政府信息公开工作年度报告\n");
        assert_eq!(m.agency.as_deref(), Some("淮安市人民政府"));
        assert_eq!(
            m.title.as_deref(),
            Some("淮安市人民政府2024年政府信息公开工作年度报告")
        );
        assert_eq!(read("没有标题").year, None);
        // PDF text spaces the year: "2024 年" is still the year, and "年" is no agency.
        let m = read("淮安市人民政府\n2024 年政府信息公开工作年度报告\n");
        assert_eq!(m.agency.as_deref(), Some("淮安市人民政府"));
        assert_eq!(m.year, Some(2024));
        let m = read("2023 年度政府信息公开工作年度报告\n");
        assert_eq!((m.agency, m.year), (None, Some(2023)));
        let m = read(
            "根据《条例》要求,特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。",
        );
        assert_eq!(m.agency.as_deref(), Some("湛江市人民政府地方志办公室"));
        assert_eq!(m.year, Some(2023));
        let m = read("《中华人民共和国政府信息公开工作年度报告》");
        assert_eq!(m.agency, None);
        let m = read(
            "根据《中华人民共和国政府信息公开条例》和关于印发政府信息公开工作年度报告格式的通知",
        );
        assert_eq!(m.agency, None);
        assert_eq!(
            from_opening("  本报告由郑县商务局根据《条例》编制。统计期限自 2023 年 1 月 1 日至 2023 年 12 月 31 日。"),
            (Some("郑县商务局".to_string()), Some(2023))
        );
        assert_eq!(from_opening("本报告依据条例编制。"), (None, None));
        assert_eq!(kind_of("淮安市人民政府"), ReportKind::Government);
        assert_eq!(kind_of("平潭综合实验区"), ReportKind::Government);
        assert_eq!(kind_of("上海市人民政府办公厅"), ReportKind::Department);
    }
}
