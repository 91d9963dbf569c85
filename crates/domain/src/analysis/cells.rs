//! The cells a quantity of the dictionary reads in one format, resolved once per format from
//! its declarations: table 三 and 四 rows through the format's readings, table 二 by keys.

use super::dictionary::{Cells, INDICATORS};
use crate::format::{per_format, row_in, CellId, FormatDef, PerFormat};

/// The cell ids of one quantity in a format; `None` when the format has no such cells (the
/// 2019 table 二 has no 现行有效件数 and no 收费金额).
pub fn resolve(f: &'static FormatDef, q: &Cells) -> Option<Vec<CellId>> {
    let index = f.index();
    let ids: Vec<CellId> = match *q {
        Cells::Applications(rows) => {
            let (ti, t) = f.table("table3")?;
            let b = t.blocks.first()?;
            let tc = index.block(ti, 0)?.total_col?;
            let rows = rows(f.readings);
            b.rows
                .iter()
                .enumerate()
                .filter(|(_, r)| rows.iter().any(|p| row_in(r.key, p)))
                .map(|(ri, _)| index.id_at(f, ti, 0, ri, tc))
                .collect()
        }
        Cells::Appeals(rows, columns) => {
            let (_, t) = f.table("table4")?;
            let rows = rows(f.readings);
            let mut ids = Vec::new();
            for r in rows {
                for c in columns {
                    let col = c(&f.readings.appeal_columns);
                    ids.push(index.id(&format!("{}.{r}.{col}", t.key))?);
                }
            }
            ids
        }
        Cells::Documents { row, verb } => {
            let (_, readings) = f.readings.documents.iter().find(|(v, _)| *v == verb)?;
            let column = readings.first()?.first()?;
            vec![index.id(&format!("table2.{row}.{column}"))?]
        }
        Cells::Table2 { row, column } => vec![index.id(&format!("table2.{row}.{column}"))?],
    };
    (!ids.is_empty()).then_some(ids)
}

/// Every indicator's (numerator, denominator) cells in a format, in [`INDICATORS`] order
/// (a sum has no denominator), built once per format.
pub fn resolved(f: &'static FormatDef) -> &'static [Resolved] {
    static CACHE: PerFormat<Vec<Resolved>> = per_format();
    let all: &'static Vec<Resolved> = f.id.derived(&CACHE, || {
        INDICATORS
            .iter()
            .map(|i| {
                let (num, den) = match i.formula {
                    super::Formula::Sum(q) => (q, None),
                    super::Formula::Ratio {
                        numerator,
                        denominator,
                        ..
                    } => (numerator, Some(denominator)),
                };
                let all = |qs: &[Cells]| -> Option<Vec<CellId>> {
                    let mut out = Vec::new();
                    for q in qs {
                        out.extend(resolve(f, q)?);
                    }
                    Some(out)
                };
                Resolved {
                    numerator: all(num),
                    denominator: den.map(all),
                }
            })
            .collect()
    });
    all
}

/// One indicator's cells in one format.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The cells added above the line (or of the sum); `None`: the format lacks them.
    pub numerator: Option<Vec<CellId>>,
    /// The cells added below the line; `None` for a sum, `Some(None)` when the format lacks them.
    pub denominator: Option<Option<Vec<CellId>>>,
}
