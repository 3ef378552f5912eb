//! The "Filters" form for an API with membership data instead of NData filters (DealPOS):
//! the sign-up outlet and a join-date range. "Apply filters" makes one new list URL.

use crate::i18n::use_i18n;
use customer_desk_domain::i18n::Text;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

#[component]
pub fn MembershipFilterPanel(#[prop(into)] query: Signal<ListQuery>, on_apply: Callback<ListQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let read = move |parameter: &str| query.with_untracked(|q| q.filter(parameter).unwrap_or_default().to_owned());
    let outlet = RwSignal::new(read("Outlet"));
    let from = RwSignal::new(read("From"));
    let to = RwSignal::new(read("To"));
    let error = RwSignal::new(None::<Text>);
    Effect::new(move |_| {
        query.track();
        outlet.set(read("Outlet"));
        from.set(read("From"));
        to.set(read("To"));
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (start, end) = (from.get_untracked(), to.get_untracked());
        // Dates from a date input are YYYY-MM-DD, so text order is date order.
        if !start.is_empty() && !end.is_empty() && start > end {
            error.set(Some(Text::new("filters-error-joined-order")));
            return;
        }
        error.set(None);
        let mut next = query.get_untracked();
        for (parameter, value) in [("Outlet", outlet.get_untracked()), ("From", start), ("To", end)] {
            next.set_filter(parameter, Some(value.trim().to_owned()));
        }
        on_apply.run(next);
    };

    view! {
        <form id="filter-panel" class="filter-panel" aria-label=i18n.text("filters-title") novalidate on:submit=submit>
            <div class="filter-panel__grid">
                <div class="field">
                    <label for="filter-outlet">{i18n.text("filters-field-outlet")}</label>
                    <input id="filter-outlet" type="text" autocomplete="off" bind:value=outlet />
                    <p class="field__hint">{i18n.text("filters-outlet-hint")}</p>
                </div>
                <div class="field">
                    <label for="filter-joined-from">{i18n.text("filters-field-joined-from")}</label>
                    <input id="filter-joined-from" type="date" bind:value=from />
                    <crate::components::date_reading::DateReading value=from id="filter-joined-from-reading".to_owned() />
                </div>
                <div class="field" class:field--invalid=move || error.get().is_some()>
                    <label for="filter-joined-to">{i18n.text("filters-field-joined-to")}</label>
                    <input id="filter-joined-to" type="date" bind:value=to
                        aria-invalid=move || error.get().map(|_| "true")
                        aria-describedby=move || error.get().map(|_| "filter-joined-to-error") />
                    <crate::components::date_reading::DateReading value=to id="filter-joined-to-reading".to_owned() />
                    {move || error.get().map(|message| view! { <p class="field__error" id="filter-joined-to-error">{i18n.render(&message)}</p> })}
                </div>
            </div>
            <div class="form__actions">
                <button type="submit" class="button button--primary">{i18n.text("filters-apply")}</button>
            </div>
        </form>
    }
}
