//! The routed layout: header with product name and navigation (hidden with `?embed=1`),
//! and the main area where the routes render.

use crate::pages::customer_detail::CustomerDetailPage;
use crate::pages::customer_form::{CustomerCreatePage, CustomerEditPage};
use crate::pages::customer_list::CustomerListPage;
use crate::pages::not_found::NotFound;
use crate::pages::sign_in::SignInPage;
use customer_desk_domain::config::AppConfig;
use leptos::prelude::*;
use leptos_router::components::{A, Redirect, Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn Shell(config: AppConfig) -> impl IntoView {
    let embed = config.embed;
    let kiosk = config.kiosk;
    provide_context(config);
    view! {
        <Router>
            <div class="layout" class:layout--embed=embed class:layout--kiosk=kiosk>
                {(!embed).then(|| view! { <Header /> })}
                <main id="main" class="main" tabindex="-1">
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=|| view! { <Redirect path="/customers" /> } />
                        <Route path=path!("/customers") view=CustomerListPage />
                        <Route path=path!("/customers/new") view=CustomerCreatePage />
                        <Route path=path!("/customers/:id") view=CustomerDetailPage />
                        <Route path=path!("/customers/:id/edit") view=CustomerEditPage />
                        <Route path=path!("/sign-in") view=SignInPage />
                    </Routes>
                </main>
            </div>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    view! {
        <header class="topbar">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <span class="brand">"customer-desk"</span>
            <nav class="topbar__nav" aria-label="Main">
                <A href="/customers">"Customers"</A>
            </nav>
        </header>
    }
}
