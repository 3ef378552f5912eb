//! PORTOS customers: the NData list, one customer, create, update (with `_v`) and delete.
//! Answers are read one record at a time by the domain's PORTOS mapping (so one record it
//! cannot read never blanks a page), and bodies are written by it (so a save sends back
//! everything that was read).

use crate::api::customers::CustomerPage;
use crate::api::error::ApiError;
use crate::api::http::Endpoint;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use customer_desk_domain::portos::{self, wire::QueryResult};
use serde_json::Value;

pub async fn list(endpoint: &Endpoint, query: &ListQuery) -> Result<CustomerPage, ApiError> {
    let result: QueryResult<Value> = endpoint.get_with_query("/customers", &query.to_api_params()).await?;
    let (items, total) = portos::read_page(result);
    Ok(CustomerPage { items, total: Some(total), search_incomplete: false })
}

pub async fn get(endpoint: &Endpoint, id: &str) -> Result<Customer, ApiError> {
    let record: Value = endpoint.get(&customer_path(id)).await?;
    Ok(portos::read(&record))
}

pub async fn create(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    let record: Value = endpoint.post("/customers", &portos::write(customer)).await?;
    Ok(portos::read(&record))
}

/// PUT carries the `_v` that was read; a stale one is refused as a version conflict. A
/// server that answers without the customer (a 204) is asked for it.
pub async fn update(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    let record: Value = endpoint.put(&customer_path(&customer.id), &portos::write(customer)).await?;
    if record.is_object() { Ok(portos::read(&record)) } else { get(endpoint, &customer.id).await }
}

pub async fn delete(endpoint: &Endpoint, id: &str) -> Result<(), ApiError> {
    endpoint.delete(&customer_path(id)).await
}

fn customer_path(id: &str) -> String {
    format!("/customers/{}", js_sys::encode_uri_component(id))
}
