//! The footers, one line each as the print CSS draws its page margin boxes: the page number
//! "— 1 —" in 4号 宋体 (a PAGE field, so Word, WPS and LibreOffice number the pages they lay
//! out) on the outside edge one character in — right on odd pages, left on even ones (GB/T 9704
//! 7.5) — and the 校验码 of the data the file carries in the middle.

use docx_rs::{
    AlignmentType, FieldCharType, Footer, InstrPAGE, InstrText, Paragraph, Run, RunFonts, Tab,
    TabValueType,
};

use crate::page::{face, size, style_id, TEXT_WIDTH};

/// One character of 4号 (14 pt), the number's distance from the text block's edge.
const ONE_CHAR: usize = 280;

fn fonts(face: &str) -> RunFonts {
    RunFonts::new().east_asia(face).ascii(face).hi_ansi(face)
}

/// The page number's runs: "— ", the PAGE field (its last result "1" until a reader lays the
/// pages out), " —".
fn page_number(p: Paragraph) -> Paragraph {
    let run = || Run::new().fonts(fonts(face::SONGTI)).size(size::SI);
    p.add_run(run().add_text("— "))
        .add_run(run().add_field_char(FieldCharType::Begin, false))
        .add_run(run().add_instr_text(InstrText::PAGE(InstrPAGE::new())))
        .add_run(run().add_field_char(FieldCharType::Separate, false))
        .add_run(run().add_text("1"))
        .add_run(run().add_field_char(FieldCharType::End, false))
        .add_run(run().add_text(" —"))
}

fn code(p: Paragraph, code: &str) -> Paragraph {
    p.add_run(
        Run::new()
            .fonts(fonts(face::FANGSONG))
            .size(size::XIAO_WU)
            .add_text(format!("校验码：{code}")),
    )
}

fn tab() -> Run {
    Run::new().add_tab()
}

/// The odd pages' footer (Word's default footer) and the even pages' one.
pub fn footers(code_text: &str) -> (Footer, Footer) {
    let center = Tab::new()
        .val(TabValueType::Center)
        .pos(TEXT_WIDTH as usize / 2);
    let line = || {
        Paragraph::new()
            .style(style_id::FOOTER)
            .align(AlignmentType::Left)
    };
    // Odd: ⇥ 校验码 ⇥ — n — (the number against a right tab one character in from the edge).
    let odd = line().add_tab(center.clone()).add_tab(
        Tab::new()
            .val(TabValueType::Right)
            .pos(TEXT_WIDTH as usize - ONE_CHAR),
    );
    let odd = page_number(code(odd.add_run(tab()), code_text).add_run(tab()));
    // Even: one character in, — n — ⇥ 校验码.
    let even = line()
        .indent(Some(ONE_CHAR as i32), None, None, None)
        .add_tab(center);
    let even = code(page_number(even).add_run(tab()), code_text);
    (
        Footer::new().add_paragraph(odd),
        Footer::new().add_paragraph(even),
    )
}
