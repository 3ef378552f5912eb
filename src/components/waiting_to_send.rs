//! "Waiting to send (n)": the edits saved offline, each a link to its customer, beside the
//! connection's status. Once the server answers again they are sent in order; each sent one
//! is announced, and one the server refuses opens in its form (the conflict view, when
//! someone changed the customer meanwhile).

use crate::api::connectivity::{self, Reach};
use crate::components::notices::use_notices;
use crate::customers::Customers;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn WaitingToSend() -> impl IntoView {
    let i18n = use_i18n();
    let customers = Customers::use_context();
    let notices = use_notices();
    let navigate = use_navigate();
    let sending = StoredValue::new(false);
    Effect::new(move |_| {
        let count = customers.waiting().len();
        if connectivity::reach() == Reach::Offline || count == 0 || sending.get_value() {
            return;
        }
        sending.set_value(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            // The sender's chunk is fetched until it comes, while edits still wait.
            let wanted = move || customers.has_waiting();
            let outcome = crate::chunk::load_retrying(move || customers.send_waiting(), wanted, || {}).await;
            sending.try_set_value(false);
            let Some((sent, refused)) = outcome else { return };
            for name in sent {
                notices.show(untrack(|| i18n.tr_with("waiting-sent", &[("name", name.into())])));
            }
            if let Some((waiting, _)) = refused {
                let name = waiting.customer.display_name();
                notices.show_next(untrack(|| i18n.tr_with("waiting-refused", &[("name", name.into())])));
                navigate(&format!("{}/edit", crate::routes::customer_href(&waiting.customer.id)), Default::default());
            }
        });
    });
    let waiting =
        Memo::new(move |_| customers.waiting().into_iter().map(|w| (w.customer.id.clone(), w.customer.display_name())).collect::<Vec<_>>());
    view! {
        <Show when=move || waiting.with(|w| !w.is_empty())>
            <details class="waiting-to-send">
                <summary>{move || i18n.tr_with("waiting-to-send", &[("count", waiting.with(Vec::len).into())])}</summary>
                <ul>
                    <For each=move || waiting.get() key=|(id, name)| (id.clone(), name.clone()) children=move |(id, name)| view! {
                        <li><a href=crate::routes::customer_href(&id)>{name}</a></li>
                    } />
                </ul>
            </details>
        </Show>
    }
}
