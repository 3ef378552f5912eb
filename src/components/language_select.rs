//! The header's "Language" menu: each language under its own name, so a user who cannot
//! read the current one still finds theirs.

use crate::i18n::use_i18n;
use customer_desk_domain::i18n::Locale;
use leptos::prelude::*;

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        if let Some(locale) = Locale::from_tag(&event_target_value(&ev)) {
            i18n.choose(locale);
        }
    };
    view! {
        <label class="header-select">
            <span class="header-select__label">{i18n.text("language-label")}</span>
            <select on:change=on_change>
                {Locale::ALL.map(|locale| view! {
                    <option value=locale.code() lang=locale.tag() prop:selected=move || {
                        // A language that could not be fetched puts the menu back on the one shown.
                        i18n.failed();
                        i18n.locale() == locale
                    }>
                        {locale.native_name()}
                    </option>
                })}
            </select>
        </label>
        {move || i18n.failed().map(|locale| view! {
            <span class="header-select__error" role="alert">
                {move || i18n.tr_with("language-load-failed", &[("language", locale.native_name().into())])}
            </span>
        })}
    }
}
