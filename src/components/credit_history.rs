//! "Credit history": the newest changes of a customer's credit balance, loaded apart from
//! the customer so a slow history never holds the detail page back.

use crate::api::customers;
use crate::auth::use_auth;
use crate::format;
use leptos::prelude::*;

/// How many changes the detail page shows.
const SHOWN: u32 = 10;

#[component]
pub fn CreditHistory(customer_id: String) -> impl IntoView {
    let auth = use_auth();
    let i18n = crate::i18n::use_i18n();
    let currency = expect_context::<customer_desk_domain::config::AppConfig>().currency;
    let history = LocalResource::new(move || {
        let endpoint = auth.endpoint();
        let id = customer_id.clone();
        async move { customers::credit_transactions(&endpoint, &id, SHOWN).await }
    });
    view! {
        <section class="detail__section detail__section--wide" aria-labelledby="credit-history">
            <h2 id="credit-history">{i18n.text("customer-credit-history")}</h2>
            <Transition fallback=move || view! { <p class="muted" role="status">{i18n.text("customer-credit-history-loading")}</p> }>
                {move || history.get().map(|result| match result {
                    Err(err) => view! { <p class="notice notice--error" role="alert">{move || i18n.render(&err.text())}</p> }.into_any(),
                    Ok((items, _)) if items.is_empty() => view! { <p class="muted">{i18n.text("customer-credit-history-empty")}</p> }.into_any(),
                    Ok((items, total)) => view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.text("customer-credit-history-table")>
                            <table class="data-table" aria-labelledby="credit-history">
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n.text("customer-credit-date")}</th>
                                        <th scope="col" class="numeric">{i18n.text("customer-credit-change")}</th>
                                        <th scope="col" class="numeric">{i18n.text("customer-credit-balance")}</th>
                                        <th scope="col">{i18n.text("form-note")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {items.into_iter().map(|entry| {
                                        let (time, amount, balance) = (entry.time, entry.amount, entry.balance);
                                        let (change_currency, balance_currency) = (currency.clone(), currency.clone());
                                        view! {
                                        <tr>
                                            <td class="nowrap">{move || format::date_time(i18n.locale(), &time)}</td>
                                            <td class="numeric">{move || format::money_change(i18n.locale(), &change_currency, amount)}</td>
                                            <td class="numeric">{move || format::money(i18n.locale(), &balance_currency, balance)}</td>
                                            <td>{entry.note.unwrap_or_default()}</td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {(total > u64::from(SHOWN)).then(|| view! {
                            <p class="muted">{move || i18n.tr_with("customer-credit-history-latest",
                                &[("shown", SHOWN.into()), ("total", format::number(i18n.locale(), total as f64).into())])}</p>
                        })}
                    }.into_any(),
                })}
            </Transition>
        </section>
    }
}
