//! The "Customers" table: sortable headers (a button each, `aria-sort` on the sorted
//! column, shift-click for a further key) and one row per customer, keyed by id. The name
//! column is always there; the others follow the user's column choice. A sort change is
//! also said in words in a polite live region ("Sorted by Email, descending."), since a
//! changed `aria-sort` alone is not announced.

use super::columns::Column;
use super::keys::{ReturnRow, focus_row};
use super::selection::SelectionStore;
use crate::i18n::{I18n, use_i18n};
use crate::routes::customer_href;
use customer_desk_domain::customer::{Customer, CustomerStatus};
use customer_desk_domain::i18n::catalog;
use customer_desk_domain::i18n::{Locale, Text};
use customer_desk_domain::list::query::ListQuery;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn CustomerTable(
    #[prop(into)] rows: Signal<Vec<Customer>>,
    #[prop(into)] columns: Signal<Vec<Column>>,
    #[prop(into)] query: Signal<ListQuery>,
    #[prop(into)] loading: Signal<bool>,
    /// Compact rows (about 36 px) instead of touch-sized ones.
    #[prop(into)]
    compact: Signal<bool>,
    /// A header click: the property and whether shift was held.
    on_sort: Callback<(&'static str, bool)>,
) -> impl IntoView {
    let sorting = expect_context::<crate::api::customers::Features>().sorting;
    let i18n = use_i18n();
    // Back to the list: focus goes to the row the user left it from.
    let return_row = ReturnRow::use_context();
    Effect::new(move |_| {
        let Some(id) = return_row.pending() else { return };
        if rows.with(|rows| rows.iter().any(|customer| customer.id == id)) {
            return_row.done();
            request_animation_frame(move || {
                focus_row(&id);
            });
        }
    });
    // The row checkboxes are plain elements (no subscription per row); one effect keeps
    // them in step with the selection, one listener turns their changes into it.
    let selection = SelectionStore::use_context();
    let table = NodeRef::<leptos::html::Table>::new();
    let fresh = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(table) = table.get() else { return };
        rows.track();
        selection.with(|selected| {
            let Ok(boxes) = table.query_selector_all(".row-select[data-customer-id]") else { return };
            for node in (0..boxes.length()).filter_map(|i| boxes.item(i)) {
                if let Ok(checkbox) = node.dyn_into::<web_sys::HtmlInputElement>() {
                    checkbox.set_checked(checkbox.get_attribute("data-customer-id").is_some_and(|id| selected.contains(&id)));
                }
            }
        });
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some(checkbox) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(id) = checkbox.get_attribute("data-customer-id") else { return };
        if let Some(customer) = rows.with_untracked(|rows| rows.iter().find(|c| c.id == id).cloned()) {
            selection.update(|s| s.toggle(&customer));
        }
    };
    let page_selected = Memo::new(move |_| rows.with(|rows| selection.with(|s| s.has_all(rows))));
    let page_partly = Memo::new(move |_| rows.with(|rows| selection.with(|s| !s.has_all(rows) && rows.iter().any(|c| s.contains(&c.id)))));
    let select_page = view! {
        <input type="checkbox" class="row-select row-select--page" aria-label=i18n.text("selection-select-page")
            prop:checked=move || page_selected.get() prop:indeterminate=move || page_partly.get()
            on:change=move |_| rows.with_untracked(|rows| selection.update(|s| {
                s.toggle_page(rows);
            })) />
    };
    // One listener for every row's link: which row the user leaves the list from.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let link = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest("a[data-customer-id]").ok().flatten());
        if let Some(id) = link.and_then(|link| link.get_attribute("data-customer-id")) {
            return_row.left(&id);
        }
    };
    // A pointer over a customer's link, the focus on it or a touch: the detail page's code
    // comes now (on a slow connection it is not fetched ahead; elsewhere this finds it in).
    let on_intent = move |target: Option<web_sys::EventTarget>| {
        let on_link = target
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| e.closest("a[data-customer-id]").ok().flatten().is_some());
        if on_link {
            crate::pages::lazy::preload_on_intent(crate::pages::lazy::LazyPage::Detail);
        }
    };
    view! {
        <div class="table-wrap" class:is-loading=move || loading.get() class:table-wrap--compact=move || compact.get()>
            // Explicit roles: on narrow screens CSS turns rows into cards, and a changed
            // `display` would otherwise drop the table's semantics.
            <table class="data-table" role="table" aria-labelledby="customers-heading" aria-busy=move || loading.get().to_string()
                node_ref=table on:click=on_click on:change=on_change
                on:pointerover=move |ev| on_intent(ev.target()) on:focusin=move |ev| on_intent(ev.target())
                on:touchstart=move |ev| on_intent(ev.target())>
                <thead role="rowgroup">
                    <tr role="row">
                        {header_cell(i18n, Text::new("list-column-name"), Some("fullName").filter(|_| sorting), None, query, on_sort, Some(select_page.into_any()))}
                        {move || columns.get().into_iter()
                            .map(|column| {
                                let sort_property = column.sort_property().filter(|_| sorting);
                                header_cell(i18n, column.label(), sort_property, Some(column), query, on_sort, None)
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    // Rows are rebuilt whenever the rows, the columns or the language change, and
                    // take those as plain data. Measured with scripts/bench/memory-probe.mjs: a
                    // subscription per row to a long-lived signal piled up as rows came and went,
                    // and a keyed <For> kept about 2.5 KB per page change in leptos 0.8 (a new
                    // page replaces every row anyway, so keying saved no work).
                    {move || {
                        let columns = columns.get();
                        let locale = i18n.locale();
                        let rows = rows.with(|rows| rows.iter().map(|customer| {
                            let selected = selection.with_untracked(|s| s.contains(&customer.id));
                            view! { <CustomerRow customer=customer.clone() columns=columns.clone() locale selected /> }
                        }).collect_view());
                        // New rows are built rather than patched onto the old ones: a patched
                        // element of an erased component removes and sets again every one of
                        // its attributes (tachys's `Vec<AnyAttribute>` rebuild), twice the DOM
                        // work of a new one. Another variant than last time makes tachys
                        // replace the rows.
                        fresh.update_value(|fresh| *fresh = !*fresh);
                        if fresh.get_value() { Either::Left(rows) } else { Either::Right(rows) }
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

/// A column's header; `column` is `None` for the name, which every card shows.
fn header_cell(
    i18n: I18n,
    label: Text,
    sort_property: Option<&'static str>,
    column: Option<Column>,
    query: Signal<ListQuery>,
    on_sort: Callback<(&'static str, bool)>,
    // The name's header also holds "Select all on this page".
    select_page: Option<AnyView>,
) -> AnyView {
    let class = if column.is_some_and(Column::numeric) { "numeric" } else { "" };
    let (key, card) = (column.map(Column::key), column.is_none_or(Column::on_card).then_some(""));
    let label = move || i18n.render(&label);
    let Some(property) = sort_property else {
        return view! { <th scope="col" role="columnheader" class=class data-column=key data-card=card>{select_page}{label}</th> }
            .into_any();
    };
    let direction = move || query.with(|q| q.primary_sort(property));
    let aria_sort = move || direction().map(|descending| if descending { "descending" } else { "ascending" });
    let arrow = move || match direction() {
        Some(false) => "▲",
        Some(true) => "▼",
        None => "",
    };
    view! {
        <th scope="col" role="columnheader" class=class aria-sort=aria_sort data-column=key data-card=card>
            {select_page}
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
fn CustomerRow(customer: Customer, columns: Vec<Column>, locale: Locale, selected: bool) -> impl IntoView {
    let href = customer_href(&customer.id);
    let name = Some(customer.display_name()).filter(|name| !name.trim().is_empty()).unwrap_or_else(|| customer.id.clone());
    // A record the app could not wholly read still shows, and says what it could not read.
    let shown: Vec<&str> = customer.unreadable.iter().map(String::as_str).filter(|path| Column::row_shows(path, &columns)).collect();
    let unreadable = (!shown.is_empty()).then(|| {
        let fields = shown.join(", ");
        let i18n = crate::i18n::use_i18n();
        view! { <span class="data-table__note">{move || i18n.tr_with("list-unreadable", &[("fields", fields.clone().into())])}</span> }
    });
    view! {
        <tr role="row">
            <th scope="row" role="rowheader" class="data-table__name" data-card="">
                <input type="checkbox" class="row-select" data-customer-id=customer.id.clone() checked=selected
                    aria-label=catalog(locale).format("selection-select-row", &[("name", name.clone().into())]) />
                <a href=href data-customer-id=customer.id.clone()>{name}</a>
                {unreadable}
            </th>
            {columns.into_iter().map(|column| cell(column, &customer, locale)).collect_view()}
        </tr>
    }
}

fn cell(column: Column, customer: &Customer, locale: Locale) -> AnyView {
    let (class, content) = cell_content(column, customer, locale);
    let card = column.on_card().then_some("");
    view! { <td role="cell" class=class data-column=column.key() data-card=card>{content}</td> }.into_any()
}

/// A cell's class and what it shows.
fn cell_content(column: Column, customer: &Customer, locale: Locale) -> (&'static str, AnyView) {
    let text = |value: Option<String>| value.unwrap_or_default().into_any();
    let membership = customer.membership.as_ref();
    match column {
        Column::Email => ("", customer.email.clone().map(|email| email_view(&email)).unwrap_or_else(|| ().into_any())),
        Column::Phone => ("nowrap", text(customer.phone.clone())),
        Column::Company => ("", text(customer.company.as_ref().and_then(|c| c.name.clone()))),
        Column::Status => {
            let label = crate::format::status_of(locale, customer);
            ("", view! { <span class=status_class(customer)>{label}</span> }.into_any())
        }
        Column::DiscountRate => ("numeric", crate::format::percent(locale, customer.discount_rate).into_any()),
        Column::CreditRate => ("numeric", crate::format::percent(locale, customer.credit_rate).into_any()),
        Column::Cards => ("numeric", crate::format::number(locale, customer.cards.len() as f64).into_any()),
        Column::Expires => ("nowrap", text(customer.expiration_time.as_ref().map(|moment| crate::format::date_of(locale, moment)))),
        Column::Code => ("", text(customer.external_id.clone())),
        Column::Group => ("", text(membership.and_then(|m| m.group.clone()))),
        Column::LoyaltyPoints => ("numeric", text(membership.map(|m| crate::format::number(locale, m.loyalty_point)))),
        Column::Joined => ("nowrap", text(membership.and_then(|m| m.join_date.as_ref().map(|day| crate::format::date(locale, day))))),
        Column::Outlet => ("", text(membership.and_then(|m| m.sign_up_outlet.clone()))),
    }
}

/// An email that may wrap only after its `@` and before its dots, never mid-word.
fn email_view(email: &str) -> AnyView {
    let mut parts: Vec<String> = vec![String::new()];
    for c in email.chars() {
        if c == '.' {
            parts.push(String::new());
        }
        if let Some(part) = parts.last_mut() {
            part.push(c)
        }
        if c == '@' {
            parts.push(String::new());
        }
    }
    parts.retain(|part| !part.is_empty());
    parts.into_iter().enumerate().map(|(i, part)| view! { {(i > 0).then(|| view! { <wbr /> })}{part} }).collect_view().into_any()
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
