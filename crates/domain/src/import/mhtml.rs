//! A web page saved as one file (MHTML: "Save as… Webpage, single file", .mht/.mhtml): the
//! first text/html part, decoded (quoted-printable or base64, UTF-8), goes on to the HTML
//! reader like any saved page.

/// The HTML of the page, or `None` when there is no readable text/html part.
pub fn html_of(mhtml: &str) -> Option<String> {
    let boundary = header_param(mhtml, "boundary")?;
    let delimiter = format!("--{boundary}");
    for part in mhtml.split(delimiter.as_str()).skip(1) {
        let (head, body) = part
            .split_once("\r\n\r\n")
            .or_else(|| part.split_once("\n\n"))?;
        let head_lower = head.to_ascii_lowercase();
        if !head_lower.contains("content-type: text/html") {
            continue;
        }
        let bytes = if head_lower.contains("content-transfer-encoding: quoted-printable") {
            quoted_printable(body)
        } else if head_lower.contains("content-transfer-encoding: base64") {
            base64(body)?
        } else {
            body.as_bytes().to_vec()
        };
        return String::from_utf8(bytes).ok();
    }
    None
}

/// `name="value"` (or unquoted) in the message's headers.
fn header_param(text: &str, name: &str) -> Option<String> {
    let head = text.split("\n\n").next().unwrap_or(text);
    let lower = head.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = head.get(at..)?;
    let value = if let Some(r) = rest.strip_prefix('"') {
        r.split('"').next()?
    } else {
        rest.split([';', '\r', '\n', ' ']).next()?
    };
    (!value.is_empty()).then(|| value.to_string())
}

fn quoted_printable(body: &str) -> Vec<u8> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            let hex = |c: u8| (c as char).to_digit(16);
            match (b.get(i + 1), b.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                    out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn base64(body: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in body.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            c if c.is_ascii_whitespace() => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_html_part_is_decoded() {
        let m = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--\"\r\n\r\n------B--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E4=B8=80=E3=80=81=\r\n=E6=80=BB</p>\r\n------B--\r\nContent-Type: image/png\r\n\r\nxx\r\n------B----\r\n";
        assert_eq!(html_of(m).as_deref(), Some("<p>一、总</p>\r\n"));
        let b = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XY\n\n--XY\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\nPHA+5LiAPC9wPg==\n--XY--\n";
        assert_eq!(html_of(b).as_deref(), Some("<p>一</p>"));
        assert_eq!(html_of("no mime"), None);
    }
}
