//! "Export CSV": every customer matching the list's search, filters and sort (not just the
//! page on screen), fetched in pages of 500 with a progress bar and Cancel, then saved as
//! `customers-YYYY-MM-DD.csv` through a Blob URL.
//!
//! Each page is turned into CSV text at once and handed to JavaScript as one string, so
//! the wasm heap holds one page at a time; the Blob joins the parts.
//!
//! The controls and messages follow the user's language; the file does not: its header
//! and values stay English ([`csv_export::HEADER`]) so files from any user line up and
//! re-import the same.

use crate::api::ApiError;
use crate::auth::use_auth;
use crate::customers::Customers;
use crate::i18n::use_i18n;
use customer_desk_domain::csv::export::{self as csv, export_page, needs_more};
use customer_desk_domain::i18n::catalog;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{AbortController, AbortSignal};

/// The media type of the exported file.
pub const CSV_TYPE: &str = "text/csv;charset=utf-8";

/// Customers written so far and the total once the first page has told it.
type Progress = Option<(u64, Option<u64>)>;

#[component]
pub fn CsvExport(#[prop(into)] query: Signal<ListQuery>) -> impl IntoView {
    let auth = use_auth();
    let customers = Customers::use_context();
    let i18n = use_i18n();
    let progress = RwSignal::new(None as Progress);
    let error = RwSignal::new(None::<ApiError>);
    let controller = StoredValue::new_local(None::<AbortController>);

    let cancel = move || {
        if let Some(controller) = controller.try_update_value(Option::take).flatten() {
            controller.abort();
        }
        progress.try_set(None);
    };
    // Leaving the list stops the export too.
    on_cleanup(cancel);
    // An error is about the export of the list it was asked for.
    Effect::watch(move || query.track(), move |_, _, _| error.set(None), false);

    let start = move |_| {
        let Ok(abort) = AbortController::new() else { return };
        let signal = abort.signal();
        cancel();
        controller.set_value(Some(abort));
        error.set(None);
        progress.set(Some((0, None)));
        let query = query.get_untracked();
        leptos::task::spawn_local(async move {
            let result = fetch_all(customers, &query, &signal, progress).await;
            // Cancelled or left: this export is over and nothing is downloaded.
            if signal.aborted() {
                return;
            }
            controller.try_set_value(None);
            progress.try_set(None);
            let outcome = result.and_then(|parts| {
                crate::download::save(&parts, CSV_TYPE, &csv::file_name(crate::format::today()))
                    .map_err(|_| ApiError::UnexpectedResponse { detail: catalog(i18n.locale_untracked()).text("list-export-refused") })
            });
            match outcome {
                Ok(()) | Err(ApiError::Aborted) => {}
                Err(err) => {
                    auth.end_if_unauthenticated(&err);
                    error.try_set(Some(err));
                }
            }
        });
    };

    let running = move || progress.with(Option::is_some);
    let value = move || progress.get().and_then(|(done, total)| total.map(|_| done.to_string()));
    let max = move || progress.get().and_then(|(_, total)| total.map(|total| total.max(1).to_string()));
    let text = move || {
        let number = |n: u64| crate::format::number(i18n.locale(), n as f64);
        match progress.get() {
            Some((done, Some(total))) => i18n.tr_with(
                "list-export-done-of-total",
                &[("done", number(done).into()), ("total", number(total).into()), ("count", total.into())],
            ),
            Some((done, None)) if done > 0 => i18n.tr_with("list-export-done", &[("done", number(done).into()), ("count", done.into())]),
            _ => i18n.tr("list-export-starting"),
        }
    };
    let failure = move || error.get().map(|err| i18n.tr_with("list-export-failed", &[("reason", i18n.render(&err.text()).into())]));

    view! {
        <div class="csv-export">
            <button type="button" class="button" on:click=start disabled=running>{i18n.text("list-export")}</button>
            <Show when=running>
                <progress aria-label=i18n.text("list-export-progress") value=value max=max></progress>
                <span class="csv-export__text">{text}</span>
                <button type="button" class="button" on:click=move |_| cancel()>{i18n.text("list-export-cancel")}</button>
            </Show>
            {move || failure().map(|message| view! {
                <p class="csv-export__error" role="alert">{message}</p>
            })}
        </div>
    }
}

/// Every page of `query` as CSV text parts, the header first.
async fn fetch_all(
    customers: Customers,
    query: &ListQuery,
    signal: &AbortSignal,
    progress: RwSignal<Progress>,
) -> Result<js_sys::Array, ApiError> {
    let parts = js_sys::Array::new();
    parts.push(&JsValue::from_str(&csv::header()));
    let (mut page, mut fetched) = (1, 0);
    loop {
        // A fresh endpoint per page picks up a token refreshed during a long export.
        let result = customers.read_through(&export_page(query, page), Some(signal.clone())).await?;
        if signal.aborted() {
            return Err(ApiError::Aborted);
        }
        let text: String = result.items.iter().map(csv::customer_record).collect();
        parts.push(&JsValue::from_str(&text));
        fetched += result.items.len() as u64;
        let total = result.total;
        progress.try_set(Some((fetched, total)));
        if !needs_more(fetched, total, result.items.len()) {
            return Ok(parts);
        }
        page += 1;
    }
}
