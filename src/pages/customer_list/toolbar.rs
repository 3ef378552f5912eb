//! The list's toolbar: Search, the tools (scan, saved views, export, import), and the
//! Filters and Columns buttons with the panel each opens, one at a time, and the chips of
//! the filters applied.

use super::columns::{Density, HiddenColumns};
use super::loader::ListLoad;
use super::search_box::SearchBox;
use super::tools::{self, Tools};
use crate::i18n::use_i18n;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

/// The toolbar panel that is open; one at a time, so their labels never clash.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Panel {
    Filters,
    Columns,
}

#[component]
pub fn ListToolbar(
    query: Memo<ListQuery>,
    list: ListLoad,
    tools: Tools,
    columns: HiddenColumns,
    density: Density,
    /// Shows another view of the list (a navigation).
    show: Callback<ListQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(None::<Panel>);
    let toggle = move |panel: Panel| open.update(|open| *open = if *open == Some(panel) { None } else { Some(panel) });
    let filter_count = move || query.with(|q| q.filters.len());
    let search = Signal::derive(move || query.with(|q| q.search.clone()));
    let on_search = Callback::new(move |text: String| {
        let current = query.get_untracked();
        if current.search != text.trim() {
            show.run(current.with_search(&text));
        }
    });
    let on_filters = Callback::new(move |next: ListQuery| {
        open.set(None);
        show.run(next);
    });
    view! {
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
    }
}
