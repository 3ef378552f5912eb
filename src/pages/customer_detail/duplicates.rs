//! "Possible duplicates" on a customer's page: other customers that share a strong key
//! with this one (the same check as before a create), each linked, with the keys. Not on
//! a vendor whose requests are counted (DealPOS): every visit would spend them.

use crate::api::customers::Features;
use crate::customers::Customers;
use crate::i18n::use_i18n;
use customer_desk_domain::customer::Customer;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn DuplicatesSection(customer: Customer) -> impl IntoView {
    let i18n = use_i18n();
    let customers = Customers::use_context();
    let checked = !expect_context::<Features>().rate_limited;
    let found = LocalResource::new(move || {
        let customer = customer.clone();
        async move { if checked { customers.possible_duplicates(&customer).await.unwrap_or_default() } else { Vec::new() } }
    });
    // Its own boundary: the page around it never waits for the check.
    let section = move || {
        let found = found.get().unwrap_or_default();
        (!found.is_empty()).then(|| {
            view! {
                <section class="detail__section detail__duplicates" aria-labelledby="duplicates-title">
                    <h2 id="duplicates-title">{i18n.text("duplicates-title")}</h2>
                    <ul>
                        {found.into_iter().map(|(other, keys)| {
                            let matched = move || keys.iter().map(|key| i18n.render(&key.label())).collect::<Vec<_>>().join(", ");
                            view! {
                                <li>
                                    <A href=crate::routes::customer_href(&other.id)>{other.display_name()}</A>
                                    " "
                                    <span class="muted">{move || i18n.tr_with("duplicates-matched", &[("keys", matched().into())])}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    view! { <Suspense fallback=|| ()>{section}</Suspense> }
}
