//! Tolerant readers for the vendors' JSON (docs/design.md, "Tolerant reader"): `null` wherever
//! a value is documented, integers where decimals are usual (and the reverse for whole
//! numbers), numbers where text is usual, and dates with or without a time or a zone.
//! Each is a `deserialize_with` function; a value of a wholly wrong kind (text for a
//! number, say) is still an error, so the record can say which field it could not read.

use crate::calendar;
use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{Deserialize, DeserializeOwned, Deserializer, Error};
use serde_json::Value;
use serde_path_to_error::Segment;

/// A record read as far as it could be.
pub struct Readable<T> {
    /// `None` when the record itself is not of the right kind.
    pub value: Option<T>,
    /// The members that could not be read (`cards[0].isActive`; `.` for the record).
    pub unreadable: Vec<String>,
    /// Where each was, as removed before the next attempt (the tests of the PORTOS reader
    /// compare with it).
    pub removed: Vec<Vec<Segment>>,
}

/// Gives up on a record after this many unreadable members.
pub(crate) const MAX_UNREADABLE: usize = 16;

/// Reads `record` as a `T`, leaving out each member that cannot be read (it then takes its
/// default) and naming it, so one bad field never hides the rest of a record.
pub fn read_leniently<T: DeserializeOwned>(record: &Value) -> Readable<T> {
    // Every record is an object (serde would read a list into a struct, field by field).
    if !record.is_object() {
        return Readable { value: None, unreadable: vec![".".into()], removed: Vec::new() };
    }
    let mut readable = record.clone();
    let mut unreadable = Vec::new();
    let mut removed = Vec::new();
    loop {
        match serde_path_to_error::deserialize::<_, T>(&readable) {
            Ok(value) => return Readable { value: Some(value), unreadable, removed },
            Err(error) => {
                let segments: Vec<Segment> = error.path().iter().cloned().collect();
                unreadable.push(error.path().to_string());
                if unreadable.len() > MAX_UNREADABLE || !remove(&mut readable, &segments) {
                    return Readable { value: None, unreadable, removed };
                }
                removed.push(segments);
            }
        }
    }
}

/// Removes what `path` points at; false when nothing could be (the record itself).
fn remove(value: &mut Value, path: &[Segment]) -> bool {
    match path {
        [] => false,
        [Segment::Map { key }] => value.as_object_mut().and_then(|map| map.shift_remove(key)).is_some(),
        [Segment::Seq { index }] => match value.as_array_mut() {
            Some(list) if *index < list.len() => {
                list.remove(*index);
                true
            }
            _ => false,
        },
        [Segment::Map { key }, rest @ ..] => value.get_mut(key.as_str()).is_some_and(|inner| remove(inner, rest)),
        [Segment::Seq { index }, rest @ ..] => value.get_mut(*index).is_some_and(|inner| remove(inner, rest)),
        _ => false,
    }
}

/// `null` is the type's default, as a missing field is.
pub fn or_default<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A boolean; `null` is `true` (for flags such as `isActive` whose default is on).
pub fn true_unless_false<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(true))
}

/// A decimal given as an integer or a decimal; `null` is 0.
pub fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(0.0))
}

/// An optional decimal, given as an integer or a decimal.
pub fn optional_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Option::<f64>::deserialize(d)
}

/// A whole number such as `_v`, also when it arrives as `3.0`; `null` is 0.
pub fn whole_number<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    match Option::<f64>::deserialize(d)? {
        None => Ok(0),
        Some(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Ok(n as i64),
        Some(n) => Err(D::Error::custom(format!("{n} is not a whole number"))),
    }
}

/// Text; a number or a boolean is taken as its text (an `externalId` of `1042`).
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Value::deserialize(d)? {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text)),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(b) => Ok(Some(b.to_string())),
        other => Err(D::Error::custom(format!("expected text, found {}", kind(&other)))),
    }
}

/// Like [`text`], `null` being empty text.
pub fn text_or_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(text(d)?.unwrap_or_default())
}

/// A moment: RFC 3339 (`2022-11-01T00:00:00.00Z`, `...+02:00`), a date-time without a
/// zone (taken as UTC, as .NET servers often send), or a bare date (midnight UTC).
/// `null` and empty text are no moment.
pub fn moment<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    let Some(text) = text(d)? else { return Ok(None) };
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_moment(&text).map(Some).ok_or_else(|| D::Error::custom(format!("'{text}' is not a date and time")))
}

pub fn parse_moment(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(moment) = DateTime::parse_from_rfc3339(text) {
        return Some(moment.with_timezone(&Utc));
    }
    calendar::parse_date_time(text)
        .or_else(|| calendar::parse_date(text).and_then(|day| day.and_hms_opt(0, 0, 0)))
        .map(|naive| naive.and_utc())
}

/// A calendar date: `YYYY-MM-DD`, or a date-time whose date is kept.
pub fn day<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let Some(text) = text(d)? else { return Ok(None) };
    if text.trim().is_empty() {
        return Ok(None);
    }
    calendar::parse_day(&text).map(Some).ok_or_else(|| D::Error::custom(format!("'{text}' is not a date (YYYY-MM-DD)")))
}

/// A list; `null` is empty.
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_in_the_forms_servers_send() {
        let utc = |text: &str| parse_moment(text).map(|m| m.to_rfc3339());
        assert_eq!(utc("2022-11-01T00:00:00.00Z").as_deref(), Some("2022-11-01T00:00:00+00:00"));
        assert_eq!(utc("2022-11-01T02:00:00+02:00").as_deref(), Some("2022-11-01T00:00:00+00:00"));
        assert_eq!(utc("2022-11-01T00:00:00").as_deref(), Some("2022-11-01T00:00:00+00:00"));
        assert_eq!(utc("2022-11-01T00:00:00.1234567").as_deref(), Some("2022-11-01T00:00:00.123456700+00:00"));
        assert_eq!(utc("2022-11-01").as_deref(), Some("2022-11-01T00:00:00+00:00"));
        assert_eq!(utc("1 Nov 2022"), None);
    }
}
