//! Dates, numbers and money as the user's language writes them (the browser's `Intl`,
//! which knows every locale's conventions and costs the wasm nothing).

use chrono::{DateTime, NaiveDate, Utc};
use customer_desk_domain::customer::{Customer, CustomerStatus};
use customer_desk_domain::i18n::{Locale, catalog};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A moment in the user's language and the browser's time zone, e.g. "23/11/2026, 10:30:00".
pub fn date_time(locale: Locale, moment: &DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(moment.timestamp_millis() as f64));
    String::from(date.to_locale_string(locale.tag(), &JsValue::UNDEFINED))
}

/// The day of a moment in the browser's time zone, e.g. "23/11/2026" or "23. 11. 2026".
pub fn date_of(locale: Locale, moment: &DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(moment.timestamp_millis() as f64));
    String::from(date.to_locale_date_string(locale.tag(), &JsValue::UNDEFINED))
}

/// A calendar date (no time zone shift).
pub fn date(locale: Locale, day: &NaiveDate) -> String {
    use chrono::Datelike;
    let date = js_sys::Date::new_with_year_month_day(day.year() as u32, day.month0() as i32, day.day() as i32);
    String::from(date.to_locale_date_string(locale.tag(), &JsValue::UNDEFINED))
}

/// A quantity such as loyalty points or a count: grouped digits, at most two decimals.
pub fn number(locale: Locale, value: f64) -> String {
    intl_number(locale, value, &[("maximumFractionDigits", JsValue::from(2))])
}

/// A rate given in percent (12.5 -> "12.5%" or "12,5 %").
pub fn percent(locale: Locale, rate: f64) -> String {
    intl_number(locale, rate / 100.0, &[("style", "percent".into()), ("maximumFractionDigits", JsValue::from(2))])
}

/// An amount of money in the configured currency ("€1,234.50", "1 234,50 €").
pub fn money(locale: Locale, currency: &str, amount: f64) -> String {
    intl_number(locale, amount, &[("style", "currency".into()), ("currency", currency.into())])
}

/// A change of a balance, always with its sign ("+€10.00", "−5,00 €").
pub fn money_change(locale: Locale, currency: &str, amount: f64) -> String {
    intl_number(
        locale,
        amount,
        &[("style", "currency".into()), ("currency", currency.into()), ("signDisplay", "exceptZero".into())],
    )
}

/// `Intl.NumberFormat(locale, options).format(value)`; plain digits should the browser
/// refuse the options (an unknown currency code in config.json, say).
fn intl_number(locale: Locale, value: f64, options: &[(&str, JsValue)]) -> String {
    let settings = Object::new();
    for (name, setting) in options {
        let _ = Reflect::set(&settings, &JsValue::from_str(name), setting);
    }
    let formatter = js_sys::Intl::NumberFormat::new(&Array::of1(&locale.tag().into()), &settings);
    let formatted = formatter.format().dyn_into::<Function>().ok().and_then(|format| format.call1(&JsValue::NULL, &value.into()).ok());
    formatted.and_then(|text| text.as_string()).unwrap_or_else(|| value.to_string())
}

/// The status to show: DealPOS customers (which carry membership data and no validity
/// window) are "Active" or "Suspended"; others as [`status_label`] says.
pub fn status_of(locale: Locale, customer: &Customer) -> String {
    let messages = catalog(locale);
    match (&customer.dealpos, customer.is_active) {
        (Some(_), true) => messages.text("customer-status-active"),
        (Some(_), false) => messages.text("customer-status-suspended"),
        (None, active) => status_label(locale, customer.status, active),
    }
}

/// "Valid", "Not yet valid", "Expired", with ", inactive" for an inactive customer.
pub fn status_label(locale: Locale, status: CustomerStatus, active: bool) -> String {
    let messages = catalog(locale);
    let label = messages.render(&status.text());
    if active { label } else { messages.format("customer-status-inactive", &[("status", label.into())]) }
}
