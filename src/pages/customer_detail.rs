//! `/customers/:id`: every property of the customer, readable; "Edit"; "Delete" after a
//! confirmation dialog. An unknown id shows the server's not-found title and a way back.

use crate::api::list_cache::ListCache;
use crate::api::customers;
use crate::auth::use_auth;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::notices::use_notices;
use crate::pages::customer_list::use_list_cache;
use crate::pages::customer_loading::{CustomerLoadError, customer_from_route};
use crate::format;
use crate::components::credit_history::CreditHistory;
use crate::api::customers::Features;
use customer_desk_domain::customer::{Address, Customer};
use customer_desk_domain::dealpos::DealposData;
use customer_desk_domain::session::Right;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn CustomerDetailPage() -> impl IntoView {
    let auth = use_auth();
    let customer = customer_from_route();

    let navigate = use_navigate();
    let navigate_after_undo = navigate.clone();
    let notices = use_notices();
    let confirm_open = RwSignal::new(false);
    // Deleting keeps the customer as it was, so "Undo" can put it back under its id.
    let list_cache = use_list_cache();
    let undo_cache = list_cache.clone();
    let delete = Action::new_local(move |customer: &Customer| {
        let endpoint = auth.endpoint();
        let customer = customer.clone();
        let list_cache = list_cache.clone();
        async move {
            customers::delete(&endpoint, &customer).await?;
            list_cache.deleted(&customer.id);
            Ok(customer)
        }
    });
    Effect::new(move |_| match delete.value().get() {
        Some(Ok(deleted)) => {
            crate::embed::notify(crate::embed::DELETED, Some(&deleted.id));
            let name = deleted.display_name();
            let navigate_to_restored = navigate_after_undo.clone();
            let cache = undo_cache.clone();
            let undo = move || restore(auth.endpoint(), deleted.clone(), notices, navigate_to_restored.clone(), cache.clone());
            notices.show_with_action(format!("{name} deleted."), "Undo", undo);
            navigate("/customers", Default::default());
        }
        Some(Err(error)) => auth.end_if_unauthenticated(&error),
        None => {}
    });

    view! {
        <Transition fallback=|| view! { <p class="boot-status" role="status">"Loading customer…"</p> }>
            {move || customer.get().map(|loaded| match loaded {
                Ok(customer) => view! {
                    <CustomerView customer=customer.clone() confirm_open />
                    <ConfirmDialog
                        open=confirm_open
                        title="Delete customer?"
                        message=format!("{} will be deleted. This cannot be undone here.", customer.display_name())
                        confirm_label="Delete"
                        busy=delete.pending()
                        on_confirm=Callback::new(move |_| { delete.dispatch(customer.clone()); })
                    />
                    {move || delete.value().get().and_then(Result::err).map(|err| view! {
                        <p class="notice notice--error" role="alert">{err.to_string()}</p>
                    })}
                }.into_any(),
                Err(error) => view! { <CustomerLoadError error heading="Customer" customer /> }.into_any(),
            })}
        </Transition>
    }
}

/// Re-creates a deleted customer with the same id (PUT is an upsert) and opens it.
fn restore(
    endpoint: crate::api::http::Endpoint,
    deleted: Customer,
    notices: crate::components::notices::Notices,
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + 'static,
    list_cache: ListCache,
) {
    leptos::task::spawn_local(async move {
        match customers::restore(&endpoint, &deleted).await {
            Ok(restored) => {
                list_cache.created();
                notices.show(format!("{} restored.", restored.display_name()));
                navigate(&crate::routes::customer_href(&restored.id), Default::default());
            }
            Err(err) => notices.show(format!("The customer could not be restored: {err}")),
        }
    });
}

#[component]
fn CustomerView(customer: Customer, confirm_open: RwSignal<bool>) -> impl IntoView {
    let auth = use_auth();
    let edit_href = format!("{}/edit", crate::routes::customer_href(&customer.id));
    let may_delete = move || auth.can(Right::CustomerDelete);
    let status = format::status_of(&customer);
    let locale = crate::i18n::use_i18n().locale_untracked();
    let currency = expect_context::<customer_desk_domain::config::AppConfig>().currency;
    let when = move |moment: Option<chrono::DateTime<chrono::Utc>>| moment.as_ref().map(|m| format::date_time(locale, m));
    let company = customer.company.clone().unwrap_or_default();
    let address = customer.address.clone().unwrap_or_default();
    let delivery = customer.delivery_address.clone();
    let cards = customer.cards.clone();
    let customer_id = customer.id.clone();
    // Only what the configured API has is shown.
    let features = expect_context::<Features>();
    let loyalty = features.loyalty_details;
    let membership = features.membership.then(|| customer.dealpos.clone().unwrap_or_default());

    view! {
        <article class="detail">
            <div class="page-header">
                <h1>{customer.display_name()}</h1>
                <div class="page-header__actions">
                    <A href=edit_href attr:class="button">"Edit"</A>
                    <button type="button" class="button button--danger"
                        disabled=move || !may_delete()
                        aria-describedby=move || (!may_delete()).then_some("delete-right-hint")
                        on:click=move |_| confirm_open.set(true)>"Delete"</button>
                </div>
            </div>
            // Visible, not a tooltip: a disabled button cannot be focused to reveal one.
            <Show when=move || !may_delete()>
                <p class="field__hint" id="delete-right-hint">"You do not have the CustomerDelete right, so you cannot delete customers."</p>
            </Show>
            <div class="detail__grid">
                <Section title="Status">
                    <Row label="Status" value=Some(status) />
                    <Row label="Active" value=Some(if customer.is_active { "Yes" } else { "No" }.to_owned()) />
                    {loyalty.then(|| view! {
                        <Row label="Activation time" value=when(customer.activation_time) />
                        <Row label="Expiration time" value=when(customer.expiration_time) />
                    })}
                </Section>
                <Section title="Contact">
                    <Row label="First name" value=customer.first_name.clone() />
                    <Row label="Last name" value=customer.last_name.clone() />
                    <Row label="Email" value=customer.email.clone() />
                    <Row label="Phone" value=customer.phone.clone() />
                    <Row label="Birth date" value=customer.birth_date.as_ref().map(|day| format::date(locale, day)) />
                </Section>
                <AddressSection title="Address" address />
                {loyalty.then(move || view! {
                <Section title="Company">
                    <Row label="Company" value=Some(if customer.is_company { "Yes" } else { "No" }.to_owned()) />
                    <Row label="Company name" value=company.name />
                    <Row label="VAT ID" value=company.vat_id />
                    <Row label="Tax ID" value=company.tax_id />
                    <Row label="Company registration number" value=company.crn />
                </Section>
                <DeliveryAddress address=delivery />
                <Section title="Rates and credit">
                    <Row label="Discount rate" value=Some(format::percent(locale, customer.discount_rate)) />
                    <Row label="Credit rate" value=Some(format::percent(locale, customer.credit_rate)) />
                    <Row label="Credit" value=Some(format::money(locale, &currency, customer.credit)) />
                </Section>
                <section class="detail__section">
                    <h2>"Cards"</h2>
                    {if cards.is_empty() {
                        view! { <p class="muted">"No cards."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {cards.into_iter().map(|card| view! {
                                    <li>
                                        <code>{card.serial_number}</code>
                                        {if card.is_blocked {
                                            view! { <span class="badge badge--danger">"Blocked"</span> }.into_any()
                                        } else {
                                            view! { <span class="badge badge--ok">"Active"</span> }.into_any()
                                        }}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                <CreditHistory customer_id />
                })}
                {membership.map(|data| view! { <MembershipSection data /> })}
                <Section title="Note and record">
                    {loyalty.then(|| view! { <Row label="Note" value=customer.note.clone() /> })}
                    <Row label=if loyalty { "External ID" } else { "Code" } value=customer.external_id.clone() />
                    <Row label="ID" value=Some(customer.id.clone()) />
                    {loyalty.then(|| view! { <Row label="Version" value=Some(customer.version.to_string()) /> })}
                </Section>
            </div>
        </article>
    }
}

#[component]
fn AddressSection(title: &'static str, address: Address) -> impl IntoView {
    view! {
        <Section title>
            <Row label="Street" value=address.street />
            <Row label="City" value=address.city />
            <Row label="Postal code" value=address.zip_code />
            <Row label="Country" value=address.country />
        </Section>
    }
}

/// The delivery address, or a note that goods go to the main address.
#[component]
fn DeliveryAddress(address: Option<Address>) -> impl IntoView {
    match address {
        Some(address) => view! { <AddressSection title="Delivery address" address /> }.into_any(),
        None => view! {
            <section class="detail__section">
                <h2>"Delivery address"</h2>
                <p class="muted">"The same as the address."</p>
            </section>
        }
        .into_any(),
    }
}

/// DealPOS membership: code, group, loyalty points, join date, outlet.
#[component]
fn MembershipSection(data: DealposData) -> impl IntoView {
    let locale = crate::i18n::use_i18n().locale_untracked();
    view! {
        <Section title="Membership">
            <Row label="Group" value=data.group />
            <Row label="Group ends" value=data.expired_group.as_ref().map(|day| format::date(locale, day)) />
            <Row label="Loyalty points" value=Some(format::number(locale, data.loyalty_point)) />
            <Row label="Joined" value=data.join_date.as_ref().map(|day| format::date(locale, day)) />
            <Row label="Outlet" value=data.sign_up_outlet />
            <Row label="Second phone" value=data.phone />
            <Row label="Referred by" value=data.referred_by />
        </Section>
    }
}

#[component]
fn Section(title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section class="detail__section">
            <h2>{title}</h2>
            <dl>{children()}</dl>
        </section>
    }
}

/// One labelled value; an absent value shows a dash so the layout stays predictable.
#[component]
fn Row(label: &'static str, value: Option<String>) -> impl IntoView {
    let value = value.filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "—".to_owned());
    view! {
        <div class="detail__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}
