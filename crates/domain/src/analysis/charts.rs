//! The charts of the 对标分析, drawn as SVG by our code (no canvas: they print, scale and read
//! in a screen reader). Each is a `<figure>`: the `<svg>` with a `<title>` and a `<desc>`, then
//! the same figures as a table. Shades of grey and shapes tell things apart, not colour, so a
//! grey printout reads the same.

use super::dictionary::Indicator;
use super::distribution::{Distribution, Side};
use super::evaluate::number;
use crate::export::escape_html;

/// Width of every chart's drawing (SVG user units; it scales to the page).
const WIDTH: f64 = 600.0;
/// The left margin, for the names of bars.
const LEFT: f64 = 150.0;
/// The right margin.
const RIGHT: f64 = 20.0;

/// The greys of stacked segments, darkest first: six shades far enough apart in print.
const GREYS: [&str; 6] = [
    "#1a1a1a", "#555555", "#8a8a8a", "#b5b5b5", "#d9d9d9", "#ffffff",
];

fn svg_open(out: &mut String, id: &str, height: f64, title: &str, desc: &str) {
    // The caption shows the title on paper; the svg's own title and desc are for readers.
    out.push_str(&format!(
        "<figcaption>{}</figcaption>\n",
        escape_html(title)
    ));
    out.push_str(&format!(
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"{id}-t\">{}</title>\n<desc id=\"{id}-d\">{}</desc>\n",
        escape_html(title),
        escape_html(desc)
    ));
}

fn text(out: &mut String, x: f64, y: f64, anchor: &str, s: &str) {
    out.push_str(&format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"11\">{}</text>\n",
        escape_html(s)
    ));
}

/// A data table under a chart: `head`, then `rows` (already shown as text).
pub fn data_table(caption: &str, head: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from("<table class=\"report-table chart-data\">\n<caption>");
    out.push_str(&escape_html(caption));
    out.push_str("</caption>\n<thead><tr>");
    for h in head {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape_html(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            if i == 0 {
                out.push_str(&format!(
                    "<th scope=\"row\" class=\"label\">{}</th>",
                    escape_html(c)
                ));
            } else {
                out.push_str(&format!("<td class=\"num\">{}</td>", escape_html(c)));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// One unit on a strip plot.
pub struct Point<'a> {
    /// Its position in the list (as the distribution's outliers name it).
    pub position: usize,
    /// Its name.
    pub name: &'a str,
    /// Its value.
    pub value: f64,
    /// Whether it is the unit the reader picked (drawn larger, black, named).
    pub selected: bool,
}

/// The title of an indicator's strip plot.
pub fn strip_title(i: &Indicator, year: Option<i32>) -> String {
    match year {
        Some(y) => format!("{}年度{}分布", y, i.name),
        None => format!("{}分布", i.name),
    }
}

/// An indicator's strip and box plot: each unit a dot, the box from P25 to P75 with the
/// median, whiskers to the extremes, outliers as hollow diamonds, the picked unit larger.
pub fn strip_plot(
    id: &str,
    i: &Indicator,
    year: Option<i32>,
    d: &Distribution,
    points: &[Point],
) -> String {
    let title = strip_title(i, year);
    let (Some(lo), Some(hi)) = (d.min, d.max) else {
        return format!(
            "<figure class=\"chart-figure\"><figcaption>{}</figcaption><p>没有可比较的数值。</p></figure>\n",
            escape_html(&title)
        );
    };
    let span = if hi > lo { hi - lo } else { 1.0 };
    let x = |v: f64| 40.0 + (v - lo) / span * (WIDTH - 80.0);
    let show = |v: Option<f64>| {
        v.map(|v| format!("{}{}", number(v, i), i.unit))
            .unwrap_or_default()
    };
    let desc = format!(
        "{} 个单位；最小值 {}，P25 {}，中位数 {}，P75 {}，最大值 {}；异常值 {} 个。",
        d.n,
        show(d.min),
        show(d.p25),
        show(d.median),
        show(d.p75),
        show(d.max),
        d.outliers.len()
    );
    let mut out = String::from("<figure class=\"chart-figure\">\n");
    svg_open(&mut out, id, 110.0, &title, &desc);
    if let (Some(a), Some(m), Some(b)) = (d.p25, d.median, d.p75) {
        out.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"35\" x2=\"{:.1}\" y2=\"35\" stroke=\"#000\"/>\n<rect x=\"{:.1}\" y=\"20\" width=\"{:.1}\" height=\"30\" fill=\"#d9d9d9\" stroke=\"#000\"/>\n<line x1=\"{:.1}\" y1=\"20\" x2=\"{:.1}\" y2=\"50\" stroke=\"#000\" stroke-width=\"3\"/>\n",
            x(lo),
            x(hi),
            x(a),
            (x(b) - x(a)).max(1.0),
            x(m),
            x(m)
        ));
    }
    // Looked up by position in sorted lists: thousands of units and outliers would otherwise
    // take units × outliers steps.
    let mut outlier_at: Vec<usize> = d.outliers.iter().map(|o| o.0).collect();
    outlier_at.sort_unstable();
    let mut by_position: Vec<&Point> = points.iter().collect();
    by_position.sort_by_key(|p| p.position);
    // Many units: the ordinary dots are one path of round dots (no name each: thousands of
    // overlapping dots cannot be told apart or hovered, and as elements they take the printout
    // seconds to lay out); outliers and the picked unit stay named. Their values are in the
    // indicator table.
    let crowd = points.len() > super::report::MOST_CHARTED;
    if crowd {
        let mut d = String::new();
        for p in points
            .iter()
            .filter(|p| !p.selected && outlier_at.binary_search(&p.position).is_err())
        {
            d.push_str(&format!("M{:.1} 68h0", x(p.value)));
        }
        if !d.is_empty() {
            out.push_str(&format!(
                "<path d=\"{d}\" stroke=\"#8a8a8a\" stroke-width=\"6\" stroke-linecap=\"round\"/>\n"
            ));
        }
    }
    for p in points {
        let outlier = outlier_at.binary_search(&p.position).is_ok();
        if crowd && !outlier && !p.selected {
            continue;
        }
        let cx = x(p.value);
        if outlier {
            out.push_str(&format!(
                "<path d=\"M{cx:.1} 62 l6 6 l-6 6 l-6 -6 z\" fill=\"#fff\" stroke=\"#000\"><title>{}：{}</title></path>\n",
                escape_html(p.name),
                show(Some(p.value))
            ));
        } else {
            let r = if p.selected { 6.0 } else { 3.0 };
            let fill = if p.selected { "#000" } else { "#8a8a8a" };
            out.push_str(&format!(
                "<circle cx=\"{cx:.1}\" cy=\"68\" r=\"{r}\" fill=\"{fill}\" stroke=\"#000\" stroke-width=\"0.5\"><title>{}：{}</title></circle>\n",
                escape_html(p.name),
                show(Some(p.value))
            ));
        }
        if p.selected {
            // Anchored away from the nearer edge, so the name is never cut off.
            let anchor = if cx < WIDTH / 3.0 {
                "start"
            } else if cx > WIDTH * 2.0 / 3.0 {
                "end"
            } else {
                "middle"
            };
            text(&mut out, cx, 90.0, anchor, p.name);
        }
    }
    text(&mut out, x(lo), 106.0, "start", &show(Some(lo)));
    if hi > lo {
        text(&mut out, x(hi), 106.0, "end", &show(Some(hi)));
    }
    out.push_str("</svg>\n");
    let outliers: Vec<String> = d
        .outliers
        .iter()
        .filter_map(|(at, v, side)| {
            let k = by_position.binary_search_by_key(at, |p| p.position).ok()?;
            let p = by_position[k];
            Some(format!(
                "{}（{}，{}）",
                p.name,
                show(Some(*v)),
                side_label(*side)
            ))
        })
        .collect();
    out.push_str(&data_table(
        &title,
        &[
            "指标",
            "单位数",
            "最小值",
            "P25",
            "中位数",
            "P75",
            "最大值",
            "异常值",
        ]
        .map(String::from),
        &[vec![
            i.name.to_string(),
            d.n.to_string(),
            show(d.min),
            show(d.p25),
            show(d.median),
            show(d.p75),
            show(d.max),
            if outliers.is_empty() {
                "无".into()
            } else {
                outliers.join("；")
            },
        ]],
    ));
    out.push_str("</figure>\n");
    out
}

fn side_label(s: Side) -> &'static str {
    s.label()
}

/// The title of an agency's line over the years.
pub fn line_title(agency: &str, i: &Indicator) -> String {
    format!("{agency}历年{}", i.name)
}

/// An agency's indicator over the years, as a line with a square at each year.
pub fn year_line(id: &str, agency: &str, i: &Indicator, points: &[(i32, f64)]) -> String {
    let title = line_title(agency, i);
    let shown: Vec<String> = points
        .iter()
        .map(|(y, v)| format!("{y}年 {}{}", number(*v, i), i.unit))
        .collect();
    let desc = format!("{}：{}。", title, shown.join("，"));
    let top = points.iter().map(|p| p.1).fold(0.0_f64, f64::max);
    let top = if top > 0.0 { top } else { 1.0 };
    let n = points.len().max(2) as f64 - 1.0;
    let x = |k: usize| LEFT + k as f64 / n * (WIDTH - LEFT - RIGHT - 20.0);
    let y = |v: f64| 100.0 - v / top * 70.0;
    let mut out = String::from("<figure class=\"chart-figure\">\n");
    svg_open(&mut out, id, 130.0, &title, &desc);
    out.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"100\" x2=\"{}\" y2=\"100\" stroke=\"#000\"/>\n",
        WIDTH - RIGHT
    ));
    text(&mut out, 8.0, 60.0, "start", agency);
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(k, (_, v))| format!("{:.1},{:.1}", x(k), y(*v)))
        .collect();
    out.push_str(&format!(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>\n",
        path.join(" ")
    ));
    for (k, (year, v)) in points.iter().enumerate() {
        out.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"#fff\" stroke=\"#000\"/>\n",
            x(k) - 4.0,
            y(*v) - 4.0
        ));
        text(&mut out, x(k), y(*v) - 8.0, "middle", &number(*v, i));
        text(&mut out, x(k), 118.0, "middle", &format!("{year}年"));
    }
    out.push_str("</svg>\n");
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|(y, v)| vec![format!("{y}年"), format!("{}{}", number(*v, i), i.unit)])
        .collect();
    out.push_str(&data_table(&title, &["年度".into(), i.name.into()], &rows));
    out.push_str("</figure>\n");
    out
}

/// One bar of the outcome chart: a report's name and its count of each outcome.
pub struct Bar {
    /// The report's name.
    pub name: String,
    /// Each outcome's count (blank as 0), in the order of the chart's labels.
    pub parts: Vec<f64>,
}

/// Each report's outcomes as a 100 % stacked bar: one grey per outcome, from dark to white.
pub fn outcome_bars(id: &str, title: &str, labels: &[String], bars: &[Bar]) -> String {
    let height = 40.0 + bars.len() as f64 * 22.0;
    let desc = format!(
        "{} 份报告各类办理结果所占比例，从左到右依次为{}。",
        bars.len(),
        labels.join("、")
    );
    let mut out = String::from("<figure class=\"chart-figure\">\n");
    svg_open(&mut out, id, height, title, &desc);
    // The legend: a swatch per outcome, in the order of the segments.
    for (k, l) in labels.iter().enumerate() {
        let lx = 8.0 + k as f64 * 98.0;
        out.push_str(&format!(
            "<rect x=\"{lx:.1}\" y=\"6\" width=\"10\" height=\"10\" fill=\"{}\" stroke=\"#000\"/>\n",
            GREYS[k % GREYS.len()]
        ));
        text(&mut out, lx + 14.0, 15.0, "start", l);
    }
    let w = WIDTH - LEFT - RIGHT;
    for (b, bar) in bars.iter().enumerate() {
        let y = 30.0 + b as f64 * 22.0;
        let name: String = bar.name.chars().take(12).collect();
        text(&mut out, LEFT - 6.0, y + 13.0, "end", &name);
        let total: f64 = bar.parts.iter().sum();
        let mut at = LEFT;
        for (k, v) in bar.parts.iter().enumerate() {
            if total <= 0.0 || *v <= 0.0 {
                continue;
            }
            let len = v / total * w;
            out.push_str(&format!(
                "<rect x=\"{at:.1}\" y=\"{y:.1}\" width=\"{len:.1}\" height=\"16\" fill=\"{}\" stroke=\"#000\" stroke-width=\"0.5\"/>\n",
                GREYS[k % GREYS.len()]
            ));
            at += len;
        }
        if total <= 0.0 {
            text(&mut out, LEFT + 4.0, y + 13.0, "start", "无办理结果");
        }
    }
    out.push_str("</svg>\n");
    let mut head = vec!["报告".to_string()];
    head.extend(labels.iter().cloned());
    let rows: Vec<Vec<String>> = bars
        .iter()
        .map(|b| {
            let mut r = vec![b.name.clone()];
            r.extend(b.parts.iter().map(|v| format!("{v}")));
            r
        })
        .collect();
    out.push_str(&data_table(title, &head, &rows));
    out.push_str("</figure>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{distribution, indicator};

    /// A strip plot of `n` units (values 10, 11, …, and one far above), unit 3 picked.
    fn plot(n: usize) -> String {
        let mut values: Vec<Option<f64>> = (0..n).map(|k| Some(10.0 + k as f64)).collect();
        values[n - 1] = Some(10_000.0);
        let d = distribution("new", &values);
        let names: Vec<String> = (0..n).map(|k| format!("第{k}局")).collect();
        let points: Vec<Point> = values
            .iter()
            .enumerate()
            .map(|(k, v)| Point {
                position: k,
                name: &names[k],
                value: v.unwrap_or_default(),
                selected: k == 3,
            })
            .collect();
        strip_plot("s", indicator("new").expect("new"), Some(2023), &d, &points)
    }

    #[test]
    fn a_crowd_of_units_is_one_path_with_the_outlier_and_the_picked_unit_named() {
        let few = plot(10);
        assert_eq!(few.matches("<circle").count(), 9);
        assert!(!few.contains("stroke-linecap"));
        let many = plot(1000);
        // One path holds the 998 ordinary dots; the picked unit is a circle, the outlier a
        // diamond, each with its name.
        assert_eq!(many.matches("stroke-linecap=\"round\"").count(), 1);
        assert_eq!(many.matches("h0").count(), 998);
        assert_eq!(many.matches("<circle").count(), 1);
        assert!(many.contains("<title>第3局：13件</title>"));
        assert!(many.contains("<title>第999局：10000件</title>"));
        assert!(many.len() < 30_000, "{} bytes", many.len());
    }
}
