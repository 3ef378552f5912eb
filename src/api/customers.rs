//! Customers in domain terms, whichever vendor's API is configured: pages call these and
//! never learn which one answers. What a vendor cannot do is described by [`Features`].

use super::error::ApiError;
use super::http::Endpoint;
use super::{dealpos, portos};
use customer_desk_domain::config::Backend;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;

/// One page of the list, and the total across all pages where the API tells it.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerPage {
    pub items: Vec<Customer>,
    pub total: Option<u64>,
    /// A search answered here from the first customers the server found, not all of them
    /// (the list then says so and asks for another word).
    pub search_incomplete: bool,
}

/// What the configured API offers, so views show only what works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Features {
    pub backend: Backend,
    /// The list can be sorted by column.
    pub sorting: bool,
    /// The list says how many customers match.
    pub totals: bool,
    /// Validity window, rates, credit and its history, cards, company, delivery address, note.
    pub loyalty_details: bool,
    /// Group, loyalty points, join date, outlet (DealPOS).
    pub membership: bool,
    /// Requests are counted against a rate limit: nothing is fetched ahead.
    pub rate_limited: bool,
    /// A list item is not the whole customer: it is read again before it is written back.
    pub partial_list_items: bool,
}

impl Features {
    /// One full row per vendor: a vendor added later must say what it offers.
    pub fn of(backend: Backend) -> Self {
        match backend {
            Backend::Portos => Self {
                backend,
                sorting: true,
                totals: true,
                loyalty_details: true,
                membership: false,
                rate_limited: false,
                partial_list_items: false,
            },
            Backend::Dealpos => Self {
                backend,
                sorting: false,
                totals: false,
                loyalty_details: false,
                membership: true,
                rate_limited: true,
                partial_list_items: true,
            },
        }
    }
}

/// Gets the backend's adapter ready: DealPOS's mapping is a chunk of its own, fetched now
/// (during sign-in, or beside the first request) rather than before the first request.
pub fn prepare(backend: Backend) {
    match backend {
        Backend::Portos => {}
        Backend::Dealpos => dealpos::mapping::preload(),
    }
}

pub async fn list(endpoint: &Endpoint, query: &ListQuery) -> Result<CustomerPage, ApiError> {
    match customer_desk_domain::list::search::plan(&query.search, endpoint.backend()) {
        Some(plan) if !plan.is_plain() => super::search::list(endpoint, query, plan).await,
        _ => vendor_list(endpoint, query).await,
    }
}

/// One page as the vendor answers the query, search and all.
pub(super) async fn vendor_list(endpoint: &Endpoint, query: &ListQuery) -> Result<CustomerPage, ApiError> {
    match endpoint.backend() {
        Backend::Portos => portos::customers::list(endpoint, query).await,
        Backend::Dealpos => dealpos::customers::list(endpoint, query).await,
    }
}

pub async fn get(endpoint: &Endpoint, id: &str) -> Result<Customer, ApiError> {
    match endpoint.backend() {
        Backend::Portos => portos::customers::get(endpoint, id).await,
        Backend::Dealpos => dealpos::customers::get(endpoint, id).await,
    }
}

pub async fn create(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    match endpoint.backend() {
        Backend::Portos => portos::customers::create(endpoint, customer).await,
        Backend::Dealpos => dealpos::customers::create(endpoint, customer).await,
    }
}

/// Saves an existing customer (PORTOS checks the `_v` that was read).
pub async fn update(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    match endpoint.backend() {
        Backend::Portos => portos::customers::update(endpoint, customer).await,
        Backend::Dealpos => dealpos::customers::update(endpoint, customer).await,
    }
}

pub async fn delete(endpoint: &Endpoint, customer: &Customer) -> Result<(), ApiError> {
    match endpoint.backend() {
        Backend::Portos => portos::customers::delete(endpoint, &customer.id).await,
        Backend::Dealpos => dealpos::customers::delete(endpoint, customer).await,
    }
}

/// The customers who hold the card `serial` (PORTOS: its `CardSerialNumber` filter;
/// DealPOS, whose cards are customers' codes: the Detail by `Code`).
pub async fn by_card(endpoint: &Endpoint, serial: &str) -> Result<Vec<Customer>, ApiError> {
    match endpoint.backend() {
        Backend::Portos => Ok(portos::customers::list(endpoint, &customer_desk_domain::scan::card_query(serial, 50)).await?.items),
        Backend::Dealpos => match dealpos::customers::by_code(endpoint, serial).await {
            Ok(customer) => Ok(vec![customer]),
            Err(ApiError::NotFound { .. }) => Ok(Vec::new()),
            Err(err) => Err(err),
        },
    }
}

/// The customers who might share a strong key with one of `news`, as the vendor's queries
/// answer (one customer may come in several answers). `patient`: a rate limit's 429 is
/// waited out (an import's check), rather than failing the check (a form's).
pub async fn possible_duplicates(endpoint: &Endpoint, news: &[Customer], patient: bool) -> Result<Vec<Customer>, ApiError> {
    use customer_desk_domain::duplicates::{dealpos_queries, portos_queries};
    use futures::StreamExt;
    let queries = match endpoint.backend() {
        Backend::Portos => portos_queries(news),
        Backend::Dealpos => dealpos_queries(news),
    };
    // DealPOS counts requests: one at a time there.
    let in_flight = if endpoint.backend() == Backend::Dealpos { 1 } else { 4 };
    let pages: Vec<Result<CustomerPage, ApiError>> = futures::stream::iter(queries.iter())
        .map(|query| async move {
            if patient { super::pace::paced(|| vendor_list(endpoint, query)).await } else { vendor_list(endpoint, query).await }
        })
        .buffered(in_flight)
        .collect()
        .await;
    let mut found = Vec::new();
    for page in pages {
        found.extend(page?.items);
    }
    Ok(found)
}

/// The record a save of `customer` would send (kept for a reload, see `customers::held`),
/// which [`read_records`] reads back.
pub async fn write_body(backend: Backend, customer: &Customer) -> Result<serde_json::Value, ApiError> {
    match backend {
        Backend::Portos => Ok(customer_desk_domain::portos::write(customer)),
        Backend::Dealpos => dealpos::mapping::write(customer).await,
    }
}

/// Customers from records as the vendor sent them (kept for a reload, see `customers::held`).
pub async fn read_records(backend: Backend, records: Vec<serde_json::Value>) -> Result<Vec<Customer>, ApiError> {
    match backend {
        Backend::Portos => Ok(records.iter().map(customer_desk_domain::portos::read).collect()),
        Backend::Dealpos => dealpos::mapping::read(records).await,
    }
}

/// The customers with these External IDs (PORTOS: one `ExternalId=in:…` query; DealPOS,
/// which has no such filter: its `Code`, one Detail each).
pub async fn by_external_ids(endpoint: &Endpoint, ids: &[String]) -> Result<Vec<Customer>, ApiError> {
    match endpoint.backend() {
        Backend::Portos => Ok(portos::customers::list(endpoint, &customer_desk_domain::csv::import::lookup_query(ids)).await?.items),
        Backend::Dealpos => {
            let mut found = Vec::new();
            for id in ids {
                match dealpos::customers::by_code(endpoint, id).await {
                    Ok(customer) => found.push(customer),
                    Err(ApiError::NotFound { .. }) => {}
                    Err(err) => return Err(err),
                }
            }
            Ok(found)
        }
    }
}
