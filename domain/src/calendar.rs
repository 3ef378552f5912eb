//! The few fixed shapes of dates and times the app reads and writes (ISO 8601 days and
//! minutes, DealPOS's `31 Jul 2019`), by hand. chrono's format-string parser and formatter
//! (`parse_from_str`, `format("%…")`) would bring about 18 KB of machinery into the wasm
//! for them; chrono's types and arithmetic stay.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// `YYYY-MM-DD` (a month or day may have one digit).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(year, 4)? as i32, digits(month, 2)?, digits(day, 2)?)
}

/// The day of `YYYY-MM-DD` or of a date-time (`1990-03-07T00:00:00`, `… 00:00`), whose
/// time is left out.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    parse_date(text.trim().split(['T', ' ']).next().unwrap_or_default())
}

/// `YYYY-MM-DDTHH:MM`, optionally with `:SS` and a fraction (`.5`, `.123456789`); a space
/// may stand for the `T`.
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once(['T', ' '])?;
    Some(parse_date(date)?.and_time(parse_time(time)?))
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`.
fn parse_time(text: &str) -> Option<NaiveTime> {
    let (clock, fraction) = match text.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (text, None),
    };
    let mut parts = clock.split(':');
    let (hour, minute, second) = (parts.next()?, parts.next()?, parts.next());
    if parts.next().is_some() || (second.is_none() && fraction.is_some()) {
        return None;
    }
    let second = second.map_or(Some(0), |second| digits(second, 2))?;
    let nanos = match fraction {
        Some(fraction) if fraction.len() <= 9 => digits(fraction, 9)? * 10u32.pow(9 - fraction.len() as u32),
        Some(_) => return None,
        None => 0,
    };
    NaiveTime::from_hms_nano_opt(digits(hour, 2)?, digits(minute, 2)?, second, nanos)
}

/// `31 Jul 2019` (or `1 jul 2019`): the day, the month's English abbreviation, the year.
pub fn parse_day_month_name_year(text: &str) -> Option<NaiveDate> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let mut parts = text.split_whitespace();
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let month = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(month))? as u32 + 1;
    NaiveDate::from_ymd_opt(digits(year, 4)? as i32, month, digits(day, 2)?)
}

/// A moment to the minute, as `<input type="datetime-local">` holds it: `2026-03-01T09:05`.
pub fn minute_text(moment: &NaiveDateTime) -> String {
    use chrono::Timelike;
    let time = moment.time();
    format!("{}T{:02}:{:02}", moment.date(), time.hour(), time.minute())
}

/// A run of 1 to `most` ASCII digits, as a number.
fn digits(text: &str, most: usize) -> Option<u32> {
    if text.is_empty() || text.len() > most || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.bytes().try_fold(0u32, |number, digit| number.checked_mul(10)?.checked_add(u32::from(digit - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn days_read_as_chronos_year_month_day_format_did() {
        assert_eq!(parse_date("1990-03-07"), Some(date(1990, 3, 7)));
        assert_eq!(parse_date("1990-3-7"), Some(date(1990, 3, 7)));
        assert_eq!(parse_date("2024-02-29"), Some(date(2024, 2, 29)));
        for bad in [
            "",
            "2023-02-29",
            "1990-13-01",
            "1990-03-07x",
            "90-03-07",
            "1990/03/07",
            "1990-03",
            "1990-03-07-01",
            "+990-03-07",
            "1990-003-07",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_day_is_read_from_a_date_or_a_date_time() {
        assert_eq!(parse_day(" 1990-03-07 "), Some(date(1990, 3, 7)));
        assert_eq!(parse_day("1990-03-07T00:00:00"), Some(date(1990, 3, 7)));
        assert_eq!(parse_day("1990-03-07 12:00"), Some(date(1990, 3, 7)));
        assert_eq!(parse_day("07.03.1990"), None);
    }

    #[test]
    fn date_times_read_to_the_minute_second_or_fraction() {
        let at = |h, m, s, nanos| date(2022, 11, 1).and_hms_nano_opt(h, m, s, nanos).unwrap();
        assert_eq!(parse_date_time("2022-11-01T09:05"), Some(at(9, 5, 0, 0)));
        assert_eq!(parse_date_time("2022-11-01T09:05:30"), Some(at(9, 5, 30, 0)));
        assert_eq!(parse_date_time("2022-11-01 09:05:30.25"), Some(at(9, 5, 30, 250_000_000)));
        assert_eq!(parse_date_time("2022-11-01T09:05:30.123456789"), Some(at(9, 5, 30, 123_456_789)));
        for bad in
            ["2022-11-01", "2022-11-01T", "2022-11-01T25:00", "2022-11-01T09:05.5", "2022-11-01T09:05:30.1234567891", "2022-11-01T09:05Z"]
        {
            assert_eq!(parse_date_time(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dealpos_display_dates_read_with_english_month_names() {
        assert_eq!(parse_day_month_name_year("31 Jul 2019"), Some(date(2019, 7, 31)));
        assert_eq!(parse_day_month_name_year("1 dec 2019"), Some(date(2019, 12, 1)));
        assert_eq!(parse_day_month_name_year("31 Jun 2019"), None);
        assert_eq!(parse_day_month_name_year("31 July 2019"), None);
    }

    #[test]
    fn a_minute_is_written_as_datetime_local_holds_it() {
        assert_eq!(minute_text(&date(2026, 3, 1).and_hms_opt(9, 5, 59).unwrap()), "2026-03-01T09:05");
        assert_eq!(date(2026, 3, 1).to_string(), "2026-03-01", "a day's Display is its ISO form");
    }
}

/// The user's time zone as forms need it: the offset from UTC (minutes, east positive) in
/// force at each moment, so a date in summer converts with summer time even in winter.
#[derive(Clone, Copy, Debug)]
pub enum Zone {
    /// One offset all year (UTC, and tests).
    Fixed(i32),
    /// Offsets looked up per moment, daylight saving included (the browser's `Date`).
    Rules {
        /// The offset at a moment.
        at_utc: fn(DateTime<Utc>) -> i32,
        /// The offset at a wall-clock time in the zone.
        at_local: fn(NaiveDateTime) -> i32,
    },
}

impl From<i32> for Zone {
    fn from(offset_minutes: i32) -> Self {
        Self::Fixed(offset_minutes)
    }
}

impl Zone {
    /// `moment` on the zone's wall clock.
    pub fn local(self, moment: DateTime<Utc>) -> NaiveDateTime {
        let offset = match self {
            Self::Fixed(offset) => offset,
            Self::Rules { at_utc, .. } => at_utc(moment),
        };
        (moment + Duration::minutes(offset.into())).naive_utc()
    }

    /// The moment a wall-clock time in the zone names.
    pub fn utc(self, local: NaiveDateTime) -> DateTime<Utc> {
        let offset = match self {
            Self::Fixed(offset) => offset,
            Self::Rules { at_local, .. } => at_local(local),
        };
        local.and_utc() - Duration::minutes(offset.into())
    }
}
