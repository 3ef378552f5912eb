//! NData, PORTOS's query syntax for filters and sorting, parsed and encoded in one place so
//! the app (which encodes) and the local server (which parses) cannot disagree.
//!
//! Filter value grammar (docs/local-api.md, "The NData grammar", is the prose version):
//!
//! ```text
//! value     = operation *( ";" operation )
//! operation = operator *( ":" argument )      ; e.g. gt:10, in:a:b:c, null
//!           | argument                        ; a bare value means eq:value
//! ```
//!
//! A `\` escapes the next character, so `\:`, `\;` and `\\` are literal. Operators are
//! case-insensitive. For operators that take exactly one argument, an unescaped `:` after
//! the operator is kept literally, so `ExpirationTime=gt:2024-05-01T10:00:00Z` needs no
//! escaping. A bare `null` or `notnull` is the operator, not a value.

use chrono::{DateTime, SecondsFormat, Utc};
use std::fmt;

/// A well-known NData operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,
    /// Contains, case-insensitive.
    Like,
    /// Equal to any of the arguments.
    In,
    Null,
    NotNull,
}

/// How many arguments an operator takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    None,
    One,
    AtLeastOne,
}

impl Operator {
    pub const ALL: [Operator; 10] = [
        Operator::Eq,
        Operator::Ne,
        Operator::Gt,
        Operator::Gte,
        Operator::Lt,
        Operator::Lte,
        Operator::Like,
        Operator::In,
        Operator::Null,
        Operator::NotNull,
    ];

    /// The operator's name on the wire (lower case).
    pub fn name(self) -> &'static str {
        match self {
            Operator::Eq => "eq",
            Operator::Ne => "ne",
            Operator::Gt => "gt",
            Operator::Gte => "gte",
            Operator::Lt => "lt",
            Operator::Lte => "lte",
            Operator::Like => "like",
            Operator::In => "in",
            Operator::Null => "null",
            Operator::NotNull => "notnull",
        }
    }

    /// Looks an operator up by name, ignoring case.
    pub fn from_name(name: &str) -> Option<Operator> {
        Operator::ALL.into_iter().find(|op| op.name().eq_ignore_ascii_case(name))
    }

    pub fn arity(self) -> Arity {
        match self {
            Operator::Null | Operator::NotNull => Arity::None,
            Operator::In => Arity::AtLeastOne,
            _ => Arity::One,
        }
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One filter operation: an operator and its (unescaped) arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    pub operator: Operator,
    pub args: Vec<String>,
}

impl Operation {
    pub fn new(operator: Operator, args: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self { operator, args: args.into_iter().map(Into::into).collect() }
    }

    /// `eq:value`.
    pub fn eq(value: impl Into<String>) -> Self {
        Self { operator: Operator::Eq, args: vec![value.into()] }
    }

    /// The single argument of a one-argument operator.
    pub fn arg(&self) -> Option<&str> {
        self.args.first().map(String::as_str)
    }
}

/// One filter parameter's whole value: its operations, all of which must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub operations: Vec<Operation>,
}

impl Filter {
    pub fn new(operations: impl IntoIterator<Item = Operation>) -> Self {
        Self { operations: operations.into_iter().collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.operations.is_empty()
    }
}

impl std::str::FromStr for Filter {
    type Err = NDataError;

    fn from_str(value: &str) -> Result<Self, NDataError> {
        parse_filter(value).map(|operations| Filter { operations })
    }
}

/// The encoded value (`encode_filter`), ready to be URL-encoded as a parameter value.
impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&encode_filter(&self.operations))
    }
}

/// One `$sort` key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortKey {
    pub property: String,
    pub descending: bool,
}

impl SortKey {
    pub fn asc(property: impl Into<String>) -> Self {
        Self { property: property.into(), descending: false }
    }

    pub fn desc(property: impl Into<String>) -> Self {
        Self { property: property.into(), descending: true }
    }
}

/// Why an NData value could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NDataError {
    /// An empty operation, e.g. `gt:1;;lt:5` or an empty value.
    EmptyOperation,
    UnknownOperator(String),
    /// The operator got the wrong number of arguments.
    WrongArgumentCount {
        operator: Operator,
        found: usize,
    },
    /// The value ends with a lone `\`.
    DanglingEscape,
    EmptySortKey,
    UnknownSortDirection(String),
    /// An argument that must be a date and time is not RFC 3339 or `YYYY-MM-DD`.
    InvalidDateTime(String),
}

impl fmt::Display for NDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NDataError::EmptyOperation => f.write_str("empty operation"),
            NDataError::UnknownOperator(op) => write!(f, "unknown operator '{op}'"),
            NDataError::WrongArgumentCount { operator, found } => {
                let expected = match operator.arity() {
                    Arity::None => "no arguments",
                    Arity::One => "exactly one argument",
                    Arity::AtLeastOne => "at least one argument",
                };
                write!(f, "operator '{operator}' takes {expected}, got {found}")
            }
            NDataError::DanglingEscape => f.write_str("value ends with a lone '\\'"),
            NDataError::EmptySortKey => f.write_str("empty sort key"),
            NDataError::UnknownSortDirection(dir) => {
                write!(f, "unknown sort direction '{dir}' (use asc or desc)")
            }
            NDataError::InvalidDateTime(value) => {
                write!(f, "'{value}' is not a date and time (use RFC 3339, e.g. 2024-05-01T10:00:00Z, or 2024-05-01)")
            }
        }
    }
}

impl std::error::Error for NDataError {}

/// Splits on unescaped `separator`, keeping escapes in place (they are removed later, per
/// segment, so a `\:` inside an operation survives splitting on `;`).
fn split_unescaped(value: &str, separator: char) -> Result<Vec<&str>, NDataError> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = value.char_indices();
    while let Some((index, c)) = chars.next() {
        if c == '\\' {
            if chars.next().is_none() {
                return Err(NDataError::DanglingEscape);
            }
        } else if c == separator {
            parts.push(&value[start..index]);
            start = index + c.len_utf8();
        }
    }
    parts.push(&value[start..]);
    Ok(parts)
}

fn unescape(segment: &str) -> Result<String, NDataError> {
    let mut out = String::with_capacity(segment.len());
    let mut chars = segment.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(chars.next().ok_or(NDataError::DanglingEscape)?);
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// Escapes `\`, `:` and `;` so any string can be an argument.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '\\' | ':' | ';') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn parse_operation(text: &str) -> Result<Operation, NDataError> {
    if text.is_empty() {
        return Err(NDataError::EmptyOperation);
    }
    let segments = split_unescaped(text, ':')?;
    let (head, rest) = segments.split_first().ok_or(NDataError::EmptyOperation)?;
    if rest.is_empty() {
        // A bare value: equality, unless it names an argument-less operator.
        return match Operator::from_name(head) {
            Some(op) if op.arity() == Arity::None => Ok(Operation { operator: op, args: vec![] }),
            _ => Ok(Operation::eq(unescape(head)?)),
        };
    }
    let operator = Operator::from_name(head).ok_or_else(|| NDataError::UnknownOperator(head.to_string()))?;
    let args = match operator.arity() {
        Arity::None => return Err(NDataError::WrongArgumentCount { operator, found: rest.len() }),
        // Everything after the operator is the one argument; unescaped colons are literal.
        Arity::One => vec![unescape(&rest.join(":"))?],
        Arity::AtLeastOne => rest.iter().map(|s| unescape(s)).collect::<Result<_, _>>()?,
    };
    Ok(Operation { operator, args })
}

/// Parses one filter parameter's value into its operations.
pub fn parse_filter(value: &str) -> Result<Vec<Operation>, NDataError> {
    split_unescaped(value, ';')?.into_iter().map(parse_operation).collect()
}

/// Parses every occurrence of a repeated filter parameter; repeating is the same as `;`.
pub fn parse_filters<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<Vec<Operation>, NDataError> {
    let mut operations = Vec::new();
    for value in values {
        operations.extend(parse_filter(value)?);
    }
    Ok(operations)
}

/// Encodes operations as one filter value; `parse_filter` gives them back unchanged.
pub fn encode_filter(operations: &[Operation]) -> String {
    operations.iter().map(encode_operation).collect::<Vec<_>>().join(";")
}

fn encode_operation(operation: &Operation) -> String {
    let mut out = operation.operator.name().to_string();
    for arg in &operation.args {
        out.push(':');
        out.push_str(&escape(arg));
    }
    out
}

/// Parses `$sort`: comma-separated keys, each `name`, `name:asc`, `name:desc` or `-name`.
pub fn parse_sort(value: &str) -> Result<Vec<SortKey>, NDataError> {
    value
        .split(',')
        .map(|key| {
            let key = key.trim();
            let (name, descending) = match key.split_once(':') {
                Some((name, dir)) if dir.eq_ignore_ascii_case("asc") => (name, false),
                Some((name, dir)) if dir.eq_ignore_ascii_case("desc") => (name, true),
                Some((_, dir)) => return Err(NDataError::UnknownSortDirection(dir.to_string())),
                None => match key.strip_prefix('-') {
                    Some(name) => (name, true),
                    None => (key, false),
                },
            };
            let name = name.trim();
            if name.is_empty() {
                return Err(NDataError::EmptySortKey);
            }
            Ok(SortKey { property: name.to_string(), descending })
        })
        .collect()
}

/// Encodes sort keys as a `$sort` value (`name` or `-name`).
pub fn encode_sort(keys: &[SortKey]) -> String {
    keys.iter().map(|key| if key.descending { format!("-{}", key.property) } else { key.property.clone() }).collect::<Vec<_>>().join(",")
}

/// Parses an NData date and time: RFC 3339 (`2024-05-01T10:00:00Z`,
/// `2024-05-01T12:00:00+02:00`) or a bare date (`2024-05-01`, midnight UTC).
pub fn parse_date_time(value: &str) -> Result<DateTime<Utc>, NDataError> {
    if let Ok(time) = DateTime::parse_from_rfc3339(value) {
        return Ok(time.with_timezone(&Utc));
    }
    crate::calendar::parse_date(value)
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|naive| naive.and_utc())
        .ok_or_else(|| NDataError::InvalidDateTime(value.to_string()))
}

/// Formats a date and time the way NData and the wire format expect: RFC 3339 in UTC.
pub fn format_date_time(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

#[cfg(test)]
mod tests;
