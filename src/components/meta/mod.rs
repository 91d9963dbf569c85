//! The report's metadata fields.

mod meta_form;

pub use meta_form::MetaForm;
