//! The standard sentences written from the tables (the opening of 一（一）主动公开 from table 二,
//! 一（二）依申请公开's figures of table 三, the 复议诉讼 figures of table 四), their wording as data, and where they go in a part.

mod place;
mod sentence;
mod wording;

pub use place::{byte_of_utf16, sentence_around, sentence_span, utf16_of_byte, write_sentence};
pub use sentence::{sentence, Topic};
pub use wording::{
    fill, AppealWording, Joints, ProactiveWording, RequestWording, Wording, WORDING,
};
