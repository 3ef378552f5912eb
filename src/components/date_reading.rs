//! The app-language reading of a native date or date-time picker's value, beside it.
//!
//! Browsers draw their pickers in the browser's language (a British shop on an American
//! laptop sees mm/dd/yyyy) and a page cannot change that. The pickers stay, since on
//! tablets and with screen readers they are the best way to enter a date; under each, the
//! value is written as the rest of the app writes dates, as the user types.

use chrono::{Datelike, Timelike};
use customer_desk_domain::calendar::{parse_date, parse_date_time};
use customer_desk_domain::locale_format;
use leptos::prelude::*;

/// `value` is what the input holds (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`); nothing is shown
/// while it is empty or incomplete.
#[component]
pub fn DateReading(#[prop(into)] value: Signal<String>, id: String) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let reading = move || {
        let locale = i18n.locale();
        value.with(|text| {
            let text = text.trim();
            if let Some(moment) = parse_date_time(text) {
                Some(locale_format::date_time(
                    locale,
                    (moment.year(), moment.month(), moment.day()),
                    (moment.hour(), moment.minute(), moment.second()),
                ))
            } else {
                parse_date(text).map(|day| locale_format::date(locale, day.year(), day.month(), day.day()))
            }
        })
    };
    view! {
        <p class="field__reading" id=id>
            {move || reading().map(|text| i18n.tr_with("date-reading", &[("date", text.into())]))}
        </p>
    }
}

/// The reading's id for an input's id.
pub fn reading_id(input_id: &str) -> String {
    format!("{input_id}-reading")
}
