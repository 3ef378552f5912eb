//! The list's tools that its rows do not need: saved views, CSV export and import, the
//! filter panels and chips, the column chooser, the selection bar and the bulk actions.
//! They are a wasm chunk of their own (`crate::chunk`), fetched once the first rows are on
//! screen, so the rows never wait for them. Each tool shows once the chunk is in; if it cannot be fetched, an alert says so
//! with Retry, and the rows, Search, paging and sorting work meanwhile.

use super::bulk::BulkActions;
use super::column_chooser::ColumnChooser;
use super::columns::{Density, HiddenColumns};
use super::export::CsvExport;
use super::filter_chips::FilterChips;
use super::filter_panel::FilterPanel;
use super::import::CsvImport;
use super::membership_filter_panel::MembershipFilterPanel;
use super::saved_views::SavedViewsMenu;
use crate::chunk::ChunkNotLoaded;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

/// The bar that offers "Select all <N> matching": the query, the page's customers, the total.
type SelectionBar = fn(Signal<ListQuery>, Signal<Vec<Customer>>, Signal<Option<u64>>) -> AnyView;

/// The tools' constructors, which live in the chunk.
#[derive(Clone, Copy)]
pub struct ListTools {
    pub saved_views: fn(Signal<ListQuery>) -> AnyView,
    pub csv_export: fn(Signal<ListQuery>) -> AnyView,
    pub csv_import: fn(Callback<()>) -> AnyView,
    pub bulk_actions: fn(Callback<()>) -> AnyView,
    /// PORTOS's filters, or DealPOS's membership filters.
    pub filter_panel: fn(Signal<ListQuery>, Callback<ListQuery>) -> AnyView,
    pub filter_chips: fn(Signal<ListQuery>, Callback<ListQuery>) -> AnyView,
    pub column_chooser: fn(HiddenColumns, Density) -> AnyView,
    pub selection_bar: SelectionBar,
    /// "Scan card" with the camera, where the browser can.
    pub camera_scan: fn() -> AnyView,
}

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(list_tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn list_tools() -> Result<ListTools, ChunkNotLoaded> {
    Ok(ListTools {
        saved_views: |query| view! { <SavedViewsMenu query /> }.into_any(),
        csv_export: |query| view! { <CsvExport query /> }.into_any(),
        csv_import: |on_done| view! { <CsvImport on_done /> }.into_any(),
        bulk_actions: |on_done| view! { <BulkActions on_done /> }.into_any(),
        filter_chips: |query, on_change| view! { <FilterChips query on_change /> }.into_any(),
        column_chooser: |columns, density| view! { <ColumnChooser columns density /> }.into_any(),
        selection_bar: |query, rows, total| view! { <super::selection::SelectionBar query rows total /> }.into_any(),
        camera_scan: || view! { <crate::components::camera_scan::CameraScanButton /> }.into_any(),
        filter_panel: |query, on_apply| {
            if expect_context::<crate::api::customers::Features>().membership {
                view! { <MembershipFilterPanel query on_apply /> }.into_any()
            } else {
                view! { <FilterPanel query on_apply /> }.into_any()
            }
        },
    })
}

/// The tools' chunk: `None` until it has been asked for and has answered.
///
/// Not a `LocalResource` keyed on "rows shown": when the list is mounted again with its
/// rows in the cache, the rows show within the resource's first tick, and reactive_graph's
/// async derived then resolves its first, stale future (rows not shown: no tools) and drops
/// the change, so the tools never came back after a customer had been opened.
#[derive(Clone, Copy)]
pub struct Tools(RwSignal<Option<Result<ListTools, ChunkNotLoaded>>>);

impl Tools {
    fn fetch(self) {
        leptos::task::spawn_local(async move {
            // On a slow link the detail page's code, fetched at the same moment, goes first:
            // opening a customer should not wait behind the tools' 120 KB.
            let loaded = if crate::timing::link_is_slow() {
                crate::chunk::at_low_priority(async { crate::chunk::split_call!(list_tools()) }).await
            } else {
                crate::chunk::split_call!(list_tools())
            };
            // The list may have been left meanwhile.
            let _ = self.0.try_set(Some(loaded));
        });
    }

    /// Fetches the chunk again after a failure.
    pub fn retry(self) {
        self.0.set(None);
        self.fetch();
    }
}

/// Fetches the tools once `after` is true (once per list page; a chunk already in is not
/// fetched again).
pub fn load(after: Memo<bool>) -> Tools {
    let tools = Tools(RwSignal::new(None));
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) {
            return true;
        }
        let go = after.get();
        if go {
            tools.fetch();
        }
        go
    });
    tools
}

/// One tool, once the chunk is in.
pub fn tool(tools: Tools, show: impl Fn(ListTools) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    move || tools.0.get().and_then(Result::ok).map(&show)
}

/// The alert, with Retry, when the tools could not be fetched.
#[component]
pub fn ToolsNotLoaded(tools: Tools) -> impl IntoView {
    move || {
        matches!(tools.0.get(), Some(Err(ChunkNotLoaded)))
            .then(|| view! { <NotLoaded message="list-tools-not-loaded" retry=move || tools.retry() /> })
    }
}

/// Says that a part of the list could not be fetched (`message`), with Retry.
#[component]
pub fn NotLoaded(message: &'static str, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="notice notice--error" role="alert">
            <span>{i18n.text(message)}</span>
            <button type="button" class="button" on:click=move |_| retry()>{i18n.text("list-retry")}</button>
        </div>
    }
}
