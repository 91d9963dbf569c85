//! The document's theme part (`word/theme/theme1.xml`). ECMA-376 lets a document go without one,
//! but Word always writes one and the Open XML SDK's checks (tests/docx_schema.rs) ask for it;
//! docx-rs writes none. The report names its faces directly, so the theme only has to be valid:
//! Word's default colours, the body and heading faces as its minor and major fonts, plain
//! format lists.

use std::io::{Cursor, Write};

use crate::page::face;

/// Where the part lives in the package.
const PART: &str = "word/theme/theme1.xml";

/// The theme part's XML.
fn theme_xml() -> String {
    let colour = |name: &str, rgb: &str| format!("<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>");
    let colours: String = [
        ("dk2", "44546A"),
        ("lt2", "E7E6E6"),
        ("accent1", "4472C4"),
        ("accent2", "ED7D31"),
        ("accent3", "A5A5A5"),
        ("accent4", "FFC000"),
        ("accent5", "5B9BD5"),
        ("accent6", "70AD47"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ]
    .iter()
    .map(|(n, c)| colour(n, c))
    .collect();
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let fills = fill.repeat(3);
    let lines = format!("<a:ln w=\"6350\">{fill}</a:ln>").repeat(3);
    let effects = "<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3);
    let font = |kind: &str, ea: &str| {
        format!("<a:{kind}><a:latin typeface=\"Times New Roman\"/><a:ea typeface=\"{ea}\"/><a:cs typeface=\"\"/></a:{kind}>")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\">\
<a:themeElements><a:clrScheme name=\"Office\">\
<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>\
<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>{colours}</a:clrScheme>\
<a:fontScheme name=\"Office\">{}{}</a:fontScheme>\
<a:fmtScheme name=\"Office\"><a:fillStyleLst>{fills}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst>\
<a:effectStyleLst>{effects}</a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>\
</a:themeElements></a:theme>",
        font("majorFont", face::HEITI),
        font("minorFont", face::FANGSONG),
    )
}

/// Names the theme part in the package's content types and the document's relationships (the
/// parts as docx-rs wrote them).
pub fn declare(content_types: &mut Vec<u8>, document_rels: &mut Vec<u8>) {
    let insert = |xml: &mut Vec<u8>, before: &str, what: &str| {
        let text = String::from_utf8_lossy(xml);
        if let Some(at) = text.rfind(before) {
            let mut s = text.into_owned();
            s.insert_str(at, what);
            *xml = s.into_bytes();
        }
    };
    insert(
        content_types,
        "</Types>",
        &format!("<Override PartName=\"/{PART}\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"),
    );
    insert(
        document_rels,
        "</Relationships>",
        "<Relationship Id=\"rIdTheme1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>",
    );
}

/// Adds the theme part to the packed .docx `package` (declared by [`declare`] before packing).
pub fn append(package: Vec<u8>) -> zip8::result::ZipResult<Vec<u8>> {
    let mut zip = zip8::ZipWriter::new_append(Cursor::new(package))?;
    let options = zip8::write::SimpleFileOptions::default()
        .compression_method(zip8::CompressionMethod::Deflated);
    zip.start_file(PART, options)?;
    zip.write_all(theme_xml().as_bytes())?;
    Ok(zip.finish()?.into_inner())
}
