//! HTML escaping for everything a user or an imported file typed: agency names, narrative text,
//! cell values. Escaping every character that can open markup or end an attribute makes the
//! text inert in element content and in quoted attribute values alike.

/// Appends `text` to `out` with `& < > " '` replaced by character references. C0 control
/// characters (other than tab, line feed, carriage return) and DEL are not allowed in HTML text;
/// they become U+FFFD so that the document stays well-formed and the loss stays visible.
pub fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// `text` escaped for HTML element content or a double-quoted attribute value.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"<img src=x onerror="a('1')">&"#),
            "&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(escape_html("（一）主动公开\n"), "（一）主动公开\n");
        assert_eq!(escape_html("a\u{0}b\u{7f}"), "a\u{fffd}b\u{fffd}");
    }
}
