//! T4-3: the 行政复议/行政诉讼 counts and outcomes the text quotes against table 四.

use super::block::Block;
use super::context::Context;
use super::fixes::{figure_fix, rewrite_fix};
use super::narrative::{place, statements, table_filled};
use super::registry::RuleDef;
use crate::compose::Topic;
use crate::diagnostics::{Diagnostic, Severity};
use crate::format::Rows;
use crate::text::{AppealColumn, AppealGroup, Quantity, Value};

/// T4-3: 复议/诉讼 in the text match table 四.
pub const T4_3: RuleDef = RuleDef {
    code: "T4-3",
    severity: Severity::Warning,
    title: "正文与表四数字不一致",
    help: "正文中引用的行政复议、行政诉讼件数及结果（结果维持、结果纠正、其他结果、尚未审结）应与表四一致。正文所说“行政诉讼 N 件”通常指未经复议直接起诉与复议后起诉之和；“均获维持”意味着结果纠正和尚未审结都应为 0。",
    check,
};

const PARTS: &[&str] = &["overview_on_request", "overview", "overview_oversight"];

fn check(ctx: &Context, rule: &RuleDef, out: &mut Vec<Diagnostic>) {
    let Some(b) = Block::of(ctx.report, "table4", 0) else {
        return;
    };
    if !table_filled(ctx, "table4") {
        return;
    }
    let appeals = &ctx.format.readings.appeals;
    let columns = &ctx.format.readings.appeal_columns;
    for (part, text, mentions) in statements(ctx, PARTS) {
        for m in mentions {
            match (m.quantity, m.value) {
                (Quantity::Appeal(g, col), Value::Count(n)) => {
                    let Some(c) = b.col(col.key(columns)) else {
                        continue;
                    };
                    let (v, cells) = sum(&b, g.rows(appeals), c);
                    // All blank: not yet filled, not compared (as `claims::verdict` says).
                    let filled = g
                        .rows(appeals)
                        .iter()
                        .filter_map(|r| b.row(r))
                        .any(|r| b.int(r, c).is_some());
                    if v != n && filled {
                        let mut places = vec![place(part)];
                        places.extend(cells);
                        out.push(
                            rule.diag(
                                places,
                                format!(
                                    "正文称“{}”（{n} 件），表四{}“{}”为 {v}",
                                    m.quote(text),
                                    group_label(g),
                                    b.col_label(c)
                                ),
                            )
                            .with_fixes([
                                figure_fix(part, text, m, v),
                                rewrite_fix(ctx, part, text, m, Topic::Appeals),
                            ]),
                        );
                    }
                }
                (Quantity::AllUpheld(g), Value::Claim) => {
                    let mut places = vec![place(part)];
                    let mut found = Vec::new();
                    for col in [AppealColumn::Corrected, AppealColumn::Pending] {
                        let Some(c) = b.col(col.key(columns)) else {
                            continue;
                        };
                        let (v, cells) = sum(&b, g.rows(appeals), c);
                        if v != 0 {
                            places.extend(cells);
                            found.push(format!("“{}”为 {v}", b.col_label(c)));
                        }
                    }
                    if !found.is_empty() {
                        out.push(
                            rule.diag(
                                places,
                                format!(
                                    "正文称{}“{}”，但表四{}{}",
                                    g.label(),
                                    m.quote(text),
                                    group_label(g),
                                    found.join("、")
                                ),
                            )
                            .with_fixes([rewrite_fix(
                                ctx,
                                part,
                                text,
                                m,
                                Topic::Appeals,
                            )]),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

fn group_label(g: AppealGroup) -> &'static str {
    match g {
        AppealGroup::Review => "行政复议",
        AppealGroup::Litigation => "行政诉讼（未经复议直接起诉+复议后起诉）",
        AppealGroup::LitigationDirect => "行政诉讼·未经复议直接起诉",
        AppealGroup::LitigationAfterReview => "行政诉讼·复议后起诉",
    }
}

/// The sum of a column over a group's rows (blank counts 0), and the cells summed.
fn sum(b: &Block, rows: Rows, col: usize) -> (i64, Vec<String>) {
    let mut v = 0i64;
    let mut cells = Vec::new();
    for key in rows {
        if let Some(r) = b.row(key) {
            v = v.saturating_add(b.int(r, col).unwrap_or(0));
            cells.push(b.address(r, col));
        }
    }
    (v, cells)
}
