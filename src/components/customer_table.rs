//! The "Customers" table: sortable headers (a button each, `aria-sort` on the sorted
//! column, shift-click for a further key) and one row per customer, keyed by id. The name
//! column is always there; the others follow the user's column choice. A sort change is
//! also said in words in a polite live region ("Sorted by Email, descending."), since a
//! changed `aria-sort` alone is not announced.

use crate::components::customer_columns::Column;
use crate::i18n::{I18n, use_i18n};
use crate::routes::customer_href;
use customer_desk_domain::i18n::{Locale, Text};
use customer_desk_domain::customer::{Customer, CustomerStatus};
use customer_desk_domain::list_query::ListQuery;
use leptos::prelude::*;

#[component]
pub fn CustomerTable(
    #[prop(into)] rows: Signal<Vec<Customer>>,
    #[prop(into)] columns: Signal<Vec<Column>>,
    #[prop(into)] query: Signal<ListQuery>,
    #[prop(into)] loading: Signal<bool>,
    /// A header click: the property and whether shift was held.
    on_sort: Callback<(&'static str, bool)>,
) -> impl IntoView {
    let sorting = expect_context::<crate::api::customers::Features>().sorting;
    let i18n = use_i18n();
    view! {
        <div class="table-wrap" class:is-loading=move || loading.get()>
            <table class="data-table" aria-labelledby="customers-heading" aria-busy=move || loading.get().to_string()>
                <thead>
                    <tr>
                        {header_cell(i18n, Text::new("list-column-name"), Some("fullName").filter(|_| sorting), false, query, on_sort)}
                        {move || columns.get().into_iter()
                            .map(|column| {
                                let sort_property = column.sort_property().filter(|_| sorting);
                                header_cell(i18n, column.label(), sort_property, column.numeric(), query, on_sort)
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    // Rows are rebuilt whenever the rows, the columns or the language change, and
                    // take those as plain data. Measured with scripts/memory-probe.mjs: a
                    // subscription per row to a long-lived signal piled up as rows came and went,
                    // and a keyed <For> kept about 2.5 KB per page change in leptos 0.8 (a new
                    // page replaces every row anyway, so keying saved no work).
                    {move || {
                        let columns = columns.get();
                        let locale = i18n.locale();
                        rows.get().into_iter().map(|customer| view! { <CustomerRow customer columns=columns.clone() locale /> }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p class="visually-hidden" role="status">{move || query.with(|q| sort_description(i18n, q))}</p>
    }
}

/// "Sorted by Discount rate, descending, then Name, ascending."
fn sort_description(i18n: I18n, query: &ListQuery) -> String {
    let keys = query.sort.iter().map(|key| {
        let column = if key.property.eq_ignore_ascii_case("fullName") {
            i18n.tr("list-column-name")
        } else {
            Column::ALL
                .into_iter()
                .find(|c| c.sort_property().is_some_and(|p| p.eq_ignore_ascii_case(&key.property)))
                .map_or_else(|| key.property.clone(), |column| i18n.render(&column.label()))
        };
        match key.descending {
            true => i18n.tr_with("list-sort-descending", &[("column", column.into())]),
            false => i18n.tr_with("list-sort-ascending", &[("column", column.into())]),
        }
    });
    match keys.reduce(|previous, next| i18n.tr_with("list-sort-then", &[("previous", previous.into()), ("next", next.into())])) {
        None => i18n.tr("list-sorted-default"),
        Some(keys) => i18n.tr_with("list-sorted-by", &[("keys", keys.into())]),
    }
}

fn header_cell(
    i18n: I18n,
    label: Text,
    sort_property: Option<&'static str>,
    numeric: bool,
    query: Signal<ListQuery>,
    on_sort: Callback<(&'static str, bool)>,
) -> AnyView {
    let class = if numeric { "numeric" } else { "" };
    let label = move || i18n.render(&label);
    let Some(property) = sort_property else {
        return view! { <th scope="col" class=class>{label}</th> }.into_any();
    };
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
                {label}
                <span class="sort-button__arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
    .into_any()
}

#[component]
fn CustomerRow(customer: Customer, columns: Vec<Column>, locale: Locale) -> impl IntoView {
    let href = customer_href(&customer.id);
    let name = Some(customer.display_name()).filter(|name| !name.trim().is_empty()).unwrap_or_else(|| customer.id.clone());
    // A record the app could not wholly read still shows, and says what it could not read.
    let unreadable = (!customer.unreadable.is_empty()).then(|| {
        let fields = customer.unreadable.join(", ");
        let i18n = crate::i18n::use_i18n();
        view! { <span class="data-table__note">{move || i18n.tr_with("list-unreadable", &[("fields", fields.clone().into())])}</span> }
    });
    view! {
        <tr>
            <th scope="row" class="data-table__name">
                <a href=href>{name}</a>
                {unreadable}
            </th>
            {columns.into_iter().map(|column| cell(column, &customer, locale)).collect_view()}
        </tr>
    }
}

fn cell(column: Column, customer: &Customer, locale: Locale) -> AnyView {
    let text = |value: Option<String>| value.unwrap_or_default();
    let membership = customer.dealpos.as_ref();
    match column {
        Column::Email => view! { <td>{text(customer.email.clone())}</td> }.into_any(),
        Column::Phone => view! { <td class="nowrap">{text(customer.phone.clone())}</td> }.into_any(),
        Column::Company => view! { <td>{text(customer.company.as_ref().and_then(|c| c.name.clone()))}</td> }.into_any(),
        Column::Status => {
            let label = crate::format::status_of(locale, customer);
            view! { <td><span class=status_class(customer)>{label}</span></td> }.into_any()
        }
        Column::DiscountRate => view! { <td class="numeric">{crate::format::percent(locale, customer.discount_rate)}</td> }.into_any(),
        Column::CreditRate => view! { <td class="numeric">{crate::format::percent(locale, customer.credit_rate)}</td> }.into_any(),
        Column::Cards => view! { <td class="numeric">{crate::format::number(locale, customer.cards.len() as f64)}</td> }.into_any(),
        Column::Expires => {
            let expires = customer.expiration_time.as_ref().map(|moment| crate::format::date_of(locale, moment)).unwrap_or_default();
            view! { <td class="nowrap">{expires}</td> }.into_any()
        }
        Column::Code => view! { <td>{text(customer.external_id.clone())}</td> }.into_any(),
        Column::Group => view! { <td>{text(membership.and_then(|m| m.group.clone()))}</td> }.into_any(),
        Column::LoyaltyPoints => {
            let points = membership.map(|m| crate::format::number(locale, m.loyalty_point)).unwrap_or_default();
            view! { <td class="numeric">{points}</td> }.into_any()
        }
        Column::Joined => {
            let joined = membership.and_then(|m| m.join_date.as_ref().map(|day| crate::format::date(locale, day))).unwrap_or_default();
            view! { <td class="nowrap">{joined}</td> }.into_any()
        }
        Column::Outlet => view! { <td>{text(membership.and_then(|m| m.sign_up_outlet.clone()))}</td> }.into_any(),
    }
}

fn status_class(customer: &Customer) -> &'static str {
    match (customer.is_active, &customer.status) {
        (false, _) => "badge badge--muted",
        (true, CustomerStatus::Valid) => "badge badge--ok",
        (true, CustomerStatus::NotYetValid) => "badge badge--warn",
        (true, CustomerStatus::Expired) => "badge badge--danger",
        (true, CustomerStatus::Other(_)) => "badge badge--muted",
    }
}
