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
    let locale = crate::i18n::use_i18n().locale_untracked();
    let currency = expect_context::<customer_desk_domain::config::AppConfig>().currency;
    let history = LocalResource::new(move || {
        let endpoint = auth.endpoint();
        let id = customer_id.clone();
        async move { customers::credit_transactions(&endpoint, &id, SHOWN).await }
    });
    view! {
        <section class="detail__section detail__section--wide" aria-labelledby="credit-history">
            <h2 id="credit-history">"Credit history"</h2>
            <Transition fallback=|| view! { <p class="muted" role="status">"Loading credit history…"</p> }>
                {move || history.get().map(|result| match result {
                    Err(err) => view! { <p class="notice notice--error" role="alert">{err.to_string()}</p> }.into_any(),
                    Ok((items, _)) if items.is_empty() => view! { <p class="muted">"No changes of credit yet."</p> }.into_any(),
                    Ok((items, total)) => view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label="Credit history table">
                            <table class="data-table" aria-labelledby="credit-history">
                                <thead>
                                    <tr>
                                        <th scope="col">"Date"</th>
                                        <th scope="col" class="numeric">"Change"</th>
                                        <th scope="col" class="numeric">"Balance"</th>
                                        <th scope="col">"Note"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {items.into_iter().map(|entry| view! {
                                        <tr>
                                            <td class="nowrap">{format::date_time(locale, &entry.time)}</td>
                                            <td class="numeric">{format::money_change(locale, &currency, entry.amount)}</td>
                                            <td class="numeric">{format::money(locale, &currency, entry.balance)}</td>
                                            <td>{entry.note.unwrap_or_default()}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {(total > u64::from(SHOWN)).then(|| view! {
                            <p class="muted">{format!("The latest {SHOWN} of {total} changes.")}</p>
                        })}
                    }.into_any(),
                })}
            </Transition>
        </section>
    }
}
