//! T3-7: label deviations recorded by the importer, one finding each.

mod common;

use common::{findings, strs, zeros};
use report_domain::format::FormatId;
use report_domain::model::{ImportRecord, LabelDeviation};
use report_domain::Severity;

#[test]
fn holds_without_deviations() {
    let mut r = zeros(FormatId::F2021);
    assert!(findings(&r, None, "T3-7").is_empty());
    r.origin = Some(ImportRecord::default());
    assert!(findings(&r, None, "T3-7").is_empty());
}

#[test]
fn names_each_deviating_row_or_cell() {
    let mut r = zeros(FormatId::F2021);
    r.origin = Some(ImportRecord {
        source: "text".into(),
        labels: vec![
            LabelDeviation {
                address: "table3.withheld_2".into(),
                found: "2.其他法律法规禁止公开".into(),
                official: "2.其他法律行政法规禁止公开".into(),
            },
            LabelDeviation {
                address: "table2.fees.amount".into(),
                found: "本年收费金额(单位:万元,保留4位小数)".into(),
                official: "本年收费金额（单位：万元）".into(),
            },
        ],
        ..ImportRecord::default()
    });
    let d = findings(&r, None, "T3-7");
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].severity, Severity::Warning);
    assert_eq!(d[0].cells, strs(&["table3.withheld_2"]));
    assert_eq!(
        d[0].message,
        "表三：标签写作“2.其他法律法规禁止公开”，规定表述为“2.其他法律行政法规禁止公开”"
    );
    assert_eq!(d[1].cells, strs(&["table2.fees.amount"]));
    assert!(d[1]
        .message
        .starts_with("表二：标签写作“本年收费金额(单位:万元,保留4位小数)”"));
}
