//! Dates and numbers as the user's browser locale writes them.

use chrono::{DateTime, NaiveDate, Utc};
use customer_desk_domain::customer::{Customer, CustomerStatus};
use wasm_bindgen::JsValue;

/// A moment in the browser's locale and time zone, e.g. "23/11/2026, 10:30:00".
pub fn date_time(moment: &DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(moment.timestamp_millis() as f64));
    String::from(date.to_locale_string("default", &JsValue::UNDEFINED))
}

/// The day of a moment, in the browser's locale and time zone, e.g. "23/11/2026".
pub fn date_of(moment: &DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(moment.timestamp_millis() as f64));
    String::from(date.to_locale_date_string("default", &JsValue::UNDEFINED))
}

/// A calendar date (no time zone shift) in the browser's locale.
pub fn date(day: &NaiveDate) -> String {
    use chrono::Datelike;
    let date = js_sys::Date::new_with_year_month_day(day.year() as u32, day.month0() as i32, day.day() as i32);
    String::from(date.to_locale_date_string("default", &JsValue::UNDEFINED))
}

/// A quantity such as loyalty points: whole numbers without decimals.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value:.2}") }
}

pub fn percent(rate: f64) -> String {
    if rate.fract() == 0.0 { format!("{rate:.0} %") } else { format!("{rate:.2} %") }
}

/// The status to show: DealPOS customers (which carry membership data and no validity
/// window) are "Active" or "Suspended"; others as [`status_label`] says.
pub fn status_of(customer: &Customer) -> String {
    match (&customer.dealpos, customer.is_active) {
        (Some(_), true) => "Active".to_owned(),
        (Some(_), false) => "Suspended".to_owned(),
        (None, active) => status_label(customer.status, active),
    }
}

/// "Valid", "Not yet valid", "Expired", with ", inactive" for an inactive customer.
pub fn status_label(status: CustomerStatus, active: bool) -> String {
    if active { status.label().to_owned() } else { format!("{}, inactive", status.label()) }
}
