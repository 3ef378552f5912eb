//! The root: load the runtime config, then provide the session's services and route; a
//! config that cannot be read shows the config error page instead.

use crate::components::shell::Layout;
use crate::pages::config_error::ConfigErrorPage;
use crate::routes::AppRoutes;
use customer_desk_domain::config::AppConfig;
use leptos::prelude::*;
use leptos_router::components::Router;

#[component]
pub fn App() -> impl IntoView {
    let i18n = crate::i18n::I18n::provide();
    // Read once: a plain task and a signal, not a resource (which costs the main module an
    // async runtime of its own for one value that never reloads).
    let config = RwSignal::new(None);
    leptos::task::spawn_local(async move { config.set(Some(crate::config::load().await)) });
    // Deliberately not a <Suspense>: resources read anywhere in the app would register
    // with it and blank the whole page while they load. Pages use <Transition> instead.
    // The first language's messages arrive beside config.json (English is built in).
    move || match config.get().filter(|_| i18n.is_ready()) {
        None => view! { <p class="boot-status" role="status">{i18n.text("app-starting")}</p> }.into_any(),
        Some(Ok(config)) => view! { <Shell config /> }.into_any(),
        Some(Err(error)) => view! { <ConfigErrorPage error /> }.into_any(),
    }
}

/// The app for one config: every service the pages use, then the router and the layout.
#[component]
pub fn Shell(config: AppConfig) -> impl IntoView {
    let (embed, kiosk) = (config.embed, config.kiosk);
    provide_services(&config);
    provide_context(config);
    // Signed in without the sign-in page (a portal's token, another tab): index.html's
    // sign-in form, if it showed, goes.
    let auth = crate::auth::use_auth();
    Effect::new(move |_| {
        if auth.is_signed_in() {
            crate::boot::dismiss_sign_in();
        }
    });
    view! {
        <Router>
            <crate::embed::NavigationReporter />
            <crate::components::page_focus::PageFocus />
            <crate::components::shortcuts::KeyboardShortcuts />
            <crate::components::card_scanner::CardScanner />
            {kiosk.then(|| view! { <crate::components::kiosk::KioskIdleSignOut /> })}
            <Layout embed kiosk>
                <AppRoutes />
            </Layout>
        </Router>
    }
}

/// The contexts the pages read: session, notices, the customers service, live updates,
/// and what the list keeps across visits (the row to return to, the selection).
fn provide_services(config: &AppConfig) {
    let auth = crate::auth::Auth::provide(config);
    crate::embed::connect(config, auth);
    crate::components::notices::Notices::provide();
    crate::pages::customer_list::keys::ReturnRow::provide();
    crate::routes::LastListView::provide();
    let features = crate::api::customers::Features::of(config.backend);
    provide_context(features);
    let customers = crate::customers::Customers::provide(auth, features);
    crate::live::Live::provide(config, auth, customers);
    crate::pages::customer_list::selection::SelectionStore::provide(auth);
    crate::api::customers::prepare(config.backend);
    crate::i18n::use_i18n().apply_default(config.default_locale);
}
