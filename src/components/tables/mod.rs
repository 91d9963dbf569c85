//! The statistical tables, generated from the format data, and their spreadsheet behaviour.

mod cell_input;
pub mod grid_nav;
mod header_rows;
pub mod paste_map;
mod table2;
mod table3;
mod table4;
mod table_cell;
mod total_cell;

pub use cell_input::CellInput;
pub use table2::Table2;
pub use table3::Table3;
pub use table4::Table4;
pub use table_cell::TableCell;
pub use total_cell::TotalCell;
