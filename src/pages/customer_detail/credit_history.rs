//! "Credit history": the newest changes of a customer's credit balance, from the
//! customer's own `creditTransactions`.

use crate::format::{self, CreditCurrency};
use customer_desk_domain::customer::CreditTransaction;
use leptos::prelude::*;

/// How many changes the detail page shows.
const SHOWN: usize = 10;

/// `history` is newest first (`Customer::credit_history`).
#[component]
pub fn CreditHistory(history: Vec<CreditTransaction>, currency: CreditCurrency) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let total = history.len();
    let rows: Vec<CreditTransaction> = history.into_iter().take(SHOWN).collect();
    view! {
        <section class="detail__section detail__section--wide" aria-labelledby="credit-history">
            <h2 id="credit-history">{i18n.text("customer-credit-history")}</h2>
            {if rows.is_empty() {
                view! { <p class="muted">{i18n.text("customer-credit-history-empty")}</p> }.into_any()
            } else {
                view! {
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
                                {rows.into_iter().map(|entry| {
                                    // An entry none of whose fields the app knows: as the server sent it.
                                    if let Some(raw) = entry.unrecognised() {
                                        return view! { <tr><td colspan="4"><code class="raw-entry">{raw}</code></td></tr> }.into_any();
                                    }
                                    let (time, amount, balance) = (entry.time, entry.amount, entry.balance);
                                    let (change_currency, balance_currency) = (currency.clone(), currency.clone());
                                    view! {
                                        <tr>
                                            <td class="nowrap">{move || time.as_ref().map(|t| format::date_time(i18n.locale(), t))}</td>
                                            <td class="numeric">{move || change_currency.format(i18n.locale(), amount, true)}</td>
                                            <td class="numeric">{move || balance.map(|b| balance_currency.format(i18n.locale(), b, false))}</td>
                                            <td>{entry.note.unwrap_or_default()}</td>
                                        </tr>
                                    }.into_any()
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(total > SHOWN).then(|| view! {
                        <p class="muted">{move || i18n.tr_with("customer-credit-history-latest",
                            &[("shown", SHOWN.into()), ("total", format::number(i18n.locale(), total as f64).into())])}</p>
                    })}
                }.into_any()
            }}
        </section>
    }
}
