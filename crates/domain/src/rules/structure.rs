//! The report's structure: the six sections with their official headings, in order (S-1), and
//! the table format the report year requires (S-2).

use super::context::Context;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};
use crate::format::format_for_year;

/// S-1: the six sections present, in order (errors), with the official headings (a heading
/// worded otherwise is a warning).
pub const S_1: RuleDef = RuleDef {
    code: "S-1",
    severity: Severity::Error,
    title: "六部分齐全且标题规范",
    help: "年度报告必须包括六个部分，按顺序使用规定标题：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。缺少或顺序错误的部分是错误；部分齐全、标题措辞与规定不同的（如“五、政府信息公开工作存在的主要问题及改进情况”）是提醒。在本应用中填写的报告结构总是正确的；导入的报告请按规定补齐或改正标题。",
    check: check_s_1,
};

/// S-2: the table format matches the report year.
pub const S_2: RuleDef = RuleDef {
    code: "S-2",
    severity: Severity::Error,
    title: "表格格式与年度相符",
    help: "2021年度起的报告应使用国办公开办函〔2021〕30号印发的2021年版格式；2019、2020年度的报告使用国办公开办函〔2019〕60号印发的2019年版（试行）格式。请核对报告年度，或按规定格式重新填写表格。",
    check: check_s_2,
};

/// Whether two headings have the same wording: spacing is layout, not wording.
fn same_wording(a: &str, b: &str) -> bool {
    a == b
        || a.chars()
            .filter(|c| !c.is_whitespace())
            .eq(b.chars().filter(|c| !c.is_whitespace()))
}

fn check_s_1(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    // A report made in the form always has the official structure; only an import can lack it.
    let Some(origin) = &ctx.report.origin else {
        return;
    };
    let sections = ctx.format.sections;
    let place = |i: usize| format!("section.{}", sections.get(i).map_or("", |s| s.key));
    let mut latest: Option<usize> = None;
    for (i, s) in sections.iter().enumerate() {
        let Some(found) = origin.headings.iter().find(|h| h.section == s.key) else {
            out.push(rule.diag(
                vec![place(i)],
                format!("缺少第{}部分“{}”", s.number, s.heading),
            ));
            continue;
        };
        if !same_wording(&found.text, s.heading) {
            // The section is there, worded as many agencies word it ("五、政府信息公开工作存在的
            // 主要问题及改进情况"): wording drift, a warning like T3-7's labels; only a missing
            // or misplaced section is the error.
            let mut d = rule.diag(
                vec![place(i)],
                format!(
                    "第{}部分的标题为“{}”，规定标题为“{}”（措辞不同，公布时请使用规定标题）",
                    s.number, found.text, s.heading
                ),
            );
            d.severity = Severity::Warning;
            out.push(d);
        }
    }
    // Order: each section's first heading, in document order, must come after the previous ones.
    for (pos, h) in origin.headings.iter().enumerate() {
        let Some(i) = sections.iter().position(|s| s.key == h.section) else {
            continue;
        };
        if origin.headings[..pos]
            .iter()
            .any(|e| e.section == h.section)
        {
            continue;
        }
        match latest {
            Some(l) if l > i => out.push(rule.diag(
                vec![place(i)],
                format!(
                    "第{}部分“{}”出现在第{}部分之后，顺序与规定不一致",
                    sections[i].number, sections[i].heading, sections[l].number
                ),
            )),
            _ => latest = Some(i),
        }
    }
}

fn check_s_2(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(year) = ctx.report.meta.year else {
        return;
    };
    let required = format_for_year(year);
    if required.id == ctx.format.id {
        return;
    }
    let used = ctx.format;
    let message = if used.first_year < required.first_year {
        format!(
            "{year}年度报告使用旧格式（{}，{}）：{year}年度应使用{}（{}）",
            used.name, used.notice, required.name, required.notice
        )
    } else {
        format!(
            "{year}年度报告使用了{}（{}），该格式自{}年度起使用；{year}年度应使用{}（{}）",
            used.name, used.notice, used.first_year, required.name, required.notice
        )
    };
    out.push(rule.diag(vec!["meta.year".into()], message));
}
