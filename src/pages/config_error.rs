use customer_desk_domain::config::ConfigError;
use leptos::prelude::*;

/// Shown instead of the app when config.json is missing or wrong: it names the file and
/// the problem so whoever deployed the app can fix it.
#[component]
pub fn ConfigErrorPage(error: ConfigError) -> impl IntoView {
    view! {
        <main class="page page--narrow config-error">
            <h1>"customer-desk cannot start"</h1>
            <p role="alert">{error.to_string()}</p>
            <p>
                "The file lives next to the app's index.html. It needs at least "
                <code>"\"backend\""</code>" (\"portos\" or \"dealpos\") and "
                <code>"\"apiBaseUrl\""</code>"; the README lists every key."
            </p>
        </main>
    }
}
