//! Dates, numbers and money as the user's language writes them: money by the browser's
//! `Intl`; dates (in the browser's time zone), plain numbers and percentages by
//! `locale_format` in the domain, which spares the list's first row the cost of `Intl`.

use chrono::{DateTime, NaiveDate, Utc};
use customer_desk_domain::customer::{Customer, CustomerStatus};
use customer_desk_domain::i18n::{Locale, catalog};
use customer_desk_domain::locale_format;
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// A moment in the user's language and the browser's time zone, e.g. "23/11/2026, 10:30:00".
pub fn date_time(locale: Locale, moment: &DateTime<Utc>) -> String {
    let local = local_time(moment);
    let time = (local.get_hours(), local.get_minutes(), local.get_seconds());
    locale_format::date_time(locale, day_of(&local), time)
}

/// The time of day of a moment given in milliseconds since 1970 (`Date.now()`), in the
/// browser's time zone: "10:42".
pub fn clock_time(locale: Locale, millis: f64) -> String {
    let local = js_sys::Date::new(&JsValue::from_f64(millis));
    locale_format::time_of_day(locale, local.get_hours(), local.get_minutes())
}

/// The day of a moment in the browser's time zone, e.g. "23/11/2026" or "23. 11. 2026".
pub fn date_of(locale: Locale, moment: &DateTime<Utc>) -> String {
    let (year, month, day) = day_of(&local_time(moment));
    locale_format::date(locale, year, month, day)
}

/// A calendar date (no time zone shift).
pub fn date(locale: Locale, day: &NaiveDate) -> String {
    use chrono::Datelike;
    locale_format::date(locale, day.year(), day.month(), day.day())
}

/// The moment as the browser's clock shows it (its time zone, with daylight saving).
fn local_time(moment: &DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(moment.timestamp_millis() as f64))
}

fn day_of(local: &js_sys::Date) -> (i32, u32, u32) {
    (local.get_full_year() as i32, local.get_month() + 1, local.get_date())
}

/// The browser's time zone, daylight saving included: each moment converts with the
/// offset in force on its own date.
pub fn browser_zone() -> customer_desk_domain::calendar::Zone {
    use chrono::{Datelike, NaiveDateTime, Timelike};
    // JavaScript counts minutes west of UTC; the domain counts east.
    fn at_utc(moment: DateTime<Utc>) -> i32 {
        -(local_time(&moment).get_timezone_offset() as i32)
    }
    fn at_local(local: NaiveDateTime) -> i32 {
        let wall = js_sys::Date::new_with_year_month_day_hr_min(
            local.year() as u32,
            local.month0() as i32,
            local.day() as i32,
            local.hour() as i32,
            local.minute() as i32,
        );
        -(wall.get_timezone_offset() as i32)
    }
    customer_desk_domain::calendar::Zone::Rules { at_utc, at_local }
}

/// The user's local day.
pub fn today() -> NaiveDate {
    let (year, month, day) = day_of(&js_sys::Date::new_0());
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// A quantity such as loyalty points or a count: grouped digits, at most two decimals.
pub fn number(locale: Locale, value: f64) -> String {
    locale_format::number(locale, value)
}

/// A rate given in percent (12.5 -> "12.5%" or "12,5 %").
pub fn percent(locale: Locale, rate: f64) -> String {
    locale_format::percent(locale, rate)
}

/// An amount of money in the configured currency ("€1,234.50", "1 234,50 €").
pub fn money(locale: Locale, currency: &str, amount: f64) -> String {
    intl_money(locale, Money { currency: currency.to_owned(), signed: false }, amount)
        .unwrap_or_else(|| format!("{} {currency}", number(locale, amount)))
}

/// A change of a balance, always with its sign ("+€10.00", "-5,00 €").
pub fn money_change(locale: Locale, currency: &str, amount: f64) -> String {
    intl_money(locale, Money { currency: currency.to_owned(), signed: true }, amount)
        .unwrap_or_else(|| format!("{}{} {currency}", if amount >= 0.0 { "+" } else { "" }, number(locale, amount)))
}

/// The currency an amount of a customer's credit is in: the server's `currencyLabel`,
/// else the shop's currency from config.json.
#[derive(Clone, Debug, PartialEq)]
pub struct CreditCurrency(Option<String>, String);

impl CreditCurrency {
    pub fn new(label: Option<&str>, shop_currency: &str) -> Self {
        Self(label.map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned), shop_currency.to_owned())
    }

    /// An ISO 4217 code (`EUR`) is formatted by the browser; any other label (`€`, `Kč`,
    /// `points`) follows the number as the server wrote it.
    pub fn format(&self, locale: Locale, amount: f64, signed: bool) -> String {
        match &self.0 {
            Some(label) if !is_currency_code(label) => {
                let sign = if signed && amount > 0.0 { "+" } else { "" };
                format!("{sign}{}\u{a0}{label}", number(locale, amount))
            }
            label => {
                let code = label.as_deref().unwrap_or(&self.1);
                if signed { money_change(locale, code, amount) } else { money(locale, code, amount) }
            }
        }
    }
}

fn is_currency_code(label: &str) -> bool {
    label.len() == 3 && label.chars().all(|c| c.is_ascii_uppercase())
}

/// How an `Intl.NumberFormat` for money is made.
#[derive(Clone, PartialEq)]
struct Money {
    currency: String,
    /// "+" on increases too.
    signed: bool,
}

impl Money {
    fn formatter(&self, locale: Locale) -> Option<Function> {
        let options = Object::new();
        let set = |name: &str, value: &str| {
            let _ = Reflect::set(&options, &JsValue::from_str(name), &JsValue::from_str(value));
        };
        set("style", "currency");
        set("currency", &self.currency);
        if self.signed {
            set("signDisplay", "exceptZero");
        }
        let locales = Array::of1(&locale.tag().into());
        js_sys::Intl::NumberFormat::new(&locales, &options).format().dyn_into::<Function>().ok()
    }
}

thread_local! {
    /// Formatters already made: building an `Intl` formatter costs far more than using
    /// one, and a credit history formats a column of amounts.
    static FORMATTERS: RefCell<Vec<(Locale, Money, Function)>> = const { RefCell::new(Vec::new()) };
}

/// `amount` formatted by the cached `Intl` formatter for `locale` and `style`; `None`
/// should the browser refuse (the caller then shows a plain form).
fn intl_money(locale: Locale, style: Money, amount: f64) -> Option<String> {
    let format = FORMATTERS.with(|formatters| {
        let mut formatters = formatters.borrow_mut();
        if let Some((_, _, format)) = formatters.iter().find(|(l, s, _)| *l == locale && *s == style) {
            return Some(format.clone());
        }
        let format = style.formatter(locale)?;
        formatters.push((locale, style, format.clone()));
        Some(format)
    })?;
    format.call1(&JsValue::NULL, &amount.into()).ok()?.as_string()
}

/// The status to show: DealPOS customers (which carry membership data and no validity
/// window) are "Active" or "Suspended"; others as [`status_label`] says.
pub fn status_of(locale: Locale, customer: &Customer) -> String {
    let messages = catalog(locale);
    match (&customer.membership, customer.is_active) {
        (Some(_), true) => messages.text("customer-status-active"),
        (Some(_), false) => messages.text("customer-status-suspended"),
        (None, active) => status_label(locale, &customer.status, active),
    }
}

/// "Valid", "Not yet valid", "Expired" (or a status the app does not know, as written),
/// with ", inactive" for an inactive customer.
pub fn status_label(locale: Locale, status: &CustomerStatus, active: bool) -> String {
    let messages = catalog(locale);
    let label = messages.render(&status.text());
    if active { label } else { messages.format("customer-status-inactive", &[("status", label.into())]) }
}
