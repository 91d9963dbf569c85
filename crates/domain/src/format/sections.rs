//! The six sections, identical in the 2019 and 2021 formats.

use super::types::{PartDef, SectionDef};

/// The six sections with their official headings and narrative parts.
pub static SECTIONS: &[SectionDef] = &[
    SectionDef {
        key: "overview",
        number: "一",
        heading: "一、总体情况",
        parts: &[
            PartDef {
                key: "overview",
                heading: None,
            },
            PartDef {
                key: "overview_proactive",
                heading: Some("（一）主动公开"),
            },
            PartDef {
                key: "overview_on_request",
                heading: Some("（二）依申请公开"),
            },
            PartDef {
                key: "overview_management",
                heading: Some("（三）政府信息管理"),
            },
            PartDef {
                key: "overview_platform",
                heading: Some("（四）政府信息公开平台建设"),
            },
            PartDef {
                key: "overview_oversight",
                heading: Some("（五）监督保障"),
            },
        ],
        table: None,
    },
    SectionDef {
        key: "proactive",
        number: "二",
        heading: "二、主动公开政府信息情况",
        parts: &[],
        table: Some("table2"),
    },
    SectionDef {
        key: "requests",
        number: "三",
        heading: "三、收到和处理政府信息公开申请情况",
        parts: &[],
        table: Some("table3"),
    },
    SectionDef {
        key: "appeals",
        number: "四",
        heading: "四、政府信息公开行政复议、行政诉讼情况",
        parts: &[],
        table: Some("table4"),
    },
    SectionDef {
        key: "problems",
        number: "五",
        heading: "五、存在的主要问题及改进情况",
        parts: &[PartDef {
            key: "problems",
            heading: None,
        }],
        table: None,
    },
    SectionDef {
        key: "other_matters",
        number: "六",
        heading: "六、其他需要报告的事项",
        parts: &[PartDef {
            key: "other_matters",
            heading: None,
        }],
        table: None,
    },
];
