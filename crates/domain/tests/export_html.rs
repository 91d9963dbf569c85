//! The HTML export: the seed report renders with every official label character-exact, the
//! template's merged cells, blanks as blanks, the fee as entered; anything a user typed stays
//! inert text.

use report_domain::export::{grids, report_title, title_head, unroll, Role, TITLE_SUFFIX};
use report_domain::format::{FormatDef, FORMAT_2019, FORMAT_2021};
use report_domain::{report_body_html, report_html, Cell, Decimal, FormatId, Report, PRINT_CSS};

mod common;
use common::{seed, table_labels};

/// Every label the official format prints, from the format declarations.
fn official_labels(f: &FormatDef) -> Vec<&'static str> {
    let mut out = Vec::new();
    for s in f.sections {
        out.push(s.heading);
        out.extend(s.parts.iter().filter_map(|p| p.heading));
    }
    for t in f.tables {
        out.extend(table_labels(t));
    }
    out
}

/// Reverses the five character references the exporter writes.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn seed_has_every_official_label_as_a_whole_element_text() {
    let r = seed();
    let html = report_html(&r);
    for label in official_labels(r.def()) {
        // Labels are the complete text of their element: ">label<".
        assert!(
            html.contains(&format!(">{label}<")),
            "missing label {label}"
        );
    }
    assert!(html.contains(&format!(
        "<h1 class=\"title\"><span>{}</span><span>{TITLE_SUFFIX}</span></h1>",
        title_head(&r.meta)
    )));
    assert_eq!(
        report_title(&r.meta),
        "郑县商务局2021年政府信息公开工作年度报告"
    );
    // The sections in the official order.
    let mut at = 0;
    for s in r.def().sections {
        let i = html[at..]
            .find(&format!("<h2>{}</h2>", s.heading))
            .unwrap_or_else(|| panic!("{} out of order", s.heading));
        at += i;
    }
}

#[test]
fn the_2019_format_prints_its_own_labels() {
    let mut r = Report::for_year(2020);
    assert_eq!(r.format, FormatId::F2019);
    r.meta.agency = "上海市人民政府办公厅".into();
    let html = report_html(&r);
    for label in official_labels(&FORMAT_2019) {
        assert!(
            html.contains(&format!(">{label}<")),
            "missing label {label}"
        );
    }
    assert!(
        !html.contains(">现行有效件数<"),
        "2021 label in a 2019 report"
    );
    assert!(html.contains(
        "<th class=\"caption\" colspan=\"4\" scope=\"colgroup\">第二十条第（九）项</th>"
    ));
    assert!(html.contains("<th class=\"label\" colspan=\"2\" scope=\"row\">（六）其他处理</th>"));
    assert!(html
        .contains("<th class=\"group\" rowspan=\"20\" scope=\"rowgroup\">三、本年度办理结果</th>"));
}

#[test]
fn tables_have_the_templates_merged_cells() {
    let html = report_html(&seed());
    let corner = report_domain::format::TABLE3_CORNER;
    for needle in [
        // Table 三 header.
        format!("<th class=\"corner\" rowspan=\"3\" colspan=\"3\">{corner}</th>"),
        "<th class=\"head\" colspan=\"7\" scope=\"colgroup\">申请人情况</th>".to_string(),
        "<th class=\"head\" rowspan=\"2\" scope=\"col\">自然人</th>".to_string(),
        "<th class=\"head\" colspan=\"5\" scope=\"colgroup\">法人或其他组织</th>".to_string(),
        "<th class=\"head\" rowspan=\"2\" scope=\"col\">总计</th>".to_string(),
        // Table 三 row groups.
        "<th class=\"label\" colspan=\"3\" scope=\"row\">一、本年新收政府信息公开申请数量</th>"
            .to_string(),
        "<th class=\"label\" colspan=\"3\" scope=\"row\">四、结转下年度继续办理</th>".to_string(),
        "<th class=\"group\" rowspan=\"22\" scope=\"rowgroup\">三、本年度办理结果</th>".to_string(),
        "<th class=\"label\" colspan=\"2\" scope=\"row\">（一）予以公开</th>".to_string(),
        "<th class=\"label\" colspan=\"2\" scope=\"row\">（七）总计</th>".to_string(),
        "<th class=\"group\" rowspan=\"8\" scope=\"rowgroup\">（三）不予公开</th>".to_string(),
        "<th class=\"group\" rowspan=\"3\" scope=\"rowgroup\">（四）无法提供</th>".to_string(),
        "<th class=\"group\" rowspan=\"5\" scope=\"rowgroup\">（五）不予处理</th>".to_string(),
        "<th class=\"group\" rowspan=\"3\" scope=\"rowgroup\">（六）其他处理</th>".to_string(),
        "<th class=\"label\" scope=\"row\">1.属于国家秘密</th>".to_string(),
        // Table 四.
        "<th class=\"head\" colspan=\"5\" scope=\"colgroup\">行政复议</th>".to_string(),
        "<th class=\"head\" colspan=\"10\" scope=\"colgroup\">行政诉讼</th>".to_string(),
        "<th class=\"head\" colspan=\"5\" scope=\"colgroup\">未经复议直接起诉</th>".to_string(),
        "<th class=\"head\" colspan=\"5\" scope=\"colgroup\">复议后起诉</th>".to_string(),
        "<th class=\"head\" rowspan=\"2\" scope=\"col\">结果维持</th>".to_string(),
        // Table 二: full-width captions, narrow sub-tables stretched.
        "<th class=\"caption\" colspan=\"4\" scope=\"colgroup\">第二十条第（一）项</th>"
            .to_string(),
        "<th class=\"head\" colspan=\"3\" scope=\"colgroup\">本年收费金额（单位：万元）</th>"
            .to_string(),
    ] {
        assert!(html.contains(&needle), "missing {needle}");
    }
    // Table 四's fifteen numbers sit on one line; its headers repeat 结果维持 under each group.
    let t4 = &html[html.find("data-table=\"table4\"").expect("table4")..];
    let t4 = &t4[..t4.find("</table>").expect("end of table4")];
    assert_eq!(t4.matches(">结果维持<").count(), 3);
    assert_eq!(t4.matches("<td ").count(), 15);
    assert_eq!(t4.matches("<tbody>\n<tr>").count(), 1);
    // Header rows repeat on each printed page.
    assert!(PRINT_CSS.contains("display: table-header-group"));
}

/// Every grid row covers every column exactly once, counting cells merged from above.
#[test]
fn every_grid_is_a_full_rectangle() {
    for f in [&FORMAT_2021, &FORMAT_2019] {
        let r = Report::new(f.id);
        for g in grids(&r) {
            let width = g.cols.len();
            let mut all = g.head.clone();
            for b in &g.bodies {
                all.extend(b.iter().cloned());
            }
            let mut below = vec![0usize; width];
            for (i, row) in all.iter().enumerate() {
                let mut col = 0;
                let mut cells = row.iter();
                loop {
                    while col < width && below[col] > 0 {
                        below[col] -= 1;
                        col += 1;
                    }
                    let Some(c) = cells.next() else { break };
                    assert!(
                        col + c.colspan <= width,
                        "{} row {i} overflows",
                        g.table.key
                    );
                    for b in &mut below[col..col + c.colspan] {
                        *b = c.rowspan - 1;
                    }
                    col += c.colspan;
                }
                assert_eq!(col, width, "{} row {i} is short", g.table.key);
            }
            assert!(
                below.iter().all(|&b| b == 0),
                "{} rowspan overruns",
                g.table.key
            );
            // One value cell per declared data cell, each at its own address.
            let values: Vec<&str> = all
                .iter()
                .flatten()
                .filter_map(|c| match &c.role {
                    Role::Value { address } => Some(address.as_str()),
                    _ => None,
                })
                .collect();
            let declared: usize = g
                .table
                .blocks
                .iter()
                .map(|b| b.rows.len() * b.columns.len())
                .sum();
            assert_eq!(values.len(), declared, "{}", g.table.key);
            assert!(values.iter().all(|a| f.cell(a).is_some()));
            assert_eq!(unroll(&all, width, false).len(), all.len());
        }
    }
}

#[test]
fn blanks_print_blank_and_the_fee_prints_as_entered() {
    let mut r = seed();
    assert!(r.set("table3.new.natural", Cell::Blank));
    assert!(r.set("table3.carry.natural", Cell::Int(0)));
    assert!(r.set(
        "table2.fees.amount",
        Cell::Amount(Decimal::parse("12.3400").expect("decimal"))
    ));
    let html = report_body_html(&r);
    assert!(html.contains("<td class=\"num\" data-cell=\"table3.new.natural\"></td>"));
    assert!(html.contains("<td class=\"num\" data-cell=\"table3.carry.natural\">0</td>"));
    assert!(html
        .contains("<td class=\"num\" colspan=\"3\" data-cell=\"table2.fees.amount\">12.3400</td>"));
    // An empty report prints no number at all.
    let empty = report_body_html(&Report::new(FormatId::F2021));
    let cells = empty.matches("<td ").count();
    assert_eq!(cells, FORMAT_2021.cell_count());
    assert_eq!(empty.matches("></td>").count(), cells);
}

#[test]
fn missing_agency_or_year_gives_a_true_title() {
    let mut r = Report::new(FormatId::F2021);
    assert!(report_html(&r).contains("<title>政府信息公开工作年度报告</title>"));
    r.meta.agency = "某县商务局".into();
    assert!(report_body_html(&r).contains(
        "<h1 class=\"title\"><span>某县商务局</span><span>政府信息公开工作年度报告</span></h1>"
    ));
    r.meta.year = Some(2023);
    r.meta.agency.clear();
    assert!(report_body_html(&r)
        .contains("><span>2023年</span><span>政府信息公开工作年度报告</span></h1>"));
    r.meta.year = None;
    assert!(report_body_html(&r)
        .contains("<h1 class=\"title\"><span>政府信息公开工作年度报告</span></h1>"));
}

#[test]
fn narrative_lines_become_paragraphs_and_signature_closes() {
    let mut r = seed();
    r.set_text("problems", "第一段。\r\n\r\n  第二段。\n第三段。");
    r.meta.published = "2022-01-20".into();
    let html = report_body_html(&r);
    assert!(html.contains(
        "<p data-part=\"problems\">第一段。</p>\n<p data-part=\"problems\">第二段。</p>\n\
         <p data-part=\"problems\">第三段。</p>"
    ));
    assert!(html.contains("<div class=\"signature\">\n<p>郑县商务局</p>\n<p>2022年1月20日</p>"));
}

/// The standalone page without its one data block (`<script type="application/json">`, which
/// no browser runs), checking there is exactly one and that no text of the report can end it.
fn without_data(html: &str) -> String {
    let open = "<script type=\"application/json\" id=\"report-data\"";
    assert_eq!(html.matches("<script").count(), 1, "one data block");
    let start = html.find(open).expect("the data block");
    let end = start + html[start..].find("</script>\n").expect("its end") + "</script>\n".len();
    let body_start = start + html[start..].find('>').expect("tag end") + 1;
    let data = &html[body_start..end - "</script>\n".len()];
    assert!(
        !data.contains('<') && !data.contains('>'),
        "markup characters in the data"
    );
    format!("{}{}", &html[..start], &html[end..])
}

#[test]
fn standalone_document_is_self_contained() {
    let r = seed();
    let html = report_html(&r);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(PRINT_CSS));
    // The body, with the 校验码 line before its end.
    let body = report_body_html(&r);
    assert!(html.contains(body.strip_suffix("</article>\n").unwrap()));
    let code = report_domain::export::fingerprint(&r);
    assert!(html.contains(&format!(
        "<footer class=\"fingerprint\">校验码：{code}</footer>\n</article>"
    )));
    assert!(html.contains(&format!("content: \"校验码：{code}\"")));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    let html = without_data(&html);
    for external in ["<script", "<link", "src=", "href=", "url(", "@import"] {
        assert!(
            !html.contains(external),
            "external resource or script: {external}"
        );
    }
    assert!(PRINT_CSS.contains("size: A4"));
    assert!(PRINT_CSS.contains("margin: 37mm 26mm 35mm 28mm"));
    let fragment = report_body_html(&r);
    assert!(fragment.starts_with("<article class=\"gov-report\""));
    assert!(!fragment.contains("<style") && !fragment.contains("<html"));
}

/// The preview's document with the publisher's 校验码 is the exported file without its data
/// block: the same footer on screen and in the page foot, so the preview, its print and the
/// HTML export show the same code.
#[test]
fn preview_document_with_the_code_is_the_export_without_its_data() {
    let r = seed();
    let code = report_domain::export::fingerprint(&r);
    let preview = report_domain::export::report_document(&r, "", Some(&code));
    assert_eq!(without_data(&report_html(&r)), preview);
    let (css, line) = report_domain::export::code_footer(&code);
    assert!(preview.contains(&css) && preview.contains(&line));
    // The browser's own print writes the same footer with the fragment.
    let page = report_domain::export::report_body_with_code(&r, Some(&code));
    assert!(page.contains(&css) && page.contains(&format!("{line}</article>")));
    assert_eq!(
        report_domain::export::report_body_with_code(&r, None),
        report_body_html(&r)
    );
    // Without a code (the publisher could not be loaded) the document has no footer at all.
    let bare = report_domain::export::report_document(&r, "", None);
    assert!(!bare.contains("校验码：") && !bare.contains("<footer"));
}

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "\"><img src=x onerror=alert(document.cookie)>",
    "'><body onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">点击</a>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "javascript:alert(1)",
    "</p></section></article><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script><style>",
    "<!-- <script>alert(1)</script> -->",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    " onmouseover=alert(1) x=\"",
];

/// The tags the exporter writes, and the attributes it gives them.
const TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "main", "article", "h1", "h2", "h3",
    "section", "p", "span", "div", "table", "caption", "colgroup", "col", "thead", "tbody", "tr",
    "th", "td", "footer",
];
const ATTRS: &[&str] = &[
    "lang",
    "charset",
    "http-equiv",
    "content",
    "name",
    "class",
    "data-section",
    "data-part",
    "data-table",
    "data-cell",
    "rowspan",
    "colspan",
    "scope",
];

/// Walks the markup: every '<' must open one of our tags with only our attributes, and no
/// attribute value may be a script URL.
fn assert_only_our_markup(html: &str) {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix("!DOCTYPE html>") {
            rest = r;
            continue;
        }
        let end = rest.find('>').expect("unclosed tag");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let closing = tag.starts_with('/');
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let name = tag.split_whitespace().next().unwrap_or("");
        assert!(TAGS.contains(&name), "foreign tag <{tag}>");
        // Attributes: name="value" pairs with no '"' inside values (they are escaped).
        let mut attrs = tag[name.len()..].trim();
        while !attrs.is_empty() {
            let (attr, after) = attrs.split_once("=\"").expect("attribute form");
            assert!(ATTRS.contains(&attr), "foreign attribute {attr} in <{tag}>");
            let (value, after) = after.split_once('"').expect("attribute end");
            assert!(
                !value
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("javascript:"),
                "script URL in <{tag}>"
            );
            attrs = after.trim_start();
        }
        if name == "style" && !closing {
            let close = rest.find("</style>").expect("style end");
            // The print CSS, then only the page-foot 校验码 rule (no text of the report).
            let extra = rest[..close]
                .trim_start()
                .strip_prefix(PRINT_CSS)
                .expect("the print CSS first");
            assert!(
                extra.trim().is_empty()
                    || extra
                        .trim_start()
                        .starts_with("@page {\n  @bottom-center {\n    content: \"校验码："),
                "user text inside <style>"
            );
            rest = &rest[close..];
        }
    }
}

#[test]
fn xss_payloads_in_every_text_field_and_the_agency_stay_inert() {
    let base = seed();
    let parts: Vec<&str> = base.def().parts().map(|p| p.key).collect();
    assert_eq!(parts.len(), 9);
    for payload in PAYLOADS {
        let mut r = base.clone();
        r.meta.agency = payload.to_string();
        r.meta.published = "2022-01-20".into();
        for p in &parts {
            r.set_text(p, *payload);
        }
        let html = without_data(&report_html(&r));
        assert_only_our_markup(&html);
        let lower = html.to_ascii_lowercase();
        for bad in [
            "<script",
            "<img",
            "<svg",
            "<iframe",
            "<a ",
            "<math",
            "<body onload",
        ] {
            assert!(!lower.contains(bad), "{payload}: {bad} got through");
        }
        // The text survives verbatim, as text: once per part, in the title, h1 and signature.
        let escaped = report_domain::export::escape_html(payload.trim());
        assert_eq!(unescape(&escaped), payload.trim());
        for p in &parts {
            assert!(
                html.contains(&format!("<p data-part=\"{p}\">{escaped}</p>")),
                "{payload} in {p}"
            );
        }
        let title = report_domain::export::escape_html(&report_title(&r.meta));
        assert!(html.contains(&format!("<title>{title}</title>")));
        let head = report_domain::export::escape_html(&title_head(&r.meta));
        assert!(html.contains(&format!(
            "<h1 class=\"title\"><span>{head}</span><span>{TITLE_SUFFIX}</span></h1>"
        )));
        assert!(html.contains(&format!("<p>{escaped}</p>\n<p>2022年1月20日</p>")));
    }
}

/// Screen readers link each figure to its merged headers (issue 21): every header cell says
/// what it heads, and each table is named by its caption (its section's heading).
#[test]
fn tables_have_a_caption_and_scoped_header_cells() {
    let html = report_body_html(&seed());
    for (key, heading) in [
        ("table2", "二、主动公开政府信息情况"),
        ("table3", "三、收到和处理政府信息公开申请情况"),
        ("table4", "四、政府信息公开行政复议、行政诉讼情况"),
    ] {
        let start = html.find(&format!("data-table=\"{key}\">")).expect(key);
        let rest = &html[start..];
        let table = &rest[..rest.find("</table>").expect("end")];
        assert!(
            table.contains(&format!("<caption>{heading}</caption>")),
            "{key}"
        );
        // Every <th> but the 勾稽关系 corner has a scope.
        for th in table.split("<th ").skip(1) {
            let open = &th[..th.find('>').expect("tag")];
            assert!(
                open.contains("scope=\"") || open.contains("class=\"corner\""),
                "{key}: <th {open}>"
            );
        }
    }
    assert!(
        html.contains("scope=\"rowgroup\""),
        "（三）不予公开 heads its eight rows"
    );
    assert!(
        html.contains("scope=\"colgroup\""),
        "法人或其他组织 heads its five columns"
    );
    assert!(html.contains("<th class=\"label\" colspan=\"2\" scope=\"row\">（一）予以公开</th>"));
}
