//! The root: load the runtime config, then either the routed shell or the config error page.

use crate::components::shell::Shell;
use crate::pages::config_error::ConfigErrorPage;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let i18n = crate::i18n::I18n::provide();
    let config = LocalResource::new(crate::config::load);
    // Deliberately not a <Suspense>: resources read anywhere in the app would register
    // with it and blank the whole page while they load. Pages use <Transition> instead.
    // The first language's messages arrive beside config.json (English is built in).
    move || match config.get().filter(|_| i18n.is_ready()) {
        None => view! { <p class="boot-status" role="status">{i18n.text("app-starting")}</p> }.into_any(),
        Some(Ok(config)) => view! { <Shell config /> }.into_any(),
        Some(Err(error)) => view! { <ConfigErrorPage error /> }.into_any(),
    }
}
