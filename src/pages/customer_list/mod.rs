//! `/customers`: the URL is the state. Every change (search, filters, sort, page, page
//! size) is a navigation to a new query string; the page derives the query from the URL
//! and loads exactly that, so reload, shared links, Back and Forward all show the same view.

mod bulk;
mod column_chooser;
pub mod columns;
mod export;
mod filter_chips;
mod filter_panel;
mod header;
mod import;
pub mod keys;
mod live;
mod loader;
mod membership_filter_panel;
mod notices;
mod pagination;
mod saved_views;
mod search_box;
pub mod selection;
mod table;
mod toolbar;
mod tools;

use crate::api::customers::Features;
use crate::i18n::use_i18n;
use crate::routes::{list_href, list_query_from};
use columns::HiddenColumns;
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::list::query::{ListQuery, range_status};
use header::ListHeader;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use loader::{has_page_after, total_for};
use notices::ListNotices;
use pagination::Pagination;
use table::CustomerTable;
use toolbar::ListToolbar;

#[component]
pub fn CustomerListPage() -> impl IntoView {
    let config = expect_context::<AppConfig>();
    let i18n = use_i18n();
    let default_size = config.page_size;
    let params = use_query_map();
    let backend = config.backend;
    let query = Memo::new(move |_| params.with(|params| list_query_from(params, backend, default_size)));

    // A customer's page leads back to this view.
    let last_view = crate::routes::LastListView::use_context();
    Effect::new(move |_| last_view.set(list_href(&query.get(), default_size)));

    let navigate = use_navigate();
    let show = Callback::new(move |next: ListQuery| {
        navigate(&list_href(&next, default_size), Default::default());
    });

    let list = loader::load_list(query);
    let shown = list.shown;
    // Once the first rows are on screen: fetched and compiled beside the first request, the
    // tools' code held the rows up (two cores, and the browser compiles chunks on them).
    let rows_shown = Memo::new(move |_| shown.with(Option::is_some));
    let tools = tools::load(rows_shown);
    // A memo, not a derived signal: several readers look at the rows, and a derived signal
    // would copy the whole page (each record with its JSON) for every one of them.
    let rows = Memo::new_with_compare(move |_| shown.with(|s| s.as_ref().map(|s| s.page.items.clone()).unwrap_or_default()), |_, _| true);
    let empty = move || shown.with(|s| s.as_ref().is_some_and(|s| s.page.items.is_empty()));
    // Once the first rows are on screen, the other pages' code comes in the background.
    let live = use_context::<crate::live::Live>();
    Effect::new(move |preloaded: Option<bool>| {
        if preloaded == Some(true) {
            return true;
        }
        let rows_shown = shown.with(Option::is_some);
        if rows_shown {
            crate::pages::lazy::preload_after_rows();
            // Live updates, their chunk and their negotiate come after the first rows too.
            if let Some(live) = live {
                live.content_shown();
            }
        }
        rows_shown
    });
    // Describes the rows on screen, which stay while the next page loads.
    let status = Signal::derive(move || {
        let locale = i18n.locale();
        let status = shown.with(|s| s.as_ref().map(|s| range_status(&s.query, s.page.items.len(), s.page.total)))?;
        Some(i18n.render(&status.text(|n| crate::format::number(locale, n as f64))))
    });
    let last_page =
        Signal::derive(move || query.with(|q| shown.with(|s| s.as_ref().and_then(|s| total_for(s, q)).map(|total| q.last_page(total)))));
    let has_next = Signal::derive(move || query.with(|q| shown.with(|s| s.as_ref().is_some_and(|s| has_page_after(s, q)))));
    let columns = HiddenColumns::load();
    let density = columns::Density::load(expect_context::<crate::auth::Auth>().user_name());
    let features = expect_context::<Features>();
    let on_sort = Callback::new(move |(property, add): (&'static str, bool)| {
        show.run(query.get_untracked().toggle_sort(property, add));
    });
    let clear = move |_| show.run(ListQuery { sort: query.get_untracked().sort, ..ListQuery::new(default_size) });
    // `[` and `]`: the pages the pagination's buttons would go to, when they are enabled.
    keys::listen(Callback::new(move |step: i64| {
        let current = query.get_untracked();
        let page = current.page.checked_add_signed(step).filter(|page| *page >= 1);
        if let Some(page) = page.filter(|_| step < 0 || has_next.get_untracked()) {
            show.run(current.with_page(page));
        }
    }));

    let total = Signal::derive(move || shown.with(|s| s.as_ref().and_then(|s| s.page.total)));
    view! {
        <section class="list-page">
            <ListHeader total />
            <ListToolbar query list tools columns density show />
            <ListNotices list backend />
            <live::LiveChanges query shown on_show=Callback::new(move |()| list.retry()) />
            {tools::tool(tools, move |t| (t.selection_bar)(query.into(), rows.into(), total))}
            {tools::tool(tools, move |t| (t.bulk_actions)(Callback::new(move |()| list.retry())))}

            <CustomerTable rows columns=columns.visible(features) query=query loading=list.loading on_sort
                compact=Signal::derive(move || density.is_compact()) />

            <Show when=empty>
                <div class="empty-state">
                    <p>{i18n.text("list-no-match")}</p>
                    <button type="button" class="button" on:click=clear>{i18n.text("list-clear-all")}</button>
                </div>
            </Show>

            <Pagination query=query last_page status on_change=show has_next />
        </section>
    }
}
