//! The JSON interchange format (a public contract, see docs/json-format.md): stable snake_case
//! keys, `null` for a blank cell, the fee amount as an exact decimal string.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use super::cell::Cell;
use super::decimal::Decimal;
use super::origin::ImportRecord;
use super::report::{Meta, Report, ReportKind};
use crate::format::{format, CellKind, FormatId};

/// The schema version this code writes.
pub const SCHEMA_VERSION: u64 = 3;

/// Why a JSON value is not a report we can read. `path` locates the problem, `message` is Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Dotted path of the offending value, e.g. "table3.new.natural" ("" for the whole file).
    pub path: String,
    /// What is wrong, in Chinese.
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}：{}", self.path, self.message)
        }
    }
}

impl std::error::Error for JsonError {}

fn err(path: impl Into<String>, message: impl Into<String>) -> JsonError {
    JsonError {
        path: path.into(),
        message: message.into(),
    }
}

impl Report {
    /// The report as a JSON value of the interchange format.
    pub fn to_json(&self) -> Value {
        let f = self.def();
        let mut root = Map::new();
        root.insert("schema_version".into(), SCHEMA_VERSION.into());
        root.insert("format".into(), f.id.key().into());
        let mut meta = Map::new();
        meta.insert("agency".into(), self.meta.agency.clone().into());
        meta.insert(
            "year".into(),
            self.meta.year.map_or(Value::Null, Value::from),
        );
        meta.insert("kind".into(), self.meta.kind.key().into());
        meta.insert("published".into(), self.meta.published.clone().into());
        root.insert("meta".into(), meta.into());
        let mut narrative = Map::new();
        for part in f.parts() {
            narrative.insert(part.key.into(), self.text(part.key).into());
        }
        root.insert("narrative".into(), narrative.into());
        let index = f.index();
        for (ti, t) in f.tables.iter().enumerate() {
            let mut table = Map::new();
            for (bi, b) in t.blocks.iter().enumerate() {
                for (ri, r) in b.rows.iter().enumerate() {
                    let mut row = Map::new();
                    for (ci, c) in b.columns.iter().enumerate() {
                        let v = match self.cell(index.id_at(f, ti, bi, ri, ci)) {
                            Cell::Blank => Value::Null,
                            Cell::Int(v) => Value::from(*v),
                            Cell::Amount(d) => Value::from(d.as_str()),
                        };
                        row.insert(c.key.into(), v);
                    }
                    table.insert(r.key.into(), row.into());
                }
            }
            root.insert(t.key.into(), table.into());
        }
        root.insert(
            "acknowledgements".into(),
            string_map(&self.acknowledgements).into(),
        );
        // Written only when some cell keeps text it could not read (schema 2), so a report
        // without reads the same as before.
        if !self.unread.is_empty() {
            root.insert("unread".into(), string_map(&self.unread).into());
        }
        if let Some(o) = &self.origin {
            root.insert(
                "origin".into(),
                serde_json::to_value(o).unwrap_or(Value::Null),
            );
        }
        Value::Object(root)
    }

    /// Pretty-printed JSON text of the report.
    pub fn to_json_string(&self) -> String {
        serde_json::to_string_pretty(&self.to_json()).unwrap_or_default()
    }

    /// Reads a report from JSON text, with a Chinese message for anything that is not a report.
    pub fn from_json_str(text: &str) -> Result<Report, JsonError> {
        let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            err(
                "",
                format!(
                    "不是有效的 JSON 文件（第 {} 行第 {} 列附近有误）",
                    e.line(),
                    e.column()
                ),
            )
        })?;
        Report::from_json(&v)
    }

    /// Reads a report from a JSON value (older schema versions are migrated first).
    /// Unknown keys are rejected so that a typo never silently drops data.
    pub fn from_json(v: &Value) -> Result<Report, JsonError> {
        // A report of the current version needs no migration, and no copy: reading thousands
        // (汇总审查, 对标分析) would otherwise copy each one whole first.
        let migrated;
        let current = v.get("schema_version").and_then(Value::as_u64) == Some(SCHEMA_VERSION);
        let v = if current {
            v
        } else {
            migrated = super::migrate::migrate(v)?;
            &migrated
        };
        let root = v
            .as_object()
            .ok_or_else(|| err("", "不是年度报告文件：内容应为一个 JSON 对象"))?;
        let fmt_key = match root.get("format") {
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err(err("format", "应为 \"2021\" 或 \"2019\"")),
            None => return Err(err("format", "缺少表格格式（\"2021\" 或 \"2019\"）")),
        };
        let id = FormatId::from_key(fmt_key).ok_or_else(|| {
            err(
                "format",
                format!("未知的表格格式“{fmt_key}”，应为 \"2021\" 或 \"2019\""),
            )
        })?;
        let f = format(id);
        let mut report = Report::new(id);
        for (key, value) in root {
            match key.as_str() {
                "schema_version" | "format" => {}
                "meta" => report.meta = read_meta(value)?,
                "narrative" => report.narrative = read_narrative(f.parts().map(|p| p.key), value)?,
                "acknowledgements" => {
                    report.acknowledgements = read_string_map("acknowledgements", value)?
                }
                "origin" => report.origin = read_origin(value)?,
                "unread" => report.unread = read_string_map("unread", value)?,
                other => {
                    let Some((ti, t)) = f.table(other) else {
                        return Err(err(other, "未知的字段"));
                    };
                    read_table(&mut report, ti, t, value)?;
                }
            }
        }
        check_unread(&report)?;
        Ok(report)
    }
}

/// Text kept as unread belongs to a blank entry cell, within the length the form keeps.
fn check_unread(report: &Report) -> Result<(), JsonError> {
    let f = report.def();
    for (address, typed) in &report.unread {
        let path = format!("unread.{address}");
        let info = f.cell(address).and_then(|id| f.index().cells.get(id));
        match info {
            None => return Err(err(path, "未知的单元格")),
            Some(c) if c.computed => return Err(err(path, "合计单元格由系统计算，不能记录文字")),
            Some(_) => {}
        }
        if report.get(address).is_some_and(|c| !c.is_blank()) {
            return Err(err(
                path,
                "该单元格已有数值，无法识别的文字只记在空白单元格上",
            ));
        }
        if typed.is_empty() || typed.chars().count() > super::report::MAX_UNREAD_CHARS {
            return Err(err(
                path,
                format!("应为 1 至 {} 个字的文字", super::report::MAX_UNREAD_CHARS),
            ));
        }
    }
    Ok(())
}

fn read_meta(v: &Value) -> Result<Meta, JsonError> {
    let obj = v.as_object().ok_or_else(|| err("meta", "应为对象"))?;
    let mut meta = Meta::default();
    for (k, v) in obj {
        let path = format!("meta.{k}");
        match k.as_str() {
            "agency" => {
                meta.agency = v
                    .as_str()
                    .ok_or_else(|| err(&path, "应为文字"))?
                    .to_string()
            }
            "year" => {
                meta.year = match v {
                    Value::Null => None,
                    _ => Some(
                        v.as_i64()
                            .filter(|y| (1900..=9999).contains(y))
                            .ok_or_else(|| err(&path, "应为四位数年份或 null"))?
                            as i32,
                    ),
                }
            }
            "kind" => {
                meta.kind = v
                    .as_str()
                    .and_then(ReportKind::from_key)
                    .ok_or_else(|| err(&path, "应为 \"department\" 或 \"government\""))?
            }
            "published" => {
                meta.published = v
                    .as_str()
                    .ok_or_else(|| err(&path, "应为日期文字（YYYY-MM-DD）或空"))?
                    .to_string()
            }
            _ => return Err(err(path, "未知的字段")),
        }
    }
    Ok(meta)
}

fn read_narrative<'a>(
    parts: impl Iterator<Item = &'a str> + Clone,
    v: &Value,
) -> Result<BTreeMap<String, String>, JsonError> {
    let mut map = read_string_map("narrative", v)?;
    for (k, text) in &map {
        if !parts.clone().any(|p| p == k) {
            return Err(err(format!("narrative.{k}"), "未知的正文部分"));
        }
        if let Some(why) = super::report::part_too_long(text) {
            return Err(err(format!("narrative.{k}"), why));
        }
    }
    map.retain(|_, v| !v.is_empty());
    Ok(map)
}

fn read_origin(v: &Value) -> Result<Option<ImportRecord>, JsonError> {
    if v.is_null() {
        return Ok(None);
    }
    ImportRecord::from_json(v)
        .map(Some)
        .map_err(|e| err("origin", format!("导入记录格式不正确（{e}）")))
}

fn read_string_map(path: &str, v: &Value) -> Result<BTreeMap<String, String>, JsonError> {
    let obj = v.as_object().ok_or_else(|| err(path, "应为对象"))?;
    // Inserted one by one, not collected: collecting into a map sorts the pairs first, and each
    // such sort is another ~4 KB copy of the standard sort in the wasm (the keys are sorted
    // already, so insertion costs nothing extra).
    let mut map = BTreeMap::new();
    for (k, v) in obj {
        match v {
            Value::String(s) => map.insert(k.clone(), s.clone()),
            _ => return Err(err(format!("{path}.{k}"), "应为文字")),
        };
    }
    Ok(map)
}

/// A map of texts as a JSON object, inserted one by one (see `read_string_map`).
fn string_map(texts: &BTreeMap<String, String>) -> Map<String, Value> {
    let mut out = Map::new();
    for (k, v) in texts {
        out.insert(k.clone(), Value::from(v.as_str()));
    }
    out
}

fn read_table(
    report: &mut Report,
    ti: usize,
    t: &'static crate::format::TableDef,
    v: &Value,
) -> Result<(), JsonError> {
    let f = report.def();
    let obj = v.as_object().ok_or_else(|| err(t.key, "应为对象"))?;
    for (rk, rv) in obj {
        let found = t.blocks.iter().enumerate().find_map(|(bi, b)| {
            b.rows
                .iter()
                .position(|r| r.key == rk)
                .map(|ri| (bi, b, ri))
        });
        let Some((bi, b, ri)) = found else {
            return Err(err(format!("{}.{rk}", t.key), "未知的行"));
        };
        let row = rv
            .as_object()
            .ok_or_else(|| err(format!("{}.{rk}", t.key), "应为对象"))?;
        for (ck, cv) in row {
            // Written only for a message: most cells are read without one.
            let path = || format!("{}.{rk}.{ck}", t.key);
            let Some(ci) = b.columns.iter().position(|c| c.key == ck) else {
                return Err(err(path(), "未知的列"));
            };
            let id = f.index().id_at(f, ti, bi, ri, ci);
            let computed = f.index().cells.get(id).is_some_and(|c| c.computed);
            let cell = read_cell(path, b.columns[ci].kind, computed, cv)?;
            report.cells[id] = cell;
        }
    }
    Ok(())
}

/// One cell's value. A negative count is refused here ([`Cell::negative_in`]); an amount is read
/// as written, so a negative one reaches T2-1, which names it at its cell. A total is read at any
/// size: it is computed from the entries, so 28 entries at the cell maximum make a total beyond
/// it, which the app saves and must read back; T2-1 names it at the total.
fn read_cell(
    path: impl Fn() -> String,
    kind: CellKind,
    computed: bool,
    v: &Value,
) -> Result<Cell, JsonError> {
    if v.is_null() {
        return Ok(Cell::Blank);
    }
    match kind {
        CellKind::Count | CellKind::SignedCount => {
            let n = v.as_i64().ok_or_else(|| err(path(), "应为整数或 null"))?;
            if Cell::Int(n).negative_in(kind) {
                return Err(err(path(), "不能为负数"));
            }
            if !computed && n.unsigned_abs() > crate::input::MAX_COUNT.unsigned_abs() {
                return Err(err(
                    path(),
                    format!("数值过大（上限 {}）", crate::input::MAX_COUNT),
                ));
            }
            Ok(Cell::Int(n))
        }
        CellKind::Amount => {
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => return Err(err(path(), "应为金额文字（如 \"0.35\"）或 null")),
            };
            let d = Decimal::parse(&s).ok_or_else(|| err(path(), "金额格式不正确"))?;
            match crate::input::amount_too_long(&d) {
                Some(why) => Err(err(path(), why)),
                None => Ok(Cell::Amount(d)),
            }
        }
    }
}
