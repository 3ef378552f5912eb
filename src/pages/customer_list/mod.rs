//! `/customers`: the URL is the state. Every change (search, sort, page, page size) is a
//! navigation to a new query string; the page derives the query from the URL and loads
//! exactly that, so reload, shared links, Back and Forward all show the same view.

use crate::api::ApiError;
use crate::api::portos::customers::{self, CustomerPage};
use crate::auth::use_auth;
use crate::components::customer_table::CustomerTable;
use crate::components::pagination::Pagination;
use crate::components::search_box::SearchBox;
use crate::routes::{list_href, list_query_from};
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::list_query::{ListQuery, range_status};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

/// A loaded page and the query it answers.
#[derive(Clone)]
struct Shown {
    query: ListQuery,
    page: CustomerPage,
}

#[component]
pub fn CustomerListPage() -> impl IntoView {
    let config = expect_context::<AppConfig>();
    let auth = use_auth();
    let default_size = config.page_size;
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|params| list_query_from(params, default_size)));

    let navigate = use_navigate();
    let show = Callback::new(move |next: ListQuery| {
        navigate(&list_href(&next, default_size), Default::default());
    });

    // Re-runs when the query changes (and only then): one request per change. Leptos
    // keeps only the newest answer, so a late reply to a superseded query is dropped.
    let page = LocalResource::new(move || {
        let query = query.get();
        let endpoint = auth.endpoint();
        async move {
            let result = customers::list(&endpoint, &query).await;
            result.map(|loaded| Shown { query, page: loaded })
        }
    });

    // The last rows that loaded stay on screen while the next page loads or if it fails.
    let shown = RwSignal::new(None::<Shown>);
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match page.get() {
        Some(Ok(loaded)) => {
            error.set(None);
            shown.set(Some(loaded));
        }
        // The session ended: the guard sends the user to sign in and back here.
        Some(Err(ApiError::Unauthenticated { .. })) => auth.end(),
        Some(Err(err)) => error.set(Some(err)),
        None => {}
    });
    // Loading while the rows on screen answer an older query (and nothing has failed).
    let loading = Signal::derive(move || {
        error.with(Option::is_none) && shown.with(|s| s.as_ref().is_none_or(|s| s.query != query.get()))
    });

    let rows = Signal::derive(move || shown.with(|s| s.as_ref().map(|s| s.page.items.clone()).unwrap_or_default()));
    let counts = Signal::derive(move || shown.with(|s| s.as_ref().map(|s| (s.page.items.len(), s.page.total))));
    // Describes the rows on screen, which stay while the next page loads.
    let status = Signal::derive(move || {
        shown.with(|s| s.as_ref().map(|s| range_status(&s.query, s.page.items.len(), s.page.total)))
    });
    let search = Signal::derive(move || query.with(|q| q.search.clone()));

    let on_search = Callback::new(move |text: String| {
        let current = query.get_untracked();
        if current.search != text.trim() {
            show.run(current.with_search(&text));
        }
    });
    let on_sort = Callback::new(move |(property, add): (&'static str, bool)| {
        show.run(query.get_untracked().toggle_sort(property, add));
    });
    let clear = move |_| show.run(ListQuery::new(default_size));

    view! {
        <section class="list-page">
            <div class="page-header">
                <h1 id="customers-heading">"Customers"</h1>
                <A href="/customers/new" attr:class="button button--primary">"New customer"</A>
            </div>
            <div class="toolbar">
                <SearchBox value=search on_search />
            </div>

            {move || error.get().map(|err| view! {
                <div class="notice notice--error" role="alert">
                    <span>{err.to_string()}</span>
                    <button type="button" class="button" on:click=move |_| page.refetch()>"Retry"</button>
                </div>
            })}

            <CustomerTable rows query=query loading on_sort />

            <Show when=move || counts.get().is_some_and(|(rows, _)| rows == 0)>
                <div class="empty-state">
                    <p>"No customers match this search."</p>
                    <button type="button" class="button" on:click=clear>"Clear search and filters"</button>
                </div>
            </Show>

            <Pagination query=query total=Signal::derive(move || counts.get().map(|(_, total)| total)) status on_change=show />
        </section>
    }
}
