//! The import itself: rows in batches whose existing customers (by External ID) are looked
//! up with one request, each row then created, updated (its own object, patched in the
//! mapped fields) or skipped when it changes nothing, a few requests in flight, Cancel
//! before the next one; failed rows are kept with their reasons for "Download failed rows".

use crate::api::ApiError;
use crate::api::customers::{self, Features};
use crate::api::pace::paced;
use crate::auth::Auth;
use crate::i18n::use_i18n;
use customer_desk_domain::bulk::IN_FLIGHT;
use customer_desk_domain::csv_import::{LOOKUP_BATCH, Target, apply_row, external_id, failed_rows_csv};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::i18n::catalog;
use futures::StreamExt;
use leptos::prelude::*;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Default)]
pub struct Stop(Rc<Cell<bool>>);

impl Stop {
    pub fn stop(&self) {
        self.0.set(true);
    }
}

/// How an import ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    pub created: usize,
    pub updated: usize,
    pub skipped: usize,
    pub failed: usize,
    /// Rows not reached when the import was cancelled.
    pub not_reached: usize,
    pub total: usize,
    /// A `blob:` URL of the failed rows as CSV, when any failed.
    pub failed_file: Option<String>,
}

enum Job {
    Create(Customer),
    Update(Customer),
}

pub async fn import_rows(
    auth: Auth,
    features: Features,
    header: Vec<String>,
    rows: Rc<Vec<Vec<String>>>,
    mapping: Vec<Option<Target>>,
    stop: Stop,
    progress: impl Fn(usize) + 'static,
) -> Finished {
    let locale = crate::api::http::language();
    let messages = catalog(locale);
    let column_name = |column: Option<usize>| column.and_then(|c| header.get(c)).cloned();
    let in_flight = if features.rate_limited { 1 } else { IN_FLIGHT };
    let mut finished = Finished { created: 0, updated: 0, skipped: 0, failed: 0, not_reached: 0, total: rows.len(), failed_file: None };
    let mut failed_rows: Vec<(Vec<String>, String)> = Vec::new();
    let mut handled = 0;
    for batch in rows.chunks(LOOKUP_BATCH) {
        if stop.0.get() {
            finished.not_reached += batch.len();
            continue;
        }
        let ids: Vec<String> = batch.iter().filter_map(|row| external_id(row, &mapping)).collect();
        let existing: HashMap<String, Customer> = if ids.is_empty() {
            HashMap::new()
        } else {
            match paced(|| async { customers::by_external_ids(&auth.endpoint(), &ids).await }).await {
                Ok(found) => found.into_iter().filter_map(|c| c.external_id.clone().map(|id| (id, c))).collect(),
                Err(err) => {
                    let reason = messages.render(&err.text());
                    for row in batch {
                        failed_rows.push((row.clone(), reason.clone()));
                    }
                    finished.failed += batch.len();
                    handled += batch.len();
                    progress(handled);
                    continue;
                }
            }
        };
        let mut jobs = Vec::new();
        for row in batch {
            let onto = external_id(row, &mapping).and_then(|id| existing.get(&id).cloned());
            let is_update = onto.is_some();
            match apply_row(row, &mapping, &onto.unwrap_or_default()) {
                Err(errors) => {
                    let reason = errors
                        .iter()
                        .map(|e| match column_name(e.column) {
                            Some(column) => format!("{column}: {}", messages.render(&e.text)),
                            None => messages.render(&e.text),
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    failed_rows.push((row.clone(), reason));
                    finished.failed += 1;
                    handled += 1;
                }
                Ok(prepared) if is_update && !prepared.changed => {
                    finished.skipped += 1;
                    handled += 1;
                }
                Ok(prepared) if is_update => jobs.push((row.clone(), Job::Update(prepared.customer))),
                Ok(prepared) => jobs.push((row.clone(), Job::Create(prepared.customer))),
            }
        }
        progress(handled);
        let mut sent = futures::stream::iter(jobs)
            .map(|(row, job)| {
                let stop = stop.clone();
                async move {
                    if stop.0.get() {
                        return (row, None);
                    }
                    let result = match &job {
                        Job::Create(customer) => paced(|| async { customers::create(&auth.endpoint(), customer).await }).await.map(|_| true),
                        Job::Update(customer) => paced(|| async { customers::update(&auth.endpoint(), customer).await }).await.map(|_| false),
                    };
                    (row, Some(result))
                }
            })
            .buffer_unordered(in_flight);
        while let Some((row, result)) = sent.next().await {
            let reached = result.is_some();
            match result {
                None => finished.not_reached += 1,
                Some(Ok(true)) => finished.created += 1,
                Some(Ok(false)) => finished.updated += 1,
                Some(Err(err)) => {
                    failed_rows.push((row, messages.render(&reason(&err))));
                    finished.failed += 1;
                }
            }
            if reached {
                handled += 1;
                progress(handled);
            }
        }
    }
    if !failed_rows.is_empty() {
        finished.failed_file = blob_url(&failed_rows_csv(&header, &failed_rows));
    }
    finished
}

fn reason(error: &ApiError) -> customer_desk_domain::i18n::Text {
    match error {
        ApiError::VersionConflict { .. } => customer_desk_domain::i18n::Text::new("bulk-conflict"),
        other => other.text(),
    }
}

fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The counts, and "Download failed rows" when any failed.
#[component]
pub fn Outcome(finished: Finished) -> impl IntoView {
    let i18n = use_i18n();
    let counts = [
        ("created", finished.created),
        ("updated", finished.updated),
        ("failed", finished.failed),
        ("skipped", finished.skipped),
    ];
    let cancelled = finished.not_reached > 0;
    let (done, total) = (finished.total - finished.not_reached, finished.total);
    let file_name = format!("failed-rows-{}.csv", crate::format::today());
    view! {
        <div class="notice notice--stacked" role="status">
            <p>{move || i18n.tr_with("import-result", &counts.map(|(name, n)| (name, n.into())))}</p>
            {cancelled.then(|| view! { <p>{move || i18n.tr_with("import-result-cancelled", &[("done", done.into()), ("total", total.into())])}</p> })}
            {finished.failed_file.map(|url| view! {
                <a class="button" href=url download=file_name>{i18n.text("import-download-failed")}</a>
            })}
        </div>
    }
}
