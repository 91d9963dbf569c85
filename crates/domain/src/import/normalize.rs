//! Text normalisation shared by every import step: published copies mix full-width and
//! half-width forms, wrap lines in PDF layout, and interleave page numbers, so labels are
//! compared on a "key" that keeps only the words.

use crate::text::is_cjk;

/// Maps the full-width forms seen in published reports to their half-width equivalents.
pub fn half_width(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' => ',',
        '．' => '.',
        '／' => '/',
        '－' => '-',
        '\u{3000}' | '\u{a0}' => ' ',
        // Kangxi radicals (U+2F00–U+2FD5) are look-alikes of ideographs that some PDF
        // producers emit for common characters: "⼀、总体情况" is "一、总体情况".
        '\u{2F00}'..='\u{2FD5}' => KANGXI
            .chars()
            .nth((c as u32 - 0x2F00) as usize)
            .unwrap_or(c),
        c => c,
    }
}

/// The ideograph of each Kangxi radical, in code point order from U+2F00 (their NFKC forms).
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// The character as it takes part in a label key: words only (CJK and letters), never digits,
/// punctuation or spaces. Digits are left out because data cells run into labels in flattened
/// copies ("0000000" + "2.其他…").
pub fn key_char(c: char) -> Option<char> {
    let c = half_width(c);
    if c.is_alphabetic() {
        Some(c.to_ascii_lowercase())
    } else {
        None
    }
}

/// The key of a label or heading: its words without punctuation, digits or spaces.
pub fn key(text: &str) -> Vec<char> {
    text.chars().filter_map(key_char).collect()
}

/// A text reduced to its key characters, each with the byte offset it came from.
#[derive(Debug, Default)]
pub struct Keyed {
    /// Key characters in order.
    pub chars: Vec<char>,
    /// Byte offset in the source text of each key character.
    pub at: Vec<usize>,
}

impl Keyed {
    /// Builds the key view of a text.
    pub fn of(text: &str) -> Keyed {
        let mut k = Keyed::default();
        for (i, c) in text.char_indices() {
            if let Some(kc) = key_char(c) {
                k.chars.push(kc);
                k.at.push(i);
            }
        }
        k
    }

    /// Byte offset of key character `i`, or `end` when `i` is past the last one.
    pub fn byte(&self, i: usize, end: usize) -> usize {
        self.at.get(i).copied().unwrap_or(end)
    }
}

/// Whether a line is nothing but a page number as PDF text extraction leaves it
/// ("-3-", "- 12 -", "第3页", "第 3 页 共 6 页").
pub fn is_page_number(line: &str) -> bool {
    let t: String = line
        .chars()
        .map(half_width)
        .filter(|c| !c.is_whitespace())
        .collect();
    if t.is_empty() {
        return false;
    }
    let dash = |c: char| matches!(c, '-' | '—' | '–');
    if let Some(inner) = t
        .strip_prefix(|c: char| dash(c))
        .and_then(|s| s.strip_suffix(|c: char| dash(c)))
    {
        return !inner.is_empty() && inner.len() <= 4 && inner.bytes().all(|b| b.is_ascii_digit());
    }
    let mut rest = t.as_str();
    let mut pages = 0;
    while let Some(r) = rest.strip_prefix('第').or_else(|| rest.strip_prefix('共')) {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 4 {
            return false;
        }
        match r.get(digits..).and_then(|s| s.strip_prefix('页')) {
            Some(s) => rest = s,
            None => return false,
        }
        pages += 1;
    }
    pages > 0 && rest.is_empty()
}

/// Line endings unified, no-break and ideographic spaces made plain, Kangxi radicals made the
/// ideographs they look like, page-number lines dropped.
/// Returns the text and whether page numbers were found (a sign of PDF layout text).
pub fn clean(input: &str) -> (String, bool) {
    let text = input.trim_start_matches('\u{feff}');
    let mut out = String::with_capacity(text.len());
    let mut pages = false;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if is_page_number(line) {
            pages = true;
            continue;
        }
        for c in line.chars() {
            out.push(match c {
                '\u{a0}' | '\u{3000}' | '\r' => ' ',
                // Kangxi radical look-alikes become the ideographs ("⼀、总体情况"): headings
                // are then found, and numerals read, as in any other copy.
                '\u{2F00}'..='\u{2FD5}' => half_width(c),
                c => c,
            });
        }
        out.push('\n');
    }
    (out, pages)
}

/// Narrative text as stored in the report: trimmed lines, paragraphs kept. In PDF layout text
/// (`layout`), hard-wrapped lines are joined back into paragraphs (a paragraph starts with an
/// indented line) and the spaces the extractor put around numbers are removed.
pub fn narrative(text: &str, layout: bool) -> String {
    let mut paras: Vec<String> = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        let indented = line.starts_with("  ") || line.starts_with('\t');
        let t = line.trim();
        if t.is_empty() {
            // In PDF layout a blank line is often a page break inside a paragraph.
            if !layout && !cur.is_empty() {
                paras.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if !cur.is_empty() && (!layout || indented) {
            paras.push(std::mem::take(&mut cur));
        }
        cur.push_str(t);
    }
    if !cur.is_empty() {
        paras.push(cur);
    }
    if layout {
        for p in &mut paras {
            *p = squeeze_cjk_spaces(p);
        }
    }
    paras.join("\n")
}

/// Removes whitespace runs that touch a CJK character.
fn squeeze_cjk_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let before = out.chars().next_back();
            let after = chars.get(j).copied();
            // Spaces next to Chinese are layout artefacts, never meaning.
            let touches = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
            if !touches && before.is_some() && after.is_some() {
                out.push(' ');
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_width_punctuation_digits_and_spaces() {
        assert_eq!(
            key("（二）部分公开 (区分处理的)"),
            key("(二)部分公开（区分处理的）")
        );
        assert_eq!(key("2.其他"), key("3、其 他"));
        assert_eq!(half_width('５'), '5');
    }

    #[test]
    fn page_numbers() {
        for p in ["-3-", "  -4 -", "— 12 —", "第3页", "第 3 页 共 6 页"] {
            assert!(is_page_number(p), "{p}");
        }
        for p in ["", "-", "3", "a-1-", "-12345-", "第三页", "一、总体情况"] {
            assert!(!is_page_number(p), "{p}");
        }
    }

    #[test]
    fn layout_paragraphs_are_joined() {
        let t = "  2024  年，我市坚持为\n指导，认真 5500 余条。\n  （一）新段落";
        assert_eq!(
            narrative(t, true),
            "2024年，我市坚持为指导，认真5500余条。\n（一）新段落"
        );
        assert_eq!(narrative("a\n\nb\nc", false), "a\nb\nc");
        assert_eq!(narrative("  一段\n\n续。\n  二段", true), "一段续。\n二段");
    }
}
