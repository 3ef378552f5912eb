//! The "Customers" table: sortable headers (a button each, `aria-sort` on the sorted
//! column, shift-click for a further key) and one row per customer, keyed by id.

use crate::routes::customer_href;
use customer_desk_domain::customer::{Customer, CustomerStatus};
use customer_desk_domain::list_query::ListQuery;
use leptos::prelude::*;
use leptos_router::components::A;

/// A column: its header, and the PORTOS property it sorts by (if any).
struct Column {
    label: &'static str,
    sort_property: Option<&'static str>,
    numeric: bool,
}

const COLUMNS: [Column; 8] = [
    Column { label: "Name", sort_property: Some("fullName"), numeric: false },
    Column { label: "Email", sort_property: Some("email"), numeric: false },
    Column { label: "Phone", sort_property: Some("phone"), numeric: false },
    Column { label: "Company", sort_property: Some("companyName"), numeric: false },
    Column { label: "Status", sort_property: None, numeric: false },
    Column { label: "Discount rate", sort_property: Some("discountRate"), numeric: true },
    Column { label: "Credit rate", sort_property: Some("creditRate"), numeric: true },
    Column { label: "Cards", sort_property: None, numeric: true },
];

#[component]
pub fn CustomerTable(
    #[prop(into)] rows: Signal<Vec<Customer>>,
    #[prop(into)] query: Signal<ListQuery>,
    #[prop(into)] loading: Signal<bool>,
    /// A header click: the property and whether shift was held.
    on_sort: Callback<(&'static str, bool)>,
) -> impl IntoView {
    view! {
        <div class="table-wrap" class:is-loading=move || loading.get()>
            <table class="data-table" aria-labelledby="customers-heading" aria-busy=move || loading.get().to_string()>
                <thead>
                    <tr>
                        {COLUMNS.iter().map(|column| header_cell(column, query, on_sort)).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|customer| (customer.id.clone(), customer.version) let:customer>
                        <CustomerRow customer />
                    </For>
                </tbody>
            </table>
        </div>
    }
}

fn header_cell(column: &'static Column, query: Signal<ListQuery>, on_sort: Callback<(&'static str, bool)>) -> impl IntoView {
    let class = if column.numeric { "numeric" } else { "" };
    match column.sort_property {
        None => view! { <th scope="col" class=class>{column.label}</th> }.into_any(),
        Some(property) => {
            let direction = move || query.with(|q| q.primary_sort(property));
            let aria_sort = move || direction().map(|descending| if descending { "descending" } else { "ascending" });
            let arrow = move || match direction() {
                Some(false) => "▲",
                Some(true) => "▼",
                None => "",
            };
            view! {
                <th scope="col" class=class aria-sort=aria_sort>
                    <button type="button" class="sort-button"
                        on:click=move |ev: leptos::ev::MouseEvent| on_sort.run((property, ev.shift_key()))>
                        {column.label}
                        <span class="sort-button__arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
            .into_any()
        }
    }
}

#[component]
fn CustomerRow(customer: Customer) -> impl IntoView {
    let status = crate::format::status_label(customer.status, customer.is_active);
    let status_class = match (customer.is_active, customer.status) {
        (false, _) => "badge badge--muted",
        (true, CustomerStatus::Valid) => "badge badge--ok",
        (true, CustomerStatus::NotYetValid) => "badge badge--warn",
        (true, CustomerStatus::Expired) => "badge badge--danger",
    };
    let company = customer.company.as_ref().and_then(|c| c.name.clone()).unwrap_or_default();
    let href = customer_href(&customer.id);
    let name = crate::format::display_name(&customer);
    let cards = customer.cards.len().to_string();
    let discount = crate::format::percent(customer.discount_rate);
    let credit = crate::format::percent(customer.credit_rate);
    view! {
        <tr>
            <th scope="row" class="data-table__name">
                <A href=href>{name}</A>
            </th>
            <td>{customer.email.unwrap_or_default()}</td>
            <td class="nowrap">{customer.phone.unwrap_or_default()}</td>
            <td>{company}</td>
            <td><span class=status_class>{status}</span></td>
            <td class="numeric">{discount}</td>
            <td class="numeric">{credit}</td>
            <td class="numeric">{cards}</td>
        </tr>
    }
}
