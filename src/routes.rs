//! The routes: which page each address shows, and every in-app link, built from the
//! domain's query model so pages never assemble URLs.

use crate::components::require_sign_in::RequireSignIn;
use crate::pages::customer_list::CustomerListPage;
use crate::pages::lazy::{Lazy, LazyPage};
use customer_desk_domain::config::Backend;
use customer_desk_domain::list::query::{FILTERS, ListQuery};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Redirect, Route};
use leptos_router::params::ParamsMap;
use leptos_router::path;

/// The route table. The list is in the main module; every other page is a chunk.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <FlatRoutes fallback=|| view! { <Lazy page=LazyPage::NotFound /> }>
            <Route path=path!("/") view=|| view! { <Redirect path="/customers" /> } />
            <Route path=path!("/customers") view=|| signed_in(CustomerListPage) />
            <Route path=path!("/customers/new") view=|| signed_in(|| view! { <Lazy page=LazyPage::Create /> }) />
            <Route path=path!("/customers/:id") view=|| signed_in(|| view! { <Lazy page=LazyPage::Detail /> }) />
            <Route path=path!("/customers/:id/edit") view=|| signed_in(|| view! { <Lazy page=LazyPage::Edit /> }) />
            <Route path=path!("/sign-in") view=|| view! { <Lazy page=LazyPage::SignIn /> } />
        </FlatRoutes>
    }
}

fn signed_in<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    view! { <RequireSignIn>{move || page()}</RequireSignIn> }
}

/// The URL keys the list understands.
fn list_keys() -> impl Iterator<Item = &'static str> {
    ["search", "sort", "page", "size"].into_iter().chain(FILTERS.iter().map(|spec| spec.url_key))
}

pub fn list_query_from(params: &ParamsMap, backend: Backend, default_page_size: u32) -> ListQuery {
    let pairs: Vec<(&str, String)> = list_keys().filter_map(|key| params.get(key).map(|value| (key, value))).collect();
    ListQuery::from_url_for(backend, pairs.iter().map(|(key, value)| (*key, value.as_str())), default_page_size)
}

pub fn list_href(query: &ListQuery, default_page_size: u32) -> String {
    list_href_for(&list_query_string(query, default_page_size))
}

/// The list URL's query string for `query`, without "?" (what a saved view keeps).
pub fn list_query_string(query: &ListQuery, default_page_size: u32) -> String {
    let encoded: Vec<(&str, String)> = query.to_url(default_page_size).into_iter().collect();
    crate::api::http::encode_query(&encoded)
}

/// The list's address for a query string from [`list_query_string`].
pub fn list_href_for(query_string: &str) -> String {
    if query_string.is_empty() { "/customers".to_owned() } else { format!("/customers?{query_string}") }
}

/// The list of the customers who hold the card `serial`.
pub fn card_list_href(serial: &str, default_page_size: u32) -> String {
    list_href(&customer_desk_domain::scan::card_query(serial, default_page_size), default_page_size)
}

/// The new-customer form with the card `serial` already in it.
pub fn new_customer_with_card_href(serial: &str) -> String {
    format!("/customers/new?card={}", js_sys::encode_uri_component(serial))
}

pub fn customer_href(id: &str) -> String {
    format!("/customers/{}", js_sys::encode_uri_component(id))
}

/// The list as the user last saw it (search, filters, sort, page), so a customer's page
/// can lead back to it. Provided by the shell; the list keeps it current.
#[derive(Clone, Copy)]
pub struct LastListView(RwSignal<String>);

impl LastListView {
    pub fn provide() {
        provide_context(Self(RwSignal::new("/customers".to_owned())));
    }

    pub fn use_context() -> Self {
        expect_context::<Self>()
    }

    pub fn set(self, href: String) {
        if self.0.get_untracked() != href {
            self.0.set(href);
        }
    }

    pub fn href(self) -> String {
        self.0.get()
    }
}
