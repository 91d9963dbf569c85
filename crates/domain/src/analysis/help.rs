//! Each indicator's help entry — its name, unit, formula over the cells of each format, 口径说明,
//! and what a zero denominator and a blank cell give — as one piece of data for every place that
//! explains it: the 规则说明 page (`export::rules_doc`), the 对标分析报告's 指标说明 and the
//! analysis view's column help.

use super::cells::resolved;
use super::dictionary::{Formula, Indicator, INDICATORS};
use crate::format::{FormatDef, FORMATS};

/// What a ratio with a zero denominator gives.
pub const ZERO_DENOMINATOR: &str = "分母为0时为“不适用（分母为0）”，不计为0%或100%。";

/// What a blank cell does to an indicator.
pub const BLANK_CELLS: &str =
    "未填写的单元格不计入，并在表中注明；所读单元格全部未填写时为“不适用（未填写）”。";

/// The anchor of the indicators' part of the 规则说明 page.
pub const INDICATORS_ANCHOR: &str = "indicators";

/// The anchor of an indicator's entry on the 规则说明 page ("indicator-conclusion_rate").
pub fn indicator_anchor(key: &str) -> String {
    format!("indicator-{key}")
}

/// One indicator's help entry.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorHelp {
    /// The indicator's key.
    pub key: &'static str,
    /// Its Chinese name.
    pub name: &'static str,
    /// Its unit.
    pub unit: &'static str,
    /// Its 口径说明.
    pub caveat: &'static str,
    /// What a zero denominator gives; `None` for a sum, which has none.
    pub zero: Option<&'static str>,
    /// What a blank cell does.
    pub blank: &'static str,
    /// The formula in each format asked for: (the format's name, the formula over its cells).
    pub formulas: Vec<(&'static str, String)>,
}

impl IndicatorHelp {
    /// The help as one line, for a column's tooltip: 口径说明, then the zero denominator.
    pub fn line(&self) -> String {
        format!("{}{}", self.caveat, self.zero.unwrap_or_default())
    }
}

/// An indicator's formula over the cells of `f` ("（A＋B）÷（C）× 100"); "本格式无此栏目" when the
/// format has none of them.
pub fn formula_text(f: &'static FormatDef, position: usize) -> String {
    let (Some(i), Some(r)) = (INDICATORS.get(position), resolved(f).get(position)) else {
        return String::new();
    };
    let labels = |ids: &[crate::format::CellId]| -> String {
        let mut seen: Vec<String> = Vec::new();
        for &id in ids {
            let label = f.cell_label(id);
            if !seen.contains(&label) {
                seen.push(label);
            }
        }
        seen.join(" ＋ ")
    };
    match (&r.numerator, &r.denominator, i.formula) {
        (Some(n), None, _) => labels(n),
        (Some(n), Some(Some(d)), Formula::Ratio { scale, .. }) => {
            format!("（{}）÷（{}）× {scale}", labels(n), labels(d))
        }
        _ => "本格式无此栏目".to_string(),
    }
}

/// The help entry of the indicator at `position` of [`INDICATORS`], with its formula in each of
/// `formats` (every format: [`FORMATS`]).
pub fn indicator_help(position: usize, formats: &[&'static FormatDef]) -> Option<IndicatorHelp> {
    let i: &Indicator = INDICATORS.get(position)?;
    Some(IndicatorHelp {
        key: i.key,
        name: i.name,
        unit: i.unit,
        caveat: i.caveat,
        zero: matches!(i.formula, Formula::Ratio { .. }).then_some(ZERO_DENOMINATOR),
        blank: BLANK_CELLS,
        formulas: formats
            .iter()
            .map(|f| (f.name, formula_text(f, position)))
            .collect(),
    })
}

/// Every indicator's help entry with its formula in every format, in [`INDICATORS`] order.
pub fn indicator_helps() -> Vec<IndicatorHelp> {
    (0..INDICATORS.len())
        .filter_map(|k| indicator_help(k, FORMATS))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{format, FormatId};

    #[test]
    fn formulas_name_the_cells_of_each_format() {
        let k = INDICATORS
            .iter()
            .position(|i| i.key == "conclusion_rate")
            .expect("办结率");
        let f2021 = format(FormatId::F2021);
        let text = formula_text(f2021, k);
        assert!(text.starts_with('（') && text.ends_with("× 100"), "{text}");
        assert!(text.contains("上年结转"), "{text}");
        let h = indicator_help(k, &[f2021]).expect("help");
        assert_eq!(h.zero, Some(ZERO_DENOMINATOR));
        assert!(h.line().ends_with(ZERO_DENOMINATOR));
        // A count has no denominator; the 2019 table 二 has no 现行有效件数.
        let in_force = INDICATORS
            .iter()
            .position(|i| i.key == "regulations_in_force")
            .expect("现行有效");
        let h = indicator_help(in_force, FORMATS).expect("help");
        assert_eq!(h.zero, None);
        let f2019 = format(FormatId::F2019);
        assert_eq!(formula_text(f2019, in_force), "本格式无此栏目");
        assert_eq!(indicator_helps().len(), INDICATORS.len());
    }
}
