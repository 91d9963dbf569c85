//! Label wording of imported reports (T3-7): every row or column label that deviates from the
//! official wording, as the importer recorded it.

use super::context::Context;
use super::registry::RuleDef;
use crate::diagnostics::{Diagnostic, Severity};

/// T3-7: labels deviate from the official wording.
pub const T3_7: RuleDef = RuleDef {
    code: "T3-7",
    severity: Severity::Warning,
    title: "表格标签与规定表述不一致",
    help: "表格的行、列标签应与国办公开办函〔2021〕30号规定的表述逐字一致，包括全角括号“（）”、“1.”式序号和完整用语（例如“其他法律行政法规禁止公开”）。公布时请使用规定表述；本应用打印和导出时总是使用规定表述。",
    check: check_t3_7,
};

fn check_t3_7(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(origin) = &ctx.report.origin else {
        return;
    };
    for d in &origin.labels {
        let table = d
            .address
            .split('.')
            .next()
            .and_then(|k| ctx.format.table(k))
            .map(|(_, t)| format!("表{}：", t.section))
            .unwrap_or_default();
        out.push(rule.diag(
            vec![d.address.clone()],
            format!("{table}标签写作“{}”，规定表述为“{}”", d.found, d.official),
        ));
    }
}
