//! The import itself: rows in batches whose existing customers (by External ID) are looked
//! up with one request, each row then created, updated (its own object, patched in the
//! mapped fields) or skipped when it changes nothing, a few requests in flight, Cancel
//! before the next one; failed rows are kept with their reasons for "Download failed rows".

use super::existing::{self, Existing};
use crate::api::ApiError;
use crate::api::customers::Features;
use crate::api::pace::paced;
use crate::customers::Customers;
use crate::i18n::use_i18n;
use customer_desk_domain::csv::import::{LOOKUP_BATCH, Plan, RowMatch, Target, apply_row, failed_rows_csv, may_create, resolve, row_match};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::i18n::catalog;
use customer_desk_domain::list::bulk::IN_FLIGHT;
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
    /// Rows not sent because another row of the file was for the same customer.
    pub duplicates: usize,
    /// Rows not sent because they match existing customers.
    pub existing: usize,
    pub failed: usize,
    /// Rows not reached when the import was cancelled.
    pub not_reached: usize,
    pub total: usize,
    /// Each failed row (its index) and why, shown in the dialog as well as in the file.
    pub failures: Vec<(usize, String)>,
    /// A `blob:` URL of the failed rows as CSV, when any failed.
    pub failed_file: Option<String>,
}

enum Job {
    Create(Customer),
    Update(Customer),
}

/// The file to import: its header and rows, which column fills what, and each row's plan.
pub struct ImportJob {
    pub header: Vec<String>,
    pub rows: Rc<Vec<Vec<String>>>,
    pub mapping: Vec<Option<Target>>,
    pub plans: Vec<Plan>,
    /// The rows found to match existing customers so far, and what to do with them.
    pub existing: Existing,
}

pub async fn import_rows(
    customers: Customers,
    features: Features,
    job: ImportJob,
    stop: Stop,
    progress: impl Fn(usize) + 'static,
) -> Finished {
    let ImportJob { header, rows, mapping, plans, mut existing } = job;
    let locale = crate::api::http::language();
    let messages = catalog(locale);
    let column_name = |column: Option<usize>| column.and_then(|c| header.get(c)).cloned();
    let in_flight = if features.rate_limited { 1 } else { IN_FLIGHT };
    let mut finished = Finished {
        created: 0,
        updated: 0,
        skipped: 0,
        duplicates: 0,
        existing: 0,
        failed: 0,
        not_reached: 0,
        total: rows.len(),
        failures: Vec::new(),
        failed_file: None,
    };
    let mut failed_rows: Vec<(Vec<String>, String)> = Vec::new();
    let mut fail = |finished: &mut Finished, index: usize, reason: String| {
        failed_rows.push((rows[index].clone(), reason.clone()));
        finished.failures.push((index, reason));
        finished.failed += 1;
    };
    // The customer each updated row was for, so no two rows ever write one customer.
    let mut written: HashMap<String, usize> = HashMap::new();
    let mut handled = 0;
    let indexed: Vec<usize> = (0..rows.len()).collect();
    for batch in indexed.chunks(LOOKUP_BATCH) {
        if stop.0.get() {
            finished.not_reached += batch.len();
            continue;
        }
        let mut sent: Vec<usize> = batch.iter().copied().filter(|&i| plans.get(i).is_some_and(Plan::is_sent)).collect();
        finished.duplicates += batch.len() - sent.len();
        handled += batch.len() - sent.len();
        // Rows the preview's check had not reached are checked now; a row that may create
        // is not sent unchecked.
        let unchecked = |index: &usize| *index >= existing.checked && may_create(&row_match(&rows[*index], &mapping));
        if sent.iter().any(unchecked) {
            match existing::check(customers, &rows, &mapping, sent.iter().copied().filter(unchecked)).await {
                Ok(found) => existing.matches.extend(found.into_iter().map(|(index, row)| (index, row.ids()))),
                Err(err) => {
                    let reason = messages.format("import-error-existing-unchecked", &[("reason", messages.render(&err.text()).into())]);
                    for index in sent.iter().copied().filter(unchecked) {
                        fail(&mut finished, index, reason.clone());
                        handled += 1;
                    }
                    sent.retain(|index| !unchecked(index));
                }
            }
        }
        // How each row finds its customer, once the choices about existing ones are made.
        let mut found_by: HashMap<usize, RowMatch> = HashMap::new();
        for &index in &sent {
            let matched = existing.matches.get(&index).map(Vec::as_slice).unwrap_or_default();
            let choice = existing.choices.get(&index).cloned().unwrap_or_default();
            match resolve(row_match(&rows[index], &mapping), matched, existing.rule, &choice) {
                Some(row_match) => {
                    found_by.insert(index, row_match);
                }
                None => {
                    finished.existing += 1;
                    handled += 1;
                }
            }
        }
        sent.retain(|index| found_by.contains_key(index));
        let external_ids: Vec<String> = sent
            .iter()
            .filter_map(|i| match &found_by[i] {
                RowMatch::ExternalId(id) => Some(id.clone()),
                _ => None,
            })
            .collect();
        let by_external_id: HashMap<String, Customer> = if external_ids.is_empty() {
            HashMap::new()
        } else {
            match paced(|| async { customers.by_external_ids(&external_ids).await }).await {
                Ok(found) => found.into_iter().filter_map(|c| c.external_id.clone().map(|id| (id, c))).collect(),
                Err(err) => {
                    let reason = messages.render(&err.text());
                    for &index in &sent {
                        fail(&mut finished, index, reason.clone());
                    }
                    handled += sent.len();
                    progress(handled);
                    continue;
                }
            }
        };
        // Rows naming their customer's id: each read whole, a few at a time.
        let mut by_id: HashMap<usize, Result<Customer, ApiError>> = futures::stream::iter(sent.iter().copied())
            .filter_map(|index| {
                let wanted = match &found_by[&index] {
                    RowMatch::Id(id) => Some(id.clone()),
                    _ => None,
                };
                async move { wanted.map(|id| (index, id)) }
            })
            .map(|(index, id)| async move { (index, paced(|| async { customers.get(&id).await }).await) })
            .buffer_unordered(in_flight)
            .collect()
            .await;
        let mut jobs = Vec::new();
        for index in sent {
            let row = &rows[index];
            let onto = match found_by.remove(&index).unwrap_or(RowMatch::New) {
                RowMatch::Id(id) => match by_id.remove(&index) {
                    Some(Ok(customer)) => Some(customer),
                    Some(Err(ApiError::NotFound { .. })) | None => {
                        fail(&mut finished, index, messages.format("import-error-no-id", &[("id", id.into())]));
                        handled += 1;
                        continue;
                    }
                    Some(Err(err)) => {
                        fail(&mut finished, index, messages.render(&reason(&err)));
                        handled += 1;
                        continue;
                    }
                },
                RowMatch::ExternalId(id) => by_external_id.get(&id).cloned(),
                RowMatch::New => None,
            };
            if let Some(customer) = &onto {
                if let Some(&other) = written.get(&customer.id) {
                    fail(&mut finished, index, messages.format("import-error-same-customer", &[("row", (other + 2).into())]));
                    handled += 1;
                    continue;
                }
                written.insert(customer.id.clone(), index);
            }
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
                    fail(&mut finished, index, reason);
                    handled += 1;
                }
                Ok(prepared) if is_update && !prepared.changed => {
                    finished.skipped += 1;
                    handled += 1;
                }
                Ok(prepared) if is_update => jobs.push((index, Job::Update(prepared.customer))),
                Ok(prepared) => jobs.push((index, Job::Create(prepared.customer))),
            }
        }
        progress(handled);
        let mut sending = futures::stream::iter(jobs)
            .map(|(index, job)| {
                let stop = stop.clone();
                async move {
                    if stop.0.get() {
                        return (index, None);
                    }
                    let result = match &job {
                        Job::Create(customer) => paced(|| async { customers.create(customer).await }).await.map(|_| true),
                        Job::Update(customer) => paced(|| async { customers.update(customer).await }).await.map(|_| false),
                    };
                    (index, Some(result))
                }
            })
            .buffer_unordered(in_flight);
        while let Some((index, result)) = sending.next().await {
            let reached = result.is_some();
            match result {
                None => finished.not_reached += 1,
                Some(Ok(true)) => finished.created += 1,
                Some(Ok(false)) => finished.updated += 1,
                Some(Err(err)) => fail(&mut finished, index, messages.render(&reason(&err))),
            }
            if reached {
                handled += 1;
                progress(handled);
            }
        }
    }
    finished.failures.sort_by_key(|(index, _)| *index);
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

/// How many failed rows the dialog lists; the file has them all.
const FAILURES_SHOWN: usize = 10;

/// The counts, the failed rows with their reasons, and "Download failed rows" when any failed.
#[component]
pub fn Outcome(finished: Finished) -> impl IntoView {
    let i18n = use_i18n();
    let counts = [("created", finished.created), ("updated", finished.updated), ("failed", finished.failed), ("skipped", finished.skipped)];
    let cancelled = finished.not_reached > 0;
    let duplicates = finished.duplicates;
    let existing = finished.existing;
    let (done, total) = (finished.total - finished.not_reached, finished.total);
    let file_name = format!("failed-rows-{}.csv", crate::format::today());
    let more = finished.failures.len().saturating_sub(FAILURES_SHOWN);
    let failures: Vec<(usize, String)> = finished.failures.into_iter().take(FAILURES_SHOWN).collect();
    view! {
        <div class="notice notice--stacked" role="status">
            <p>{move || i18n.tr_with("import-result", &counts.map(|(name, n)| (name, n.into())))}</p>
            {(duplicates > 0).then(|| view! { <p>{move || i18n.tr_with("import-result-duplicates", &[("count", duplicates.into())])}</p> })}
            {(existing > 0).then(|| view! { <p>{move || i18n.tr_with("import-result-existing", &[("count", existing.into())])}</p> })}
            {cancelled.then(|| view! { <p>{move || i18n.tr_with("import-result-cancelled", &[("done", done.into()), ("total", total.into())])}</p> })}
            {(!failures.is_empty()).then(|| view! {
                <h3 class="bulk__heading">{i18n.text("import-failed-heading")}</h3>
                <ul class="bulk__failures">
                    {failures.into_iter().map(|(index, reason)| view! {
                        <li>{move || i18n.tr_with("import-failed-row", &[("row", (index + 2).into()), ("reason", reason.clone().into())])}</li>
                    }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{move || i18n.tr_with("import-failed-more", &[("count", more.into())])}</p> })}
            })}
            {finished.failed_file.map(|url| view! {
                <a class="button" href=url download=file_name>{i18n.text("import-download-failed")}</a>
            })}
        </div>
    }
}
