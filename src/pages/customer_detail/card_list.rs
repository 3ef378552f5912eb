//! The detail page's "Cards": each card's serial number, whether it is active and valid
//! (a status the app does not know is shown as the server wrote it, with its reason),
//! virtual or physical, its validity, processor and note.

use crate::format;
use customer_desk_domain::customer::{Card, CardStatus};
use leptos::prelude::*;

#[component]
pub fn CardList(cards: Vec<Card>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <section class="detail__section">
            <h2>{i18n.text("form-cards")}</h2>
            {if cards.is_empty() {
                view! { <p class="muted">{i18n.text("form-no-cards")}</p> }.into_any()
            } else {
                view! { <ul class="card-list">{cards.into_iter().map(|card| view! { <CardItem card /> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
fn CardItem(card: Card) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let badge = match (card.is_active, &card.status) {
        (true, CardStatus::Valid) => "badge badge--ok",
        (true, CardStatus::NotYetValid) => "badge badge--warn",
        _ => "badge badge--danger",
    };
    let (status, reason) = (card.status.clone(), card.status_reason.clone());
    let status_text = move || {
        let status = i18n.render(&status.text());
        match &reason {
            Some(reason) if !reason.trim().is_empty() => {
                i18n.tr_with("customer-card-status-reason", &[("status", status.into()), ("reason", reason.clone().into())])
            }
            _ => status,
        }
    };
    let day = |moment: Option<chrono::DateTime<chrono::Utc>>, message: &'static str| {
        moment.map(|moment| {
            view! {
                <span class="muted">{move || i18n.tr_with(message, &[("date", format::date_of(i18n.locale(), &moment).into())])}</span>
            }
        })
    };
    view! {
        <li>
            <code>{card.serial_number.clone()}</code>
            {if card.is_active {
                view! { <span class="badge badge--ok">{i18n.text("customer-card-active")}</span> }.into_any()
            } else {
                view! { <span class="badge badge--danger">{i18n.text("customer-card-inactive")}</span> }.into_any()
            }}
            <span class=badge>{status_text}</span>
            {card.is_virtual.then(|| view! { <span class="badge badge--muted">{i18n.text("customer-card-virtual")}</span> })}
            {day(card.activation_time, "customer-card-valid-from")}
            {day(card.expiration_time, "customer-card-valid-until")}
            {card.processor.clone().map(|processor| view! {
                <span class="muted">{move || i18n.tr_with("customer-card-processor", &[("processor", processor.clone().into())])}</span>
            })}
            {card.note.clone().map(|note| view! { <span>{note}</span> })}
        </li>
    }
}
