//! "Possible duplicates": before a new customer is created, the existing customers that
//! share a strong key with it (email, phone, a card, External ID, CRN or VAT ID), each
//! with the key that matched, "Open" (in a new tab, so nothing typed here is lost) and
//! "Use this customer"; "Create anyway" is the one deliberate click past them.

use crate::i18n::use_i18n;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::duplicates::StrongKey;
use leptos::prelude::*;

/// An existing customer and the keys it shares with the one being created.
pub type Duplicate = (Customer, Vec<StrongKey>);

#[component]
pub fn PossibleDuplicates(
    found: RwSignal<Option<Vec<Duplicate>>>,
    on_create_anyway: Callback<()>,
    on_use: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || found.with(|found| found.as_ref().is_some_and(|found| !found.is_empty()))>
            <section class="notice notice--warning duplicates" role="status" aria-labelledby="duplicates-title">
                <h2 id="duplicates-title">{i18n.text("duplicates-title")}</h2>
                <p>{i18n.text("duplicates-intro")}</p>
                <ul class="duplicates__list">
                    <For each=move || found.get().unwrap_or_default()
                        key=|(customer, _)| customer.id.clone()
                        children=move |(customer, keys)| {
                            let id = customer.id.clone();
                            let name_id = format!("duplicate-{}", customer.id);
                            let matched = move || keys.iter().map(|key| i18n.render(&key.label())).collect::<Vec<_>>().join(", ");
                            view! {
                                <li class="duplicates__item">
                                    <span id=name_id.clone() class="duplicates__name">{customer.display_name()}</span>
                                    <span class="muted">{move || i18n.tr_with("duplicates-matched", &[("keys", matched().into())])}</span>
                                    <a class="button" href=crate::routes::customer_href(&customer.id) target="_blank" rel="noopener"
                                        aria-describedby=name_id.clone()>{i18n.text("duplicates-open")}</a>
                                    <button type="button" class="button" aria-describedby=name_id
                                        on:click=move |_| on_use.run(id.clone())>{i18n.text("duplicates-use")}</button>
                                </li>
                            }
                        }
                    />
                </ul>
                <button type="button" class="button button--primary" on:click=move |_| on_create_anyway.run(())>
                    {i18n.text("duplicates-create-anyway")}
                </button>
            </section>
        </Show>
    }
}
