//! The printable 对标分析报告: one standalone HTML document in the report's official print
//! style ([`print_document`]): the summary, the risk list, the charts with their tables, the
//! changes from last year, the 汇总 report against its members, the indicator table and the
//! indicator definitions.

use std::collections::BTreeMap;

use super::benchmark::Benchmark;
use super::charts::{data_table, outcome_bars, strip_plot, year_line, Bar, Point};
use super::dictionary::{indicator, INDICATORS};
use super::evaluate::number;
use super::help::indicator_help;
use super::outcomes::{outcome_counts, outcome_labels};
use super::parent::CellDifference;
use super::risks::RiskKind;
use super::table::{report_name, table_head, table_rows};
use crate::export::{escape_html, print_document};
use crate::format::{FormatDef, FORMATS};
use crate::model::Report;

/// The document's title.
pub const ANALYSIS_TITLE: &str = "对标分析报告";

/// The indicator whose line over the years each agency gets.
pub const TREND_INDICATOR: &str = "received";

/// The most agencies drawn a line for, and the most reports drawn a bar for: a printout of
/// thousands of charts helps no one (the CSV and the tables have every report).
pub const MOST_CHARTED: usize = 40;

/// Extra print style of the 对标分析报告: figures kept whole, smaller tables.
pub const ANALYSIS_CSS: &str = "
.gov-report figure.chart-figure { margin: 6pt 0 14pt; break-inside: avoid; page-break-inside: avoid; }
.gov-report svg.chart { display: block; max-width: 100%; height: auto; font-family: var(--heiti); }
.gov-report table.chart-data, .gov-report table.analysis-table { font-size: 9pt; line-height: 1.35; margin-bottom: 10pt; }
.gov-report table.analysis-table td, .gov-report table.analysis-table th { padding: 2pt 3pt; }
.gov-report figure.chart-figure figcaption { font-family: var(--heiti); font-size: 12pt; line-height: 1.6; }
.gov-report table.analysis-table { table-layout: auto; }
.gov-report table.analysis-table td:last-child { text-align: left; }
.gov-report table.risk-list td:last-child { width: 45%; }
.gov-report .summary-note { font-size: 12pt; line-height: 1.6; }
.gov-report dl.definitions { font-size: 11pt; line-height: 1.5; }
.gov-report dl.definitions dt { font-family: var(--heiti); margin-top: 6pt; }
.gov-report dl.definitions dd { margin-left: 2em; }
";

/// The 汇总 (本级) report checked against the reports picked as its members.
#[derive(Debug, Clone)]
pub struct ParentCheck {
    /// The 汇总 report's position in the list.
    pub parent: usize,
    /// The members' positions.
    pub members: Vec<usize>,
    /// The differences, or why they could not be compared (in Chinese).
    pub result: Result<Vec<CellDifference>, String>,
}

fn section(out: &mut String, key: &str, heading: &str) {
    out.push_str(&format!(
        "<section data-section=\"{key}\">\n<h2>{}</h2>\n",
        escape_html(heading)
    ));
}

fn para(out: &mut String, text: &str) {
    out.push_str(&format!("<p>{}</p>\n", escape_html(text)));
}

/// The 对标分析报告 of `named` (each report with its file name) with its benchmark, the
/// 汇总 check when one was made, and a picked report to highlight in the charts.
pub fn analysis_html(
    named: &[(&str, &Report)],
    b: &Benchmark,
    parent: Option<&ParentCheck>,
    selected: Option<usize>,
) -> String {
    let names: Vec<String> = named.iter().map(|(f, r)| report_name(f, r)).collect();
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<article class=\"gov-report analysis\" lang=\"zh-CN\">\n");
    out.push_str(&format!(
        "<h1 class=\"title\"><span>{ANALYSIS_TITLE}</span></h1>\n"
    ));
    summary(&mut out, named, b);
    risk_list(&mut out, b, &names);
    distributions(&mut out, b, &names, selected);
    year_on_year(&mut out, named, b, &names);
    outcomes(&mut out, named, &names);
    if let Some(p) = parent {
        parent_section(&mut out, p, &names);
    }
    indicator_table(&mut out, named, b);
    definitions(&mut out, named);
    out.push_str("</article>\n");
    print_document(ANALYSIS_TITLE, ANALYSIS_CSS, &out)
}

fn summary(out: &mut String, named: &[(&str, &Report)], b: &Benchmark) {
    section(out, "summary", "一、总体情况");
    let years: Vec<String> = b
        .distribution
        .iter()
        .filter_map(|d| d.year.map(|y| format!("{y}年度{}份", d.reports.len())))
        .collect();
    let outliers: usize = b
        .distribution
        .iter()
        .flat_map(|d| &d.indicators)
        .map(|d| d.outliers.len())
        .sum();
    let errors = b.risks.iter().filter(|r| r.errors > 0).count();
    para(
        out,
        &format!(
            "本次共分析报告 {} 份（{}），计算指标 {} 项。{} 份报告有未解决的错误，发现异常值 {} 个、同比跳变 {} 处，风险清单列出报告 {} 份。",
            named.len(),
            if years.is_empty() { "未填写年度".into() } else { years.join("，") },
            INDICATORS.len(),
            errors,
            outliers,
            b.jumps.len(),
            b.risks.len()
        ),
    );
    out.push_str("</section>\n");
}

fn risk_list(out: &mut String, b: &Benchmark, names: &[String]) {
    section(out, "risks", "二、风险清单");
    para(
        out,
        "按未解决的错误、未确认的提醒、异常值、同比跳变依次排序。",
    );
    let rows: Vec<Vec<String>> = b
        .risks
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let first: Vec<String> = r
                .items
                .iter()
                .take(3)
                .map(|i| {
                    let what = match i.kind {
                        RiskKind::Error | RiskKind::Warning => i.code.clone(),
                        RiskKind::Outlier => "异常值".into(),
                        RiskKind::Jump => "跳变".into(),
                    };
                    format!("［{what}］{}", i.message)
                })
                .collect();
            vec![
                format!(
                    "{}. {}",
                    k + 1,
                    names.get(r.report).cloned().unwrap_or_default()
                ),
                r.errors.to_string(),
                r.warnings.to_string(),
                r.outliers.to_string(),
                r.jumps.to_string(),
                first.join("；"),
            ]
        })
        .collect();
    if rows.is_empty() {
        para(out, "没有需要关注的报告。");
    } else {
        let head = ["报告", "错误", "提醒", "异常值", "跳变", "主要问题"].map(String::from);
        out.push_str(
            &data_table("风险清单", &head, &rows).replace("chart-data", "analysis-table risk-list"),
        );
    }
    out.push_str("</section>\n");
}

fn distributions(out: &mut String, b: &Benchmark, names: &[String], selected: Option<usize>) {
    section(out, "distribution", "三、指标分布");
    let Some(d) = b.distribution.first() else {
        para(out, "没有报告。");
        out.push_str("</section>\n");
        return;
    };
    para(
        out,
        &format!(
            "以下为{}的各单位指标分布：方框为第25至第75百分位，粗线为中位数，细线延伸至最小值和最大值；圆点为各单位，空心菱形为异常值（超出四分位距1.5倍，且有数值的单位不少于{}个时才判断）。",
            d.year.map(|y| format!("{y}年度")).unwrap_or_else(|| "未填写年度报告".into()),
            super::OUTLIER_MIN_REPORTS
        ),
    );
    for (k, (i, dist)) in INDICATORS.iter().zip(&d.indicators).enumerate() {
        let points: Vec<Point> = d
            .reports
            .iter()
            .filter_map(|&r| {
                Some(Point {
                    position: r,
                    name: names.get(r)?,
                    value: b.indicators.get(r)?.get(k)?.value?,
                    selected: selected == Some(r),
                })
            })
            .collect();
        out.push_str(&strip_plot(
            &format!("strip-{}", i.key),
            i,
            d.year,
            dist,
            &points,
        ));
    }
    out.push_str("</section>\n");
}

fn year_on_year(out: &mut String, named: &[(&str, &Report)], b: &Benchmark, names: &[String]) {
    section(out, "trend", "四、同比变化");
    let t = &super::JUMP_THRESHOLDS;
    para(
        out,
        &format!(
            "同一机关相邻年度的指标变化。件数增至上年{}倍以上或减少{:.0}%以上（两年均不足{}件的不计），比率变化{}个百分点以上，视为跳变。",
            t.ratio,
            t.drop * 100.0,
            t.floor,
            t.points
        ),
    );
    let rows: Vec<Vec<String>> = b
        .jumps
        .iter()
        .filter_map(|j| {
            let i = indicator(j.key)?;
            Some(vec![
                names.get(j.report).cloned().unwrap_or_default(),
                i.name.to_string(),
                format!("{}{}", number(j.from, i), i.unit),
                format!("{}{}", number(j.to, i), i.unit),
            ])
        })
        .collect();
    if rows.is_empty() {
        para(out, "没有发现跳变。");
    } else {
        let head = ["报告", "指标", "上年", "本年"].map(String::from);
        out.push_str(
            &data_table("同比跳变", &head, &rows).replace("chart-data", "analysis-table jumps"),
        );
    }
    let Some((k, i)) = INDICATORS
        .iter()
        .enumerate()
        .find(|(_, i)| i.key == TREND_INDICATOR)
    else {
        out.push_str("</section>\n");
        return;
    };
    // Each agency's (year, value) points, agencies in the order they first appear: gathered in
    // one pass, since thousands of reports would make a pass per agency take seconds.
    let mut agencies: Vec<(&str, Vec<(i32, f64)>)> = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (p, (_, r)) in named.iter().enumerate() {
        let a = r.meta.agency.trim();
        if a.is_empty() {
            continue;
        }
        let at = *seen.entry(a).or_insert_with(|| {
            agencies.push((a, Vec::new()));
            agencies.len() - 1
        });
        if let Some(point) = r
            .meta
            .year
            .zip(b.indicators.get(p).and_then(|v| v.get(k)?.value))
        {
            agencies[at].1.push(point);
        }
    }
    let mut drawn = 0;
    for (a, mut points) in agencies {
        if drawn >= MOST_CHARTED {
            break;
        }
        // A stable sort: of two reports of one year, the first in the list is drawn.
        points.sort_by_key(|p| p.0);
        points.dedup_by_key(|p| p.0);
        if points.len() < 2 {
            continue;
        }
        drawn += 1;
        out.push_str(&year_line(&format!("trend-{drawn}"), a, i, &points));
    }
    out.push_str("</section>\n");
}

fn outcomes(out: &mut String, named: &[(&str, &Report)], names: &[String]) {
    section(out, "outcomes", "五、办理结果构成");
    let Some((_, first)) = named.first() else {
        out.push_str("</section>\n");
        return;
    };
    let labels = outcome_labels(first.def());
    // Reports of another format count the same groups (the readings name them in each).
    let bars: Vec<Bar> = named
        .iter()
        .zip(names)
        .take(MOST_CHARTED)
        .map(|((_, r), n)| Bar {
            name: n.clone(),
            parts: outcome_counts(r),
        })
        .collect();
    if named.len() > MOST_CHARTED {
        para(
            out,
            &format!("只绘出前 {MOST_CHARTED} 份报告；全部报告的数值见指标一览和导出的表格。"),
        );
    }
    out.push_str(&outcome_bars(
        "outcomes",
        "各报告办理结果构成",
        &labels,
        &bars,
    ));
    out.push_str("</section>\n");
}

fn parent_section(out: &mut String, p: &ParentCheck, names: &[String]) {
    section(out, "parent", "六、汇总报告与下级报告核对");
    let members: Vec<&str> = p
        .members
        .iter()
        .filter_map(|&m| names.get(m).map(String::as_str))
        .collect();
    para(
        out,
        &format!(
            "汇总（本级）报告：{}；所选下级报告 {} 份：{}。",
            names.get(p.parent).map(String::as_str).unwrap_or_default(),
            members.len(),
            members.join("、")
        ),
    );
    match &p.result {
        Err(m) => para(out, m),
        Ok(d) if d.is_empty() => para(out, "汇总报告与所选下级报告的合计逐格一致。"),
        Ok(d) => {
            let rows: Vec<Vec<String>> = d
                .iter()
                .map(|c| vec![c.label.clone(), c.parent.clone(), c.members.clone()])
                .collect();
            let head = ["单元格", "汇总报告", "下级报告合计"].map(String::from);
            out.push_str(
                &data_table("汇总报告与下级报告合计不一致的单元格", &head, &rows)
                    .replace("chart-data", "analysis-table parent-diff"),
            );
        }
    }
    out.push_str("</section>\n");
}

fn indicator_table(out: &mut String, named: &[(&str, &Report)], b: &Benchmark) {
    section(out, "table", "七、指标一览");
    let head = table_head();
    let rows = table_rows(named, b);
    // Seven indicators a table: 21 columns do not fit across an A4 page.
    let lead = head.len() - INDICATORS.len();
    for chunk in (0..INDICATORS.len()).collect::<Vec<_>>().chunks(7) {
        let cols: Vec<usize> = std::iter::once(1)
            .chain(std::iter::once(2))
            .chain(chunk.iter().map(|c| c + lead))
            .collect();
        let h: Vec<String> = cols.iter().map(|&c| head[c].clone()).collect();
        let r: Vec<Vec<String>> = rows
            .iter()
            .map(|row| cols.iter().map(|&c| row[c].clone()).collect())
            .collect();
        out.push_str(
            &data_table("指标一览", &h, &r).replace("chart-data", "analysis-table indicator-table"),
        );
    }
    out.push_str("</section>\n");
}

fn definitions(out: &mut String, named: &[(&str, &Report)]) {
    section(out, "definitions", "八、指标说明");
    let mut formats: Vec<&'static FormatDef> = FORMATS
        .iter()
        .copied()
        .filter(|f| named.iter().any(|(_, r)| r.format == f.id))
        .collect();
    if formats.is_empty() {
        formats = FORMATS.to_vec();
    }
    out.push_str("<dl class=\"definitions\">\n");
    for h in (0..INDICATORS.len()).filter_map(|k| indicator_help(k, &formats)) {
        out.push_str(&format!(
            "<dt>{}（{}）</dt>\n<dd>{}{}{}</dd>\n",
            escape_html(h.name),
            escape_html(h.unit),
            escape_html(h.caveat),
            escape_html(h.zero.unwrap_or_default()),
            escape_html(h.blank)
        ));
        for (name, formula) in &h.formulas {
            out.push_str(&format!(
                "<dd>{}：{}</dd>\n",
                escape_html(name),
                escape_html(formula)
            ));
        }
    }
    out.push_str("</dl>\n</section>\n");
}
