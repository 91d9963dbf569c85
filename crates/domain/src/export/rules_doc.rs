//! 规则说明 as documents: `docs/rules.md` and the static page `rules/index.html` the app links
//! each finding to (`rules/#T3-1`), both from the rules' own data ([`rule_entries`]), and the
//! 对标分析's indicators from the indicator dictionary (`rules/#indicator-conclusion_rate`). The page
//! is a file of its own, loaded only when opened: the app's first load does not carry it.

use super::escape::escape_html;
use crate::analysis::{indicator_anchor, indicator_helps, IndicatorHelp, INDICATORS_ANCHOR};
use crate::rules::{rule_entries, RuleEntry};

/// The title of the rules page.
pub const RULES_TITLE: &str = "规则说明：年度报告的检查规则";

/// What the page says before the rules.
const INTRO: &str = "本页列出“检查结果”中每一条规则：检查什么、依据、不通过的例子和改法、读取哪些格子。规则分为两类：错误（表格必须满足的等式，须改正）和提醒（可疑之处，确有理由的可保留并写明理由）。";

/// The heading of the indicators' part of the page (对标分析, in 汇总审查).
pub const INDICATORS_TITLE: &str = "对标分析指标";

/// What the page says before the indicators.
const INDICATORS_INTRO: &str = "汇总审查中“对标分析”计算的各项指标：名称、单位、按各版表格格式读取的单元格与公式、口径说明，以及分母为0或单元格未填写时的结果。";

/// An indicator's fields as the page lists them: 单位, each format's 公式, 口径说明, 分母为0,
/// 未填写.
fn indicator_fields(h: &IndicatorHelp) -> Vec<(String, String)> {
    let mut out = vec![("单位".to_string(), h.unit.to_string())];
    for (format, formula) in &h.formulas {
        out.push((format!("公式（{format}）"), formula.clone()));
    }
    out.push(("口径说明".into(), h.caveat.to_string()));
    if let Some(zero) = h.zero {
        out.push(("分母为0".into(), zero.to_string()));
    }
    out.push(("未填写".into(), h.blank.to_string()));
    out
}

/// The anchor of a rule on the page ("T3-1"), as the app links it.
pub fn rule_anchor(code: &str) -> String {
    code.to_string()
}

fn fields(r: &RuleEntry) -> [(&'static str, &'static str); 6] {
    [
        ("检查什么", r.doc.checks),
        ("依据", r.doc.basis),
        ("不通过的例子", r.doc.example),
        ("怎样改", r.doc.fix),
        ("读取", r.doc.reads),
        ("提示语", r.help),
    ]
}

/// `docs/rules.md`.
pub fn rules_markdown() -> String {
    let mut out = format!(
        "# {RULES_TITLE}\n\n<!-- Generated from crates/domain/src/rules/explain.rs by `WRITE_RULES=1 cargo test -p report-domain --test rules_doc`; do not edit by hand. -->\n\n{INTRO}\n\n| 代码 | 类别 | 规则 |\n|---|---|---|\n"
    );
    for r in rule_entries() {
        out.push_str(&format!(
            "| [{}](#{}) | {} | {} |\n",
            r.code,
            r.code.to_lowercase(),
            r.severity.label(),
            r.title
        ));
    }
    for r in rule_entries() {
        out.push_str(&format!(
            "\n## {}\n\n**{}** · {}\n\n",
            r.code,
            r.title,
            r.severity.label()
        ));
        for (name, text) in fields(&r) {
            out.push_str(&format!("- **{name}**：{text}\n"));
        }
    }
    out.push_str(&format!("\n## {INDICATORS_TITLE}\n\n{INDICATORS_INTRO}\n"));
    for h in indicator_helps() {
        out.push_str(&format!("\n### {}\n\n", h.name));
        for (name, text) in indicator_fields(&h) {
            out.push_str(&format!("- **{name}**：{text}\n"));
        }
    }
    out
}

/// The static page `rules/index.html`: self-contained (its own small style), one section per
/// rule with the rule's code as its id.
pub fn rules_html() -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\nbody {{ font-family: \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif; max-width: 860px; margin: 24px auto; padding: 0 16px; color: #202124; line-height: 1.7; }}\nh1 {{ font-size: 22px; }} h2 {{ font-size: 18px; margin-top: 28px; border-top: 1px solid #dadce0; padding-top: 12px; }} h3 {{ font-size: 16px; margin-top: 20px; }}\n.sev {{ font-size: 12px; border: 1px solid; border-radius: 3px; padding: 0 6px; margin-left: 8px; }}\n.sev.error {{ color: #b3261e; }} .sev.warning {{ color: #8a5a00; }}\ndl {{ display: grid; grid-template-columns: 7em 1fr; gap: 4px 12px; }} dt {{ color: #5f6368; }} dd {{ margin: 0; }}\nsection:target {{ background: #fef7e0; outline: 6px solid #fef7e0; }}\nnav ul {{ columns: 2; }}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n<nav aria-label=\"规则列表\"><ul>\n",
        escape_html(RULES_TITLE),
        escape_html(RULES_TITLE),
        escape_html(INTRO)
    );
    let entries = rule_entries();
    for r in &entries {
        out.push_str(&format!(
            "<li><a href=\"#{}\">{} {}</a></li>\n",
            rule_anchor(r.code),
            escape_html(r.code),
            escape_html(r.title)
        ));
    }
    out.push_str(&format!(
        "<li><a href=\"#{INDICATORS_ANCHOR}\">{}</a></li>\n",
        escape_html(INDICATORS_TITLE)
    ));
    out.push_str("</ul></nav>\n<main>\n");
    for r in &entries {
        let sev = match r.severity {
            crate::Severity::Error => "error",
            crate::Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "<section id=\"{}\" aria-labelledby=\"h-{}\">\n<h2 id=\"h-{}\">{} {}<span class=\"sev {sev}\">{}</span></h2>\n<dl>\n",
            rule_anchor(r.code),
            r.code,
            r.code,
            escape_html(r.code),
            escape_html(r.title),
            r.severity.label()
        ));
        for (name, text) in fields(r) {
            out.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>\n",
                escape_html(name),
                escape_html(text)
            ));
        }
        out.push_str("</dl>\n</section>\n");
    }
    out.push_str(&format!(
        "<section id=\"{INDICATORS_ANCHOR}\" aria-labelledby=\"h-{INDICATORS_ANCHOR}\">\n<h2 id=\"h-{INDICATORS_ANCHOR}\">{}</h2>\n<p>{}</p>\n</section>\n",
        escape_html(INDICATORS_TITLE),
        escape_html(INDICATORS_INTRO)
    ));
    for h in indicator_helps() {
        let id = indicator_anchor(h.key);
        out.push_str(&format!(
            "<section id=\"{id}\" aria-labelledby=\"h-{id}\">\n<h3 id=\"h-{id}\">{}（{}）</h3>\n<dl>\n",
            escape_html(h.name),
            escape_html(h.unit)
        ));
        for (name, text) in indicator_fields(&h) {
            out.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>\n",
                escape_html(&name),
                escape_html(&text)
            ));
        }
        out.push_str("</dl>\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
