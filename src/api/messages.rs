//! The messages of a language that is not built in (see `build.rs`): one hashed file per
//! language under `locales/`, relative to the page's base URL, cached by the browser.

use customer_desk_domain::i18n::Locale;
use gloo_net::http::Request;

/// The file's name, as the build made it.
fn file(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => None,
        Locale::Sk => Some(concat!("locales/", env!("CUSTOMER_DESK_MESSAGES_SK"))),
        Locale::Id => Some(concat!("locales/", env!("CUSTOMER_DESK_MESSAGES_ID"))),
    }
}

/// The language's Fluent text, or `None` when it cannot be had (no answer, an error status).
pub async fn fetch(locale: Locale) -> Option<String> {
    let response = Request::get(file(locale)?).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}
