//! `/customers/:id`: every property of the customer, readable; "Edit"; "Delete" after a
//! confirmation dialog. An unknown id shows the server's not-found title and a way back.

mod card_list;
mod credit_history;
mod duplicates;
mod personal_data;

use crate::api::customers::Features;
use crate::auth::use_auth;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::live_notice::ChangeNotice;
use crate::components::notices::use_notices;
use crate::components::unreadable_notice::UnreadableNotice;
use crate::customers::Customers;
use crate::format;
use crate::format::CreditCurrency;
use crate::i18n::use_i18n;
use crate::live::LiveEvent;
use crate::pages::customer_loading::{CustomerLoadError, customer_from_route};
use card_list::CardList;
use credit_history::CreditHistory;
use customer_desk_domain::customer::Membership;
use customer_desk_domain::customer::{Address, Customer};
use customer_desk_domain::live::{Action as ChangeAction, CustomerChange};
use customer_desk_domain::session::Right;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn CustomerDetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let (customer, as_of) = customer_from_route();
    let customer_resource = customer;
    // Someone else's change updates the page in place and says who; a deletion says so.
    let live_change = RwSignal::new(None::<CustomerChange>);
    crate::live::use_live().on_event(move |event| {
        let shown_id = customer.get_untracked().and_then(Result::ok).map(|shown| shown.id);
        match event {
            LiveEvent::Changed(change) if shown_id.as_deref() == Some(change.id.as_str()) => {
                if change.action != ChangeAction::Deleted {
                    customer.refetch();
                }
                live_change.set(Some(change.clone()));
            }
            LiveEvent::Reconnected if shown_id.is_some() => customer.refetch(),
            _ => {}
        }
    });
    let gone = Signal::derive(move || live_change.with(|change| change.as_ref().is_some_and(|c| c.action == ChangeAction::Deleted)));

    let navigate = use_navigate();
    let last_view = crate::routes::LastListView::use_context();
    let notices = use_notices();
    let confirm_open = RwSignal::new(false);
    let customers = Customers::use_context();
    // The delete is held for Undo and sent when its time is over (see customers::pending):
    // Undo then puts nothing back, since nothing was deleted yet.
    let delete = StoredValue::new_local(move |customer: Customer| {
        confirm_open.set(false);
        if crate::api::connectivity::is_offline() {
            notices.show(untrack(|| i18n.tr("offline-refused-delete")));
            return;
        }
        let name = customer.display_name();
        let id = customer.id.clone();
        let batch = customers.delete_later(vec![customer], move |refused| {
            for (customer, error) in refused {
                let name = customer.display_name();
                notices.show(untrack(|| {
                    i18n.tr_with("customer-delete-refused", &[("name", name.into()), ("error", i18n.render(&error.text()).into())])
                }));
            }
        });
        // Untracked: a language switch must not run this again.
        let (message, label) = untrack(|| (i18n.tr_with("customer-deleted", &[("name", name.clone().into())]), i18n.tr("customer-undo")));
        let back_to_customer = navigate.clone();
        notices.show_lasting_with_action(message, label, move || {
            if customers.undo_delete(batch) > 0 {
                notices.show_next(untrack(|| i18n.tr_with("customer-restored", &[("name", name.clone().into())])));
                back_to_customer(&crate::routes::customer_href(&id), Default::default());
            }
        });
        navigate(&untrack(|| last_view.href()), Default::default());
    });

    view! {
        <Transition fallback=move || view! { <p class="boot-status" role="status">{i18n.text("customer-loading")}</p> }>
            {move || customer.get().map(|loaded| match loaded {
                Ok(customer) => view! {
                    {move || as_of.get().map(|at| view! { <crate::components::held_mark::HeldMark at partial=false /> })}
                    {move || live_change.get().map(|change| view! { <ChangeNotice change /> })}
                    <CustomerView customer=customer.clone() confirm_open gone
                        on_changed=Callback::new(move |_| customer_resource.refetch()) />
                    <ConfirmDialog id="delete-title"
                        open=confirm_open
                        title=i18n.text("customer-delete-title")
                        message=Signal::derive({
                            let name = customer.display_name();
                            move || i18n.tr_with("customer-delete-message", &[("name", name.clone().into())])
                        })
                        confirm_label=i18n.text("customer-delete")
                        busy=Signal::derive(|| false)
                        on_confirm=Callback::new(move |_| delete.with_value(|delete| delete(customer.clone())))
                    />
                }.into_any(),
                Err(error) => view! { <CustomerLoadError error heading=Signal::derive(move || i18n.tr("customer-heading")) customer /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn CustomerView(customer: Customer, confirm_open: RwSignal<bool>, gone: Signal<bool>, on_changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    // The form's code: "Edit" is one click away, so it comes when the browser is idle, and at
    // once when "Edit" is about to be used (on a slow connection only then).
    crate::pages::lazy::preload_when_idle(crate::pages::lazy::LazyPage::Edit);
    let preload_form = || crate::pages::lazy::preload_on_intent(crate::pages::lazy::LazyPage::Edit);
    let edit_href = format!("{}/edit", crate::routes::customer_href(&customer.id));
    let may_delete = move || auth.can(Right::CustomerDelete);
    // Dates, numbers and the status are formatted inside signals, so they follow a switch.
    let status = Signal::derive({
        let customer = customer.clone();
        move || Some(format::status_of(i18n.locale(), &customer))
    });
    let shop_currency = expect_context::<customer_desk_domain::config::AppConfig>().currency;
    let currency = CreditCurrency::new(customer.credit.currency_label.as_deref(), &shop_currency);
    let when = move |moment: Option<chrono::DateTime<chrono::Utc>>| {
        Signal::derive(move || moment.as_ref().map(|m| format::date_time(i18n.locale(), m)))
    };
    let yes_no = move |yes: bool| Signal::derive(move || Some(if yes { i18n.tr("customer-yes") } else { i18n.tr("customer-no") }));
    let birth_date = customer.birth_date;
    let (discount_rate, credit_rate, credit) = (customer.discount_rate, customer.credit_rate, customer.credit.amount);
    let history = customer.credit_history();
    let history_currency = currency.clone();
    let company = customer.company.clone().unwrap_or_default();
    let address = customer.address.clone().unwrap_or_default();
    let delivery = customer.delivery_address.clone();
    let cards = customer.cards.clone();
    // Only what the configured API has is shown.
    let features = expect_context::<Features>();
    let loyalty = features.loyalty_details;
    let membership = features.membership.then(|| customer.membership.clone().unwrap_or_default());

    view! {
        <article class="detail">
            <crate::components::breadcrumb::Breadcrumb />
            <div class="page-header">
                <h1>{customer.display_name()}</h1>
                <div class="page-header__actions" hidden=gone>
                    <A href=edit_href attr:class="button" on:pointerenter=move |_| preload_form() on:focus=move |_| preload_form()
                        on:touchstart=move |_| preload_form()>
                        {i18n.text("customer-edit")}
                    </A>
                    <personal_data::ExportDataButton customer=customer.clone() />
                    <personal_data::AnonymizeAction customer=customer.clone() on_done=on_changed />
                    <button type="button" class="button button--danger"
                        disabled=move || !may_delete()
                        aria-describedby=move || (!may_delete()).then_some("delete-right-hint")
                        on:click=move |_| confirm_open.set(true)>{i18n.text("customer-delete")}</button>
                </div>
            </div>
            // Visible, not a tooltip: a disabled button cannot be focused to reveal one.
            <Show when=move || !may_delete()>
                <p class="field__hint" id="delete-right-hint">{i18n.text("customer-delete-right-hint")}</p>
            </Show>
            <UnreadableNotice customer=customer.clone() />
            <duplicates::DuplicatesSection customer=customer.clone() />
            <div class="detail__grid">
                <Section title=i18n.text("customer-status")>
                    <Row label=i18n.text("customer-status") value=status />
                    <Row label=i18n.text("form-active") value=yes_no(customer.is_active) />
                    {loyalty.then(|| view! {
                        <Row label=i18n.text("form-activation-time") value=when(customer.activation_time) />
                        <Row label=i18n.text("form-expiration-time") value=when(customer.expiration_time) />
                    })}
                </Section>
                <Section title=i18n.text("customer-contact")>
                    <Row label=i18n.text("form-first-name") value=customer.first_name.clone() />
                    <Row label=i18n.text("form-last-name") value=customer.last_name.clone() />
                    <Row label=i18n.text("form-email") value=customer.email.clone() />
                    <Row label=i18n.text("form-phone") value=customer.phone.clone() />
                    <Row label=i18n.text("form-birth-date")
                        value=Signal::derive(move || birth_date.as_ref().map(|day| format::date(i18n.locale(), day))) />
                </Section>
                <AddressSection title=i18n.text("form-address") address />
                {loyalty.then(move || view! {
                <Section title=i18n.text("form-company")>
                    <Row label=i18n.text("form-company") value=yes_no(customer.is_company) />
                    <Row label=i18n.text("form-company-name") value=company.name />
                    <Row label=i18n.text("form-vat-id") value=company.vat_id />
                    <Row label=i18n.text("form-tax-id") value=company.tax_id />
                    <Row label=i18n.text("form-crn") value=company.crn />
                </Section>
                <DeliveryAddress address=delivery />
                <Section title=i18n.text("customer-rates-and-credit")>
                    <Row label=i18n.text("form-discount-rate") value=Signal::derive(move || Some(format::percent(i18n.locale(), discount_rate))) />
                    <Row label=i18n.text("form-credit-rate") value=Signal::derive(move || Some(format::percent(i18n.locale(), credit_rate))) />
                    <Row label=i18n.text("customer-credit")
                        value=Signal::derive(move || Some(currency.format(i18n.locale(), credit, false))) />
                </Section>
                <CardList cards />
                <CreditHistory history currency=history_currency />
                })}
                {membership.map(|data| view! { <MembershipSection data /> })}
                <Section title=i18n.text("customer-note-and-record")>
                    {loyalty.then(|| view! { <Row label=i18n.text("form-note") value=customer.note.clone() /> })}
                    <Row label=move || if loyalty { i18n.tr("form-external-id") } else { i18n.tr("customer-code") }
                        value=customer.external_id.clone() />
                </Section>
                // The server's own bookkeeping, for support calls; out of the way otherwise.
                <details class="detail__section detail__record">
                    <summary>{i18n.text("customer-record")}</summary>
                    <dl>
                        <Row label=i18n.text("customer-id") value=Some(customer.id.clone()) />
                        {loyalty.then(|| view! { <Row label=i18n.text("customer-version") value=Some(customer.version.to_string()) /> })}
                    </dl>
                </details>
            </div>
        </article>
    }
}

#[component]
fn AddressSection(#[prop(into)] title: TextProp, address: Address) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Section title>
            <Row label=i18n.text("form-street") value=address.street />
            <Row label=i18n.text("form-city") value=address.city />
            <Row label=i18n.text("form-postal-code") value=address.zip_code />
            <Row label=i18n.text("form-country") value=address.country />
        </Section>
    }
}

/// The delivery address, or a note that goods go to the main address.
#[component]
fn DeliveryAddress(address: Option<Address>) -> impl IntoView {
    let i18n = use_i18n();
    match address {
        Some(address) => view! { <AddressSection title=i18n.text("form-delivery-address") address /> }.into_any(),
        None => view! {
            <section class="detail__section">
                <h2>{i18n.text("form-delivery-address")}</h2>
                <p class="muted">{i18n.text("customer-same-address")}</p>
            </section>
        }
        .into_any(),
    }
}

/// DealPOS membership: code, group, loyalty points, join date, outlet.
#[component]
fn MembershipSection(data: Membership) -> impl IntoView {
    let i18n = use_i18n();
    let day = move |day: Option<chrono::NaiveDate>| Signal::derive(move || day.as_ref().map(|day| format::date(i18n.locale(), day)));
    let points = data.loyalty_point;
    view! {
        <Section title=i18n.text("customer-membership")>
            <Row label=i18n.text("customer-group") value=data.group />
            <Row label=i18n.text("customer-group-ends") value=day(data.expired_group) />
            <Row label=i18n.text("customer-loyalty-points") value=Signal::derive(move || Some(format::number(i18n.locale(), points))) />
            <Row label=i18n.text("customer-joined") value=day(data.join_date) />
            <Row label=i18n.text("customer-outlet") value=data.sign_up_outlet />
            <Row label=i18n.text("customer-second-phone") value=data.phone />
            <Row label=i18n.text("customer-referred-by") value=data.referred_by />
        </Section>
    }
}

#[component]
fn Section(#[prop(into)] title: TextProp, children: Children) -> impl IntoView {
    view! {
        <section class="detail__section">
            <h2>{move || title.get().to_string()}</h2>
            <dl>{children()}</dl>
        </section>
    }
}

/// One labelled value; an absent value shows a dash so the layout stays predictable.
#[component]
fn Row(#[prop(into)] label: TextProp, #[prop(into)] value: Signal<Option<String>>) -> impl IntoView {
    let value = move || value.get().filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "—".to_owned());
    view! {
        <div class="detail__row">
            <dt>{move || label.get().to_string()}</dt>
            <dd>{value}</dd>
        </div>
    }
}
