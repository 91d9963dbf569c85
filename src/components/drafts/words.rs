//! What the storage's typed results say to the user, in Chinese: the storage (`crate::storage`)
//! returns typed errors and reasons ([`StorageError`], [`Unreadable`], [`Quarantined`]) and
//! holds no sentence; the banners, the 隔离区 and the 汇总审查 notices word them here, in one
//! place.

use crate::storage::crash::Feature;
use crate::storage::{
    kilobytes, DraftSummary, EntryKind, Origin, Quarantined, StorageError, Unreadable,
};

/// The name shown for a draft: the user's name, else "<agency> <year>年度".
pub fn display_name(name: &str, agency: &str, year: Option<i32>) -> String {
    if !name.trim().is_empty() {
        return name.trim().to_string();
    }
    let agency = if agency.trim().is_empty() {
        "未命名草稿"
    } else {
        agency.trim()
    };
    match year {
        Some(y) => format!("{agency} {y}年度"),
        None => agency.to_string(),
    }
}

/// The name the draft list shows for a draft.
pub fn draft_title(d: &DraftSummary) -> String {
    display_name(&d.name, &d.agency, d.year)
}

/// The message for a storage failure of the drafts.
pub fn storage_message(e: &StorageError) -> String {
    match e {
        StorageError::Unavailable { .. } => "浏览器存储不可用（可能已禁用网站数据或处于受限模式）：草稿无法自动保存。请下载 JSON 备份，以免数据丢失。".into(),
        StorageError::QuotaExceeded => "浏览器存储空间已满：草稿无法自动保存。请下载 JSON 备份，或删除不需要的草稿后再试。".into(),
        StorageError::Corrupt(q) => unreadable_message(q),
        StorageError::Conflict { .. } => "此草稿已在另一个标签页中修改，为免覆盖较新的内容，本标签页已暂停自动保存。请选择：载入另一个标签页的版本，或将本页的内容另存为副本。".into(),
        StorageError::Missing { .. } => "草稿已不在浏览器存储中（可能已在另一个标签页中删除）。".into(),
    }
}

/// The message for a failure to keep the 汇总审查 list: unlike a draft, the list only costs
/// adding the files again.
pub fn review_message(e: &StorageError) -> String {
    match e {
        StorageError::Unavailable { .. } => "浏览器存储不可用（可能已禁用网站数据或处于受限模式）：汇总审查的文件列表无法保存，刷新或关闭页面后需要重新添加文件。".into(),
        StorageError::QuotaExceeded => "浏览器存储空间不足，或汇总审查列表已达其存储上限（为草稿留出空间）：标为“未保存在浏览器中”的文件在刷新或关闭页面后需要重新添加。移除不需要的文件后再打开汇总审查，会再次尝试保存。".into(),
        other => storage_message(other),
    }
}

/// The message when the storage refused to remove `files` from the 汇总审查 list: they stay
/// listed, since they would come back on the next reading.
pub fn removal_refused_message(files: &[String]) -> String {
    format!(
        "浏览器存储拒绝了移除操作：“{}”仍保存在浏览器中，刷新页面后会再次出现，因此仍留在列表中。",
        files.join("”“")
    )
}

/// The message when `n` stored 汇总审查 entries were written by a newer version of the app.
pub fn newer_entries_message(n: usize) -> String {
    format!("浏览器中另有 {n} 份文件由更新版本的本应用加入汇总审查，此页面无法读取，未列出（已原样保留）。请使用最新版本的页面查看。")
}

/// The notice on the load after the page crashed while `feature` worked on stored state.
pub fn crash_notice(feature: Feature) -> String {
    match feature {
        Feature::Review => "上次打开“汇总审查”时页面出错。为防止再次出错，本次未读取其保存的列表。".into(),
        Feature::Draft => "上次打开草稿时页面出错。为防止再次出错，本次未打开该草稿，已将其原样移至隔离区（可下载），并新建了空白草稿。".into(),
    }
}

/// Where the 隔离区 is and what can be done there, as the notices of a newly moved entry say.
pub const QUARANTINE_HINT: &str = "可随时在草稿列表底部的“隔离区”查看、下载或删除";

/// How the 隔离区 names a kind of entry.
pub fn kind_label(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Draft => "草稿",
        EntryKind::ReviewFile => "汇总审查列表中的文件",
        EntryKind::Other => "其他条目",
    }
}

/// The most characters of a name read from an unreadable entry that its notices show.
const NAME_CHARS: usize = 40;

/// How an unreadable entry is named: what it was, with its name when its content still tells
/// it (草稿“郑县商务局 2021年度”), so that entries of one kind can be told apart. A name as
/// long as a paragraph (the content is what could not be read) is cut short.
pub fn describe(q: &Quarantined) -> String {
    let name = match &q.origin {
        Some(Origin::Draft { name, agency, year }) => display_name(name, agency, *year),
        Some(Origin::File(file)) => file.clone(),
        None => return kind_label(q.kind).to_string(),
    };
    let short: String = name.chars().take(NAME_CHARS).collect();
    let ellipsis = if short.len() < name.len() { "…" } else { "" };
    format!("{}“{short}{ellipsis}”", kind_label(q.kind))
}

/// Why an entry of `kind` could not be read.
pub fn reason(kind: EntryKind, r: &Unreadable) -> String {
    let draft = kind == EntryKind::Draft;
    match r {
        Unreadable::NotJson { line, column } => {
            format!("不是有效的 JSON（第 {line} 行第 {column} 列附近有误）")
        }
        Unreadable::NotAnEntry if draft => "不是草稿条目".into(),
        Unreadable::NotAnEntry => "缺少版本（review_version）".into(),
        Unreadable::Newer(n) if draft => format!("由更新版本的程序保存（草稿格式 {n}）"),
        Unreadable::Newer(n) => format!("由更新版本的程序保存（第 {n} 版）"),
        Unreadable::UnknownVersion(n) => format!("未知的版本（第 {n} 版）"),
        Unreadable::MissingField(f) if draft => format!("草稿条目不完整：缺少字段“{f}”"),
        Unreadable::MissingField(f) if f == "file" => "缺少文件名".into(),
        Unreadable::MissingField(f) if f == "report" => "缺少报告内容".into(),
        Unreadable::MissingField(f) => format!("缺少字段“{f}”"),
        Unreadable::WrongType if draft => "草稿条目不完整：某个字段的类型不对".into(),
        Unreadable::WrongType => "某个字段的类型不对".into(),
        Unreadable::Malformed if draft => "草稿条目不完整：字段不符合草稿格式".into(),
        Unreadable::Malformed => "字段不符合条目格式".into(),
        Unreadable::Report(e) if draft => format!("报告内容有误：{e}"),
        Unreadable::Report(e) => e.to_string(),
        Unreadable::Crashed => "上次打开时页面出错".into(),
    }
}

/// The notice of an entry just found unreadable: what it was, why, and that it is kept.
pub fn unreadable_message(q: &Quarantined) -> String {
    let what = describe(q);
    let why = q
        .reason
        .as_ref()
        .map(|r| format!("（{}）", reason(q.kind, r)))
        .unwrap_or_default();
    let kept = if q.moved_to.is_some() {
        "已原样移至隔离区保存"
    } else {
        "已原样保留"
    };
    format!("{what}无法读取{why}，{kept}，未删除。")
}

/// The file name an entry's content downloads as: "隔离区-草稿-1732770000000.txt", with the
/// time it was moved aside when it was (the same name in the notice and in the 隔离区 later).
pub fn file_name(q: &Quarantined) -> String {
    let kind = match q.kind {
        EntryKind::Draft => "草稿",
        EntryKind::ReviewFile => "汇总审查",
        EntryKind::Other => "条目",
    };
    match q.moved_at {
        Some(t) => format!("隔离区-{kind}-{}.txt", t as u64),
        None => format!("隔离区-{kind}.txt"),
    }
}

/// What the 隔离区 holds, in a few words: "2 条，约 13 KB".
pub fn quarantine_summary(items: &[Quarantined]) -> String {
    let units: usize = items.iter().map(|i| i.units).sum();
    format!("{} 条，约 {} KB", items.len(), kilobytes(units))
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
