//! docx-rs writes the children of some WordprocessingML elements in an order the schema
//! (ECMA-376 transitional, `wml.xsd`) does not allow: `w:rFonts` after `w:sz` in run
//! properties, `w:pStyle` after an empty `w:rPr` in paragraph properties, `w:tblLayout` after
//! `w:tblCellMar`, the footer references after the page size, and a `w:type` on `w:gridCol`,
//! which has none. LibreOffice reads these; Word checks them against the schema (the Open XML
//! SDK's validator, tests/docx_schema.rs, reports every one). This pass puts each listed
//! element's children in schema order (keeping the order of equals), drops the empty `w:rPr`
//! docx-rs puts in every `w:pPr` (paragraph mark properties with nothing in them; a style's or
//! numbering level's `w:pPr` allows none at all) and the undeclared attribute.
//!
//! It reads only what docx-rs writes: tags, text without a raw `<`, no comments or CDATA.

/// Paragraph properties (`CT_PPr`, `CT_PPrBase`).
const PPR: &[&str] = &[
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
];

/// Run properties (`CT_RPr`, `EG_RPrBase`; `CT_ParaRPr` starts with the revision marks).
const RPR: &[&str] = &[
    "w:ins",
    "w:del",
    "w:moveFrom",
    "w:moveTo",
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
    "w:rPrChange",
];

/// Table properties (`CT_TblPr`).
const TBLPR: &[&str] = &[
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
];

/// Section properties (`CT_SectPr`): the header and footer references come first.
const SECTPR: &[&str] = &[
    "w:headerReference|w:footerReference",
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
];

/// A style (`CT_Style`).
const STYLE: &[&str] = &[
    "w:name",
    "w:aliases",
    "w:basedOn",
    "w:next",
    "w:link",
    "w:autoRedefine",
    "w:hidden",
    "w:uiPriority",
    "w:semiHidden",
    "w:unhideWhenUsed",
    "w:qFormat",
    "w:locked",
    "w:personal",
    "w:personalCompose",
    "w:personalReply",
    "w:rsid",
    "w:pPr",
    "w:rPr",
    "w:tblPr",
    "w:trPr",
    "w:tcPr",
    "w:tblStylePr",
];

/// The document settings (`CT_Settings`), as far as docx-rs writes them; extension elements
/// (w14:, w15:) come after all of these.
const SETTINGS: &[&str] = &[
    "w:writeProtection",
    "w:view",
    "w:zoom",
    "w:removePersonalInformation",
    "w:removeDateAndTime",
    "w:embedTrueTypeFonts",
    "w:embedSystemFonts",
    "w:saveSubsetFonts",
    "w:mirrorMargins",
    "w:gutterAtTop",
    "w:hideSpellingErrors",
    "w:hideGrammaticalErrors",
    "w:proofState",
    "w:attachedTemplate",
    "w:documentType",
    "w:trackRevisions",
    "w:documentProtection",
    "w:defaultTabStop",
    "w:autoHyphenation",
    "w:evenAndOddHeaders",
    "w:characterSpacingControl",
    "w:updateFields",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:decimalSymbol",
    "w:listSeparator",
];

/// The schema order of `parent`'s children, if this pass orders them.
fn order_of(parent: &str) -> Option<&'static [&'static str]> {
    Some(match parent {
        "w:pPr" => PPR,
        "w:rPr" => RPR,
        "w:tblPr" => TBLPR,
        "w:sectPr" => SECTPR,
        "w:style" => STYLE,
        "w:settings" => SETTINGS,
        _ => return None,
    })
}

/// Where `name` goes among the children of an element ordered by `order`: its place, or after
/// all of them when the list does not name it.
fn rank(order: &[&str], name: &str) -> usize {
    order
        .iter()
        .position(|o| o.split('|').any(|n| n == name))
        .unwrap_or(order.len())
}

/// A piece of XML: an element (its start tag, children and end tag) or anything else (text, the
/// declaration), kept as written.
enum Node<'a> {
    Element {
        name: &'a str,
        start: String,
        children: Vec<Node<'a>>,
        /// `None` for a self-closing tag.
        end: Option<&'a str>,
    },
    Other(&'a str),
}

/// The end of the tag that starts at `from` (the index after its `>`), quotes respected.
fn tag_end(xml: &str, from: usize) -> usize {
    let mut quote = None;
    for (i, c) in xml[from..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return from + i + 1,
            _ => {}
        }
    }
    xml.len()
}

/// The element name of a start or end tag.
fn tag_name(tag: &str) -> &str {
    let body = tag.trim_start_matches(['<', '/']);
    let end = body
        .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
        .unwrap_or(body.len());
    &body[..end]
}

/// Parses the nodes from `*pos` up to the end tag of the enclosing element (consumed and
/// returned) or the end of the text.
fn parse<'a>(xml: &'a str, pos: &mut usize) -> (Vec<Node<'a>>, Option<&'a str>) {
    let mut nodes = Vec::new();
    while *pos < xml.len() {
        let rest = &xml[*pos..];
        if !rest.starts_with('<') {
            let len = rest.find('<').unwrap_or(rest.len());
            nodes.push(Node::Other(&rest[..len]));
            *pos += len;
            continue;
        }
        let end = tag_end(xml, *pos);
        let tag = &xml[*pos..end];
        *pos = end;
        if tag.starts_with("</") {
            return (nodes, Some(tag));
        }
        if tag.starts_with("<?") || tag.starts_with("<!") {
            nodes.push(Node::Other(tag));
            continue;
        }
        let name = tag_name(tag);
        let start = if name == "w:gridCol" {
            tag.replace(" w:type=\"dxa\"", "")
        } else {
            tag.to_string()
        };
        if tag.ends_with("/>") {
            nodes.push(Node::Element {
                name,
                start,
                children: Vec::new(),
                end: None,
            });
        } else {
            let (children, close) = parse(xml, pos);
            nodes.push(Node::Element {
                name,
                start,
                children,
                end: close,
            });
        }
    }
    (nodes, None)
}

/// Puts the children of the elements this pass knows in schema order, recursively.
fn reorder(nodes: &mut Vec<Node<'_>>, parent: &str) {
    if parent == "w:pPr" {
        // An empty paragraph-mark rPr says nothing; in a style or numbering level it is not
        // allowed at all.
        nodes.retain(
            |n| !matches!(n, Node::Element { name: "w:rPr", children, .. } if children.is_empty()),
        );
    }
    for n in nodes.iter_mut() {
        if let Node::Element { name, children, .. } = n {
            reorder(children, name);
        }
    }
    if let Some(order) = order_of(parent) {
        let key = |n: &Node<'_>| match n {
            Node::Element { name, .. } => rank(order, name),
            Node::Other(_) => order.len(),
        };
        nodes.sort_by_key(key);
    }
}

fn write(nodes: &[Node<'_>], out: &mut String) {
    for n in nodes {
        match n {
            Node::Other(s) => out.push_str(s),
            Node::Element {
                start,
                children,
                end,
                ..
            } => {
                out.push_str(start);
                write(children, out);
                if let Some(e) = end {
                    out.push_str(e);
                }
            }
        }
    }
}

/// The part `xml` (as docx-rs wrote it) with its elements' children in schema order.
pub fn schema_order(xml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let mut pos = 0;
    let (mut nodes, _) = parse(&text, &mut pos);
    reorder(&mut nodes, "");
    let mut out = String::with_capacity(text.len());
    write(&nodes, &mut out);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordered(xml: &str) -> String {
        String::from_utf8(schema_order(xml.as_bytes())).unwrap()
    }

    #[test]
    fn children_in_schema_order() {
        assert_eq!(
            ordered(
                r#"<?xml version="1.0"?><w:p><w:pPr><w:rPr /><w:pStyle w:val="A" /><w:jc w:val="left" /><w:keepNext /></w:pPr><w:r><w:rPr><w:sz w:val="21" /><w:rFonts w:ascii="黑体" /></w:rPr><w:t xml:space="preserve">a &lt; b</w:t></w:r></w:p>"#
            ),
            r#"<?xml version="1.0"?><w:p><w:pPr><w:pStyle w:val="A" /><w:keepNext /><w:jc w:val="left" /></w:pPr><w:r><w:rPr><w:rFonts w:ascii="黑体" /><w:sz w:val="21" /></w:rPr><w:t xml:space="preserve">a &lt; b</w:t></w:r></w:p>"#
        );
        // A paragraph mark's rPr that says something stays, last.
        assert_eq!(
            ordered(r#"<w:pPr><w:rPr><w:b /></w:rPr><w:jc w:val="left" /></w:pPr>"#),
            r#"<w:pPr><w:jc w:val="left" /><w:rPr><w:b /></w:rPr></w:pPr>"#
        );
        assert_eq!(
            ordered(
                r#"<w:sectPr><w:pgSz w:w="1" /><w:footerReference w:type="default" r:id="a" /><w:footerReference w:type="even" r:id="b" /></w:sectPr>"#
            ),
            r#"<w:sectPr><w:footerReference w:type="default" r:id="a" /><w:footerReference w:type="even" r:id="b" /><w:pgSz w:w="1" /></w:sectPr>"#
        );
        assert_eq!(
            ordered(r#"<w:tblGrid><w:gridCol w:w="3007" w:type="dxa" /></w:tblGrid>"#),
            r#"<w:tblGrid><w:gridCol w:w="3007" /></w:tblGrid>"#
        );
        // Elements this pass does not order keep theirs; attributes may hold '>'.
        assert_eq!(
            ordered(r#"<w:tr><w:tc a="x>y" /><w:trPr /></w:tr>"#),
            r#"<w:tr><w:tc a="x>y" /><w:trPr /></w:tr>"#
        );
    }
}
