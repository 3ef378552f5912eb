//! "Bulk actions" on the selected customers. Most visits select nothing, so their toolbar,
//! dialogs and runs are not among the list's tools: they are in the chunk of the writes
//! made outside the form (`crate::chunk`), whose writer they need. It comes when the
//! browser is idle, at low priority; on a slow link or a metered connection when the first
//! customer is selected (the toolbar shows once it is in).

mod runner;
mod toolbar;
mod value_dialog;

use crate::chunk::{ChunkNotLoaded, OnDemand};
use crate::pages::customer_list::selection::SelectionStore;
use crate::pages::customer_list::tools::NotLoaded;
use leptos::prelude::*;

/// The toolbar's constructor, which lives in the chunk.
type ShowToolbar = fn(Callback<()>) -> AnyView;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(writes, wasm_split_path = ::leptos::wasm_split, fallible))]
fn bulk_toolbar() -> Result<ShowToolbar, ChunkNotLoaded> {
    Ok(|on_done| view! { <toolbar::BulkToolbar on_done /> }.into_any())
}

#[component]
pub fn BulkActions(
    /// Called after a run changed customers, so the list shows them as stored now.
    on_done: Callback<()>,
) -> impl IntoView {
    let selection = SelectionStore::use_context();
    let code = OnDemand::<ShowToolbar>::new(|| Box::pin(async { crate::chunk::split_call!(bulk_toolbar()) }));
    let selected = move || selection.with(|s| s.len()) > 0;
    Effect::new(move |_| {
        if selected() {
            code.fetch(false);
        }
    });
    move || match code.get() {
        Some(Ok(show)) => Some(show(on_done)),
        // Said only once a customer is selected: a fetch ahead that failed is tried again then.
        Some(Err(ChunkNotLoaded)) if selected() => {
            Some(view! { <NotLoaded message="bulk-not-loaded" retry=move || code.fetch(false) /> }.into_any())
        }
        _ => None,
    }
}
