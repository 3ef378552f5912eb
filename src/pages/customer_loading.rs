//! Loading the customer named by the route's `:id`, shared by the detail and edit pages.

use crate::api::ApiError;
use crate::auth::use_auth;
use crate::customers::Customers;
use customer_desk_domain::customer::Customer;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

pub type CustomerResource = LocalResource<Result<Customer, ApiError>>;

/// Loads `/customers/:id`'s customer again whenever the id changes; an ended session
/// sends the user to sign in. Offline, the customer as last read, and when (the signal).
pub fn customer_from_route() -> (CustomerResource, ReadSignal<Option<f64>>) {
    let auth = use_auth();
    let customers = Customers::use_context();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let (as_of, set_as_of) = signal(None::<f64>);
    let customer = LocalResource::new(move || {
        let id = id.get();
        async move {
            let (customer, held_at) = customers.get_or_held(&id).await?;
            set_as_of.try_set(held_at);
            Ok(customer)
        }
    });
    Effect::new(move |_| {
        if let Some(Err(error)) = customer.get() {
            auth.end_if_unauthenticated(&error);
        }
    });
    (customer, as_of)
}

/// Why the customer could not be shown: not found (with the server's title and a way
/// back), or another failure with Retry. `heading` names the page (`i18n.text(...)`
/// follows a language switch).
#[component]
pub fn CustomerLoadError(error: ApiError, #[prop(into)] heading: Signal<String>, customer: CustomerResource) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let message = error.text();
    match error {
        ApiError::NotFound { .. } => view! {
            <section class="page page--narrow">
                <h1>{i18n.text("shell-customer-not-found")}</h1>
                <p role="alert">{move || i18n.render(&message)}</p>
                <p><A href="/customers">{i18n.text("shell-back-to-customers")}</A></p>
            </section>
        }
        .into_any(),
        // The session ended; the sign-in guard takes over.
        ApiError::Unauthenticated { .. } => ().into_any(),
        _ => view! {
            <section class="page page--narrow">
                <h1>{heading}</h1>
                <div class="notice notice--error" role="alert">
                    <span>{move || i18n.render(&message)}</span>
                    <button type="button" class="button" on:click=move |_| customer.refetch()>{i18n.text("shell-retry")}</button>
                </div>
            </section>
        }
        .into_any(),
    }
}
