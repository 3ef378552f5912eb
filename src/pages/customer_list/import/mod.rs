//! "Import CSV": the button, and the dialog "Import customers" behind it. Most visits never
//! import, so the dialog is not among the list's tools: it is in the chunk of the writes
//! made outside the form (`crate::chunk`), with the sender of edits saved offline and the
//! bulk actions, as all need the writer (a chunk of its own would split the chunks they
//! share with the form and the detail page into many more small ones, one request each). It comes when the browser
//! is idle, at low priority; on a slow link or a metered connection only when the user
//! points at, focuses or presses the button.

mod dialog;
mod existing;
mod mapping;
mod run;

use crate::chunk::{ChunkNotLoaded, OnDemand};
use crate::i18n::use_i18n;
use crate::pages::customer_list::tools::NotLoaded;
use leptos::prelude::*;

/// The dialog's constructor, which lives in the chunk.
type ShowDialog = fn(Callback<()>, RwSignal<bool>) -> AnyView;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(writes, wasm_split_path = ::leptos::wasm_split, fallible))]
fn import_dialog() -> Result<ShowDialog, ChunkNotLoaded> {
    Ok(|on_done, open| view! { <dialog::ImportDialog on_done open /> }.into_any())
}

#[component]
pub fn CsvImport(
    /// Called after an import changed customers, so the list shows them.
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let auth = crate::auth::use_auth();
    let open = RwSignal::new(false);
    let code = OnDemand::<ShowDialog>::new(|| Box::pin(async { crate::chunk::split_call!(import_dialog()) }));
    let may_import = move || {
        auth.can(customer_desk_domain::session::Right::CustomerCreate) || auth.can(customer_desk_domain::session::Right::CustomerUpdate)
    };
    let on_press = move |_| {
        code.fetch(false);
        open.set(true);
    };
    view! {
        <button type="button" class="button" on:click=on_press disabled=move || !may_import()
            on:pointerover=move |_| code.fetch(false) on:focus=move |_| code.fetch(false) on:touchstart=move |_| code.fetch(false)
            aria-busy=move || (open.get() && code.get().is_none()).then_some("true")
            aria-describedby=move || (!may_import()).then_some("import-right-hint")>{i18n.text("import-open")}</button>
        <Show when=move || !may_import()>
            <span class="field__hint" id="import-right-hint">{i18n.text("import-needs-right")}</span>
        </Show>
        {move || match code.get() {
            Some(Ok(show)) => Some(show(on_done, open)),
            // Only a press says so: a fetch ahead that failed is tried again by the next one.
            Some(Err(ChunkNotLoaded)) if open.get() => Some(view! { <NotLoaded message="import-not-loaded" retry=move || code.fetch(false) /> }.into_any()),
            _ => None,
        }}
    }
}
