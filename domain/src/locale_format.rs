//! Numbers, percentages and dates as each of the app's languages writes them: CLDR's
//! patterns for en-GB, sk-SK and id-ID, as the browser's `Intl` writes them.
//!
//! Done here rather than with `Intl` because the browser's first `Intl` formatter of a page
//! load costs about 20 ms (it loads the locale's data) on the way to the list's first row,
//! and a list formats hundreds of values. Money, shown on fewer pages, stays with `Intl`.

use crate::i18n::Locale;

struct Symbols {
    group: &'static str,
    decimal: char,
    /// Between the number and "%".
    percent_gap: &'static str,
}

fn symbols(locale: Locale) -> Symbols {
    match locale {
        Locale::En => Symbols { group: ",", decimal: '.', percent_gap: "" },
        Locale::Sk => Symbols { group: "\u{a0}", decimal: ',', percent_gap: "\u{a0}" },
        Locale::Id => Symbols { group: ".", decimal: ',', percent_gap: "" },
    }
}

/// Grouped digits and at most two decimals, rounded half away from zero: "1,234.5",
/// "1 234,5", "1.234,5". Whole numbers of hundredths, never float printing, which would
/// bring Rust's float formatting (about 10 KB) into the wasm.
pub fn number(locale: Locale, value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let symbols = symbols(locale);
    let mut text = String::new();
    let hundredths = (value.abs() * 100.0).round();
    if value < 0.0 && hundredths > 0.0 {
        text.push('-');
    }
    if value.is_infinite() {
        text.push('∞');
        return text;
    }
    // Saturates for values far beyond any quantity the app shows; never panics.
    let hundredths = hundredths as u128;
    let digits = (hundredths / 100).to_string();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            text.push_str(symbols.group);
        }
        text.push(digit);
    }
    let fraction = hundredths % 100;
    if fraction > 0 {
        text.push(symbols.decimal);
        text.push(char::from(b'0' + (fraction / 10) as u8));
        if !fraction.is_multiple_of(10) {
            text.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    text
}

/// A rate given in percent: 12.5 -> "12.5%", "12,5 %", "12,5%".
pub fn percent(locale: Locale, rate: f64) -> String {
    format!("{}{}%", number(locale, rate), symbols(locale).percent_gap)
}

/// A calendar date: "05/01/2026", "5. 1. 2026", "5/1/2026".
pub fn date(locale: Locale, year: i32, month: u32, day: u32) -> String {
    match locale {
        Locale::En => format!("{day:02}/{month:02}/{year}"),
        Locale::Sk => format!("{day}. {month}. {year}"),
        Locale::Id => format!("{day}/{month}/{year}"),
    }
}

/// The time of day (24-hour clock): "09:07", "9:07", "09.07".
pub fn time_of_day(locale: Locale, hour: u32, minute: u32) -> String {
    match locale {
        Locale::En => format!("{hour:02}:{minute:02}"),
        Locale::Sk => format!("{hour}:{minute:02}"),
        Locale::Id => format!("{hour:02}.{minute:02}"),
    }
}

/// A date with the time of day (24-hour clock): "05/01/2026, 09:07:03",
/// "5. 1. 2026 9:07:03", "5/1/2026, 09.07.03".
/// Seconds only when there are some: a time entered to the minute reads as it was entered.
pub fn date_time(locale: Locale, (year, month, day): (i32, u32, u32), (hour, minute, second): (u32, u32, u32)) -> String {
    let date = date(locale, year, month, day);
    let time = time_of_day(locale, hour, minute);
    let seconds = match (second, locale) {
        (0, _) => String::new(),
        (_, Locale::Id) => format!(".{second:02}"),
        _ => format!(":{second:02}"),
    };
    match locale {
        Locale::Sk => format!("{date} {time}{seconds}"),
        Locale::En | Locale::Id => format!("{date}, {time}{seconds}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are what `Intl.NumberFormat` (ICU, CLDR 4x) gives for the same input.
    #[test]
    fn numbers_match_the_browsers_formatting() {
        let cases = [
            (Locale::En, 1201.0, "1,201"),
            (Locale::Sk, 1201.0, "1\u{a0}201"),
            (Locale::Id, 1201.0, "1.201"),
            (Locale::En, 1_234_567.891, "1,234,567.89"),
            (Locale::Sk, 1_234_567.891, "1\u{a0}234\u{a0}567,89"),
            (Locale::Id, 1_234_567.891, "1.234.567,89"),
            (Locale::Sk, -5.5, "-5,5"),
            (Locale::En, 0.125, "0.13"),
            (Locale::En, 999.0, "999"),
            (Locale::En, 0.0, "0"),
            (Locale::En, -0.001, "0"),
            (Locale::Id, 10.10, "10,1"),
        ];
        for (locale, value, expected) in cases {
            assert_eq!(number(locale, value), expected, "{locale:?} {value}");
        }
    }

    #[test]
    fn percentages_match_the_browsers_formatting() {
        assert_eq!(percent(Locale::En, 12.5), "12.5%");
        assert_eq!(percent(Locale::Sk, 12.5), "12,5\u{a0}%");
        assert_eq!(percent(Locale::Id, 12.5), "12,5%");
        assert_eq!(percent(Locale::Sk, 50.0), "50\u{a0}%");
        assert_eq!(percent(Locale::En, 100.0), "100%");
    }

    #[test]
    fn dates_match_the_browsers_formatting() {
        assert_eq!(date(Locale::En, 2026, 1, 5), "05/01/2026");
        assert_eq!(date(Locale::Sk, 2026, 1, 5), "5. 1. 2026");
        assert_eq!(date(Locale::Id, 2026, 1, 5), "5/1/2026");
        assert_eq!(date(Locale::Sk, 1990, 12, 31), "31. 12. 1990");
        assert_eq!(date_time(Locale::En, (2026, 1, 5), (9, 7, 3)), "05/01/2026, 09:07:03");
        assert_eq!(date_time(Locale::Sk, (2026, 1, 5), (9, 7, 3)), "5. 1. 2026 9:07:03");
        assert_eq!(date_time(Locale::Id, (2026, 1, 5), (9, 7, 3)), "5/1/2026, 09.07.03");
        assert_eq!(date_time(Locale::En, (2026, 11, 23), (23, 59, 0)), "23/11/2026, 23:59", "no seconds where none were entered");
        assert_eq!(date_time(Locale::Sk, (2026, 11, 23), (0, 0, 0)), "23. 11. 2026 0:00");
    }

    #[test]
    fn odd_values_do_not_panic() {
        assert_eq!(number(Locale::En, f64::NAN), "NaN");
        assert_eq!(number(Locale::En, f64::INFINITY), "∞");
        assert_eq!(number(Locale::Sk, f64::NEG_INFINITY), "-∞");
        assert!(number(Locale::En, 1e300).starts_with("3,402,823,669,"), "saturates");
        assert_eq!(number(Locale::En, 1e20), "100,000,000,000,000,000,000");
    }
}
