//! The official report formats, declared as data, and the cell index derived from them.

mod cells;
mod intro;
mod readings;
mod sections;
mod table2;
mod table3;
#[cfg(feature = "test-format")]
mod test_format;
mod types;

pub use cells::{BlockIndex, CellId, CellIndex, CellInfo, SumOf};
pub use intro::{INTRO, INTRO_LABEL};
pub use readings::{
    row_in, AppealColumns, AppealRows, ApplicantColumns, OutcomeRows, Readings, Rows,
};
pub use sections::SECTIONS;
pub use table3::TABLE3_CORNER;
pub use types::*;

/// The 2021 format (国办公开办函〔2021〕30号), report years 2021 onward.
pub static FORMAT_2021: FormatDef = FormatDef {
    id: FormatId::F2021,
    name: "2021年版",
    notice: "国办公开办函〔2021〕30号",
    first_year: 2021,
    intro: &INTRO,
    sections: SECTIONS,
    tables: &[&table2::TABLE2_2021, &table3::TABLE3_2021, &table3::TABLE4],
    readings: &readings::READINGS_2021,
    markers: MARKERS_2021,
};

/// The 2019 (试行) format (国办公开办函〔2019〕60号), report years 2019–2020.
pub static FORMAT_2019: FormatDef = FormatDef {
    id: FormatId::F2019,
    name: "2019年版（试行）",
    notice: "国办公开办函〔2019〕60号",
    first_year: 2019,
    intro: &INTRO,
    sections: SECTIONS,
    tables: &[&table2::TABLE2_2019, &table3::TABLE3_2019, &table3::TABLE4],
    readings: &readings::READINGS_2019,
    markers: MARKERS_2019,
};

/// Words printed only in the 2019 tables (table 二's columns and rows).
const MARKERS_2019: &[&str] = &[
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "其他对外管理服务事项",
    "政府集中采购",
    "采购项目数量",
];

/// Words printed only in the 2021 tables (table 二's columns, table 三's split （六）其他处理).
const MARKERS_2021: &[&str] = &[
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年收费金额",
    "申请人无正当理由逾期不补正",
    "申请人逾期未按收费通知要求缴纳费用",
];

/// Every known format, newest first. A test build's made-up format comes last, so it is
/// never the one taken when nothing decides.
pub static FORMATS: &[&FormatDef] = &[
    &FORMAT_2021,
    &FORMAT_2019,
    #[cfg(feature = "test-format")]
    &test_format::FORMAT_TEST,
];

/// The declaration of a format.
pub fn format(id: FormatId) -> &'static FormatDef {
    match id {
        FormatId::F2021 => &FORMAT_2021,
        FormatId::F2019 => &FORMAT_2019,
        #[cfg(feature = "test-format")]
        FormatId::Test => &test_format::FORMAT_TEST,
    }
}

/// The format the rules require for a report year.
pub fn format_for_year(year: i32) -> &'static FormatDef {
    format(FormatId::for_year(year))
}
