//! What the list says above its rows: that they are shown as last seen (offline), why they
//! could not be loaded (with Retry), and that a search could not look at every customer.

use super::loader::ListLoad;
use crate::api::ApiError;
use crate::i18n::{I18n, use_i18n};
use customer_desk_domain::config::Backend;
use customer_desk_domain::list::query::filter_spec;
use customer_desk_domain::list::search::{LOCAL_LIMIT, plan};
use leptos::prelude::*;

#[component]
pub fn ListNotices(list: ListLoad, backend: Backend) -> impl IntoView {
    let i18n = use_i18n();
    let shown = list.shown;
    view! {
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
            let word = plan(&search, backend).map(|plan| plan.server_text).unwrap_or(search);
            view! {
                <p class="notice notice--warning" role="status">
                    {move || i18n.tr_with("list-search-incomplete", &[("limit", crate::format::number(i18n.locale(), f64::from(LOCAL_LIMIT)).into()), ("word", word.clone().into())])}
                </p>
            }
        })}
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
