use crate::i18n::use_i18n;
use crate::pages::not_found::{PLACEABLE, markup_segments};
use customer_desk_domain::config::ConfigError;
use leptos::prelude::*;

/// Shown instead of the app when config.json is missing or wrong: it names the file and
/// the problem so whoever deployed the app can fix it.
#[component]
pub fn ConfigErrorPage(error: ConfigError) -> impl IntoView {
    // A page that needs no sign-in: index.html's sign-in form, if it showed, goes.
    crate::boot::dismiss_sign_in();
    let i18n = use_i18n();
    let problem = error.text();
    let keys = ["\"backend\"", "\"apiBaseUrl\""];
    let help = move || {
        let args = [("backend", PLACEABLE[0].into()), ("apiBaseUrl", PLACEABLE[1].into())];
        markup_segments(&i18n.tr_with("config-error-help", &args))
    };
    view! {
        <main class="page page--narrow config-error">
            <h1>{i18n.text("config-error-title")}</h1>
            <p role="alert">{move || i18n.render(&problem)}</p>
            <p>
                {move || help().into_iter().map(|(words, key)| view! {
                    {words}
                    {key.map(|index| view! { <code>{keys[index]}</code> })}
                }).collect_view()}
            </p>
        </main>
    }
}
