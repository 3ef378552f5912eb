//! The routed layout: header with product name and navigation (hidden with `?embed=1`),
//! and the main area where the routes render.

use crate::pages::customer_list::CustomerListPage;
use crate::pages::lazy::{Lazy, LazyPage};
use crate::auth::Auth;
use crate::components::notices::{NoticeArea, Notices};
use crate::components::require_sign_in::RequireSignIn;
use crate::components::user_menu::UserMenu;
use customer_desk_domain::config::AppConfig;
use leptos::prelude::*;
use leptos_router::components::{A, FlatRoutes, Redirect, Route, Router};
use leptos_router::path;

#[component]
pub fn Shell(config: AppConfig) -> impl IntoView {
    let embed = config.embed;
    let kiosk = config.kiosk;
    let auth = Auth::provide(&config);
    crate::embed::connect(&config, auth);
    Notices::provide();
    crate::pages::customer_list::keys::ReturnRow::provide();
    crate::routes::LastListView::provide();
    let features = crate::api::customers::Features::of(config.backend);
    provide_context(features);
    let customers = crate::customers::Customers::provide(auth, features);
    crate::live::Live::provide(&config, auth, customers);
    crate::pages::customer_list::selection::SelectionStore::provide(auth);
    crate::api::customers::prepare(config.backend);
    crate::i18n::use_i18n().apply_default(config.default_locale);
    provide_context(config);
    view! {
        <Router>
            <crate::embed::NavigationReporter />
            <crate::components::page_focus::PageFocus />
            <crate::components::shortcuts::KeyboardShortcuts />
            {kiosk.then(|| view! { <crate::components::kiosk::KioskIdleSignOut /> })}
            <div class="layout" class:layout--embed=embed class:layout--kiosk=kiosk>
                {(!embed).then(|| view! { <Header /> })}
                <main id="main" class="main" tabindex="-1">
                    <NoticeArea />
                    <FlatRoutes fallback=|| view! { <Lazy page=LazyPage::NotFound /> }>
                        <Route path=path!("/") view=|| view! { <Redirect path="/customers" /> } />
                        <Route path=path!("/customers") view=|| signed_in(CustomerListPage) />
                        <Route path=path!("/customers/new") view=|| signed_in(|| view! { <Lazy page=LazyPage::Create /> }) />
                        <Route path=path!("/customers/:id") view=|| signed_in(|| view! { <Lazy page=LazyPage::Detail /> }) />
                        <Route path=path!("/customers/:id/edit") view=|| signed_in(|| view! { <Lazy page=LazyPage::Edit /> }) />
                        <Route path=path!("/sign-in") view=|| view! { <Lazy page=LazyPage::SignIn /> } />
                    </FlatRoutes>
                </main>
            </div>
        </Router>
    }
}

fn signed_in<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    view! { <RequireSignIn>{move || page()}</RequireSignIn> }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <header class="topbar">
            <a class="skip-link" href="#main">{i18n.text("shell-skip-to-content")}</a>
            <span class="brand">"customer-desk"</span>
            <nav class="topbar__nav" aria-label=i18n.text("shell-nav-label")>
                <A href="/customers">{i18n.text("shell-nav-customers")}</A>
            </nav>
            <crate::live::LiveStatus />
            <crate::components::header_settings::HeaderSettings />
            <UserMenu />
        </header>
    }
}
