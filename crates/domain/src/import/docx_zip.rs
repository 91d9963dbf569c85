//! Reading one member of a zip archive (a .docx is one): the central directory at the end of
//! the file names each member and where its data lies; members are stored or deflated. Only
//! what a Word file needs — no zip64, no encryption — and every length is checked, so a
//! damaged or hostile archive gives an error, never a panic or an unbounded allocation.

/// Largest member inflated (a report's document.xml is well under 5 MB).
const MAX_MEMBER: usize = 32 * 1024 * 1024;

/// Why a member could not be read (Chinese, for the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZipError(pub String);

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

fn broken() -> ZipError {
    ZipError("压缩结构损坏".into())
}

/// The bytes of member `name`.
pub fn member(bytes: &[u8], name: &str) -> Result<Vec<u8>, ZipError> {
    // End of central directory: its signature within the last 64 KiB + 22 bytes.
    let from = bytes.len().saturating_sub(65_557);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes.get(i..i + 4) == Some(b"PK\x05\x06"))
        .ok_or_else(broken)?;
    let entries = u16_at(bytes, eocd + 10).ok_or_else(broken)?;
    let mut at = u32_at(bytes, eocd + 16).ok_or_else(broken)?;
    for _ in 0..entries {
        if bytes.get(at..at + 4) != Some(b"PK\x01\x02") {
            return Err(broken());
        }
        let flags = u16_at(bytes, at + 8).ok_or_else(broken)?;
        let method = u16_at(bytes, at + 10).ok_or_else(broken)?;
        let packed = u32_at(bytes, at + 20).ok_or_else(broken)?;
        let size = u32_at(bytes, at + 24).ok_or_else(broken)?;
        let name_len = u16_at(bytes, at + 28).ok_or_else(broken)?;
        let extra_len = u16_at(bytes, at + 30).ok_or_else(broken)?;
        let comment_len = u16_at(bytes, at + 32).ok_or_else(broken)?;
        let local = u32_at(bytes, at + 42).ok_or_else(broken)?;
        let this = bytes.get(at + 46..at + 46 + name_len).ok_or_else(broken)?;
        at += 46 + name_len + extra_len + comment_len;
        if this != name.as_bytes() {
            continue;
        }
        if flags & 1 != 0 {
            return Err(ZipError("文件已加密".into()));
        }
        if size > MAX_MEMBER {
            return Err(ZipError("内容过大".into()));
        }
        if bytes.get(local..local + 4) != Some(b"PK\x03\x04") {
            return Err(broken());
        }
        let start = local
            + 30
            + u16_at(bytes, local + 26).ok_or_else(broken)?
            + u16_at(bytes, local + 28).ok_or_else(broken)?;
        let data = bytes.get(start..start + packed).ok_or_else(broken)?;
        return match method {
            0 => Ok(data.to_vec()),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_MEMBER)
                .map_err(|_| ZipError("解压失败".into())),
            _ => Err(ZipError(format!("不支持的压缩方式 {method}"))),
        };
    }
    Err(ZipError(format!("缺少 {name}")))
}
