//! PORTOS customers: the NData list, one customer, create, update (with `_v`), delete,
//! and a customer's credit history.

use crate::api::customers::CustomerPage;
use crate::api::error::ApiError;
use crate::api::http::Endpoint;
use customer_desk_domain::customer::{CreditTransaction, Customer, QueryResult};
use customer_desk_domain::list_query::ListQuery;

pub async fn list(endpoint: &Endpoint, query: &ListQuery) -> Result<CustomerPage, ApiError> {
    let result: QueryResult<Customer> = endpoint.get_with_query("/customers", &query.to_api_params()).await?;
    Ok(CustomerPage { items: result.items.unwrap_or_default(), total: Some(result.total_count) })
}

pub async fn get(endpoint: &Endpoint, id: &str) -> Result<Customer, ApiError> {
    endpoint.get(&customer_path(id)).await
}

pub async fn create(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    endpoint.post("/customers", customer).await
}

/// PUT carries the `_v` that was read; a stale one is refused as a version conflict.
pub async fn update(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    endpoint.put(&customer_path(&customer.id), customer).await
}

pub async fn delete(endpoint: &Endpoint, id: &str) -> Result<(), ApiError> {
    endpoint.delete(&customer_path(id)).await
}

/// The newest `take` changes of a customer's credit, and how many there are in all.
pub async fn credit_transactions(endpoint: &Endpoint, id: &str, take: u32) -> Result<(Vec<CreditTransaction>, u64), ApiError> {
    let path = format!("{}/credit-transactions", customer_path(id));
    let result: QueryResult<CreditTransaction> = endpoint.get_with_query(&path, &[("$take", take.to_string())]).await?;
    Ok((result.items.unwrap_or_default(), result.total_count))
}

fn customer_path(id: &str) -> String {
    format!("/customers/{}", js_sys::encode_uri_component(id))
}
