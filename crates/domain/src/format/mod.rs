//! The official report formats, declared as data, and the cell index derived from them.

mod cells;
mod readings;
mod sections;
mod table2;
mod table3;
mod types;

pub use cells::{BlockIndex, CellId, CellIndex, CellInfo, SumOf};
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
    sections: SECTIONS,
    tables: &[&table2::TABLE2_2021, &table3::TABLE3_2021, &table3::TABLE4],
    readings: &readings::READINGS_2021,
};

/// The 2019 (试行) format (国办公开办函〔2019〕60号), report years 2019–2020.
pub static FORMAT_2019: FormatDef = FormatDef {
    id: FormatId::F2019,
    name: "2019年版（试行）",
    notice: "国办公开办函〔2019〕60号",
    sections: SECTIONS,
    tables: &[&table2::TABLE2_2019, &table3::TABLE3_2019, &table3::TABLE4],
    readings: &readings::READINGS_2019,
};

/// Every known format, newest first.
pub static FORMATS: &[&FormatDef] = &[&FORMAT_2021, &FORMAT_2019];

/// The declaration of a format.
pub fn format(id: FormatId) -> &'static FormatDef {
    match id {
        FormatId::F2021 => &FORMAT_2021,
        FormatId::F2019 => &FORMAT_2019,
    }
}

/// The format the rules require for a report year.
pub fn format_for_year(year: i32) -> &'static FormatDef {
    format(FormatId::for_year(year))
}
