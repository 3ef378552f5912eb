//! `/customers`: the URL is the state. Every change (search, filters, sort, page, page
//! size) is a navigation to a new query string; the page derives the query from the URL
//! and loads exactly that, so reload, shared links, Back and Forward all show the same view.

mod bulk;
mod column_chooser;
pub mod columns;
mod export;
mod filter_chips;
mod filter_panel;
mod import;
pub mod keys;
mod live;
mod loader;
mod membership_filter_panel;
mod pagination;
mod saved_views;
mod search_box;
pub mod selection;
mod table;
mod tools;

use crate::api::ApiError;
use crate::api::customers::Features;
use crate::i18n::{I18n, use_i18n};
use crate::routes::{list_href, list_query_from};
use columns::HiddenColumns;
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::list::query::{ListQuery, filter_spec, range_status};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use loader::{has_page_after, total_for};
use pagination::Pagination;
use search_box::SearchBox;
use table::CustomerTable;

/// The toolbar panel that is open; one at a time, so their labels never clash.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Panel {
    Filters,
    Columns,
}

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
    let search = Signal::derive(move || query.with(|q| q.search.clone()));
    let columns = HiddenColumns::load();
    let density = columns::Density::load(expect_context::<crate::auth::Auth>().user_name());
    let features = expect_context::<Features>();
    let open = RwSignal::new(None::<Panel>);
    let filter_count = move || query.with(|q| q.filters.len());

    let on_search = Callback::new(move |text: String| {
        let current = query.get_untracked();
        if current.search != text.trim() {
            show.run(current.with_search(&text));
        }
    });
    let on_sort = Callback::new(move |(property, add): (&'static str, bool)| {
        show.run(query.get_untracked().toggle_sort(property, add));
    });
    let on_filters = Callback::new(move |next: ListQuery| {
        open.set(None);
        show.run(next);
    });
    let clear = move |_| show.run(ListQuery { sort: query.get_untracked().sort, ..ListQuery::new(default_size) });
    let toggle = move |panel: Panel| open.update(|open| *open = if *open == Some(panel) { None } else { Some(panel) });
    // `[` and `]`: the pages the pagination's buttons would go to, when they are enabled.
    keys::listen(Callback::new(move |step: i64| {
        let current = query.get_untracked();
        let page = current.page.checked_add_signed(step).filter(|page| *page >= 1);
        if let Some(page) = page.filter(|_| step < 0 || has_next.get_untracked()) {
            show.run(current.with_page(page));
        }
    }));

    // "New customer" about to be used: the form's code comes now.
    let preload_form = || crate::pages::lazy::preload_on_intent(crate::pages::lazy::LazyPage::Create);
    view! {
        <section class="list-page">
            <div class="page-header">
                <h1 id="customers-heading" tabindex="-1">{i18n.text("list-title")}</h1>
                // How many match, beside the heading: the pager's range is at the bottom.
                <span class="page-header__count">{move || shown.with(|s| s.as_ref().and_then(|s| s.page.total)).map(|total| {
                    i18n.tr_with("list-count", &[("count", total.into()), ("formatted", crate::format::number(i18n.locale(), total as f64).into())])
                })}</span>
                <A href="/customers/new" attr:class="button button--primary" on:pointerenter=move |_| preload_form()
                    on:focus=move |_| preload_form() on:touchstart=move |_| preload_form()>
                    {i18n.text("list-new-customer")}
                </A>
            </div>
            <div class="toolbar">
                <SearchBox value=search on_search />
                {tools::tool(tools, |t| (t.camera_scan)())}
                <button type="button" class="button" aria-controls="filter-panel"
                    aria-expanded=move || (open.get() == Some(Panel::Filters)).to_string()
                    on:click=move |_| toggle(Panel::Filters)>
                    {i18n.text("list-filters")}
                    <Show when=move || { filter_count() > 0 }>
                        <span class="count-badge" aria-hidden="true">{move || crate::format::number(i18n.locale(), filter_count() as f64)}</span>
                    </Show>
                </button>
                <button type="button" class="button" aria-controls="column-chooser"
                    aria-expanded=move || (open.get() == Some(Panel::Columns)).to_string()
                    on:click=move |_| toggle(Panel::Columns)>{i18n.text("list-columns")}</button>
                {tools::tool(tools, move |t| (t.saved_views)(query.into()))}
                {tools::tool(tools, move |t| (t.csv_export)(query.into()))}
                {tools::tool(tools, move |t| (t.csv_import)(Callback::new(move |()| list.retry())))}
            </div>
            <tools::ToolsNotLoaded tools />
            <Show when=move || open.get() == Some(Panel::Filters)>
                {tools::tool(tools, move |t| (t.filter_panel)(query.into(), on_filters))}
            </Show>
            <Show when=move || open.get() == Some(Panel::Columns)>
                {tools::tool(tools, move |t| (t.column_chooser)(columns, density))}
            </Show>
            {tools::tool(tools, move |t| (t.filter_chips)(query.into(), show))}

            {move || shown.with(|s| s.as_ref().and_then(|s| s.as_of.map(|at| (at, s.partial)))).map(|(at, partial)| view! {
                <crate::components::held_mark::HeldMark at partial />
            })}
            {move || list.error.get().map(|err| view! {
                <div class="notice notice--error" role="alert">
                    <span>{move || describe(i18n, &err)}</span>
                    <button type="button" class="button" on:click=move |_| list.retry()>{i18n.text("list-retry")}</button>
                </div>
            })}

            {move || shown.with(|s| s.as_ref().filter(|s| s.page.search_incomplete).map(|s| s.query.search.clone())).map(|search| {
                let word = customer_desk_domain::list::search::plan(&search, backend).map(|plan| plan.server_text).unwrap_or(search);
                view! {
                    <p class="notice notice--warning" role="status">
                        {move || i18n.tr_with("list-search-incomplete", &[("limit", crate::format::number(i18n.locale(), f64::from(customer_desk_domain::list::search::LOCAL_LIMIT)).into()), ("word", word.clone().into())])}
                    </p>
                }
            })}
            <live::LiveChanges query shown on_show=Callback::new(move |()| list.retry()) />
            {tools::tool(tools, move |t| (t.selection_bar)(query.into(), rows.into(), Signal::derive(move || shown.with(|s| s.as_ref().and_then(|s| s.page.total)))))}
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

/// The error as the list shows it; a refused filter is named as the panel names it.
fn describe(i18n: I18n, error: &ApiError) -> String {
    match error {
        ApiError::Validation { errors, .. } if !errors.is_empty() => {
            let named: Vec<String> = errors
                .iter()
                .map(|e| {
                    let name = filter_spec(&e.member_name).map_or_else(|| e.member_name.clone(), |spec| i18n.render(&spec.label()));
                    let message = e.text.as_ref().map_or_else(|| e.message.clone(), |text| i18n.render(text));
                    i18n.tr_with("list-field-error", &[("field", name.into()), ("message", message.into())])
                })
                .collect();
            i18n.tr_with("list-load-failed", &[("errors", named.join("; ").into())])
        }
        // Offline, a page not seen in this session cannot be shown.
        ApiError::Unreachable if crate::api::connectivity::is_offline() => i18n.tr("list-not-held"),
        other => i18n.render(&other.text()),
    }
}
