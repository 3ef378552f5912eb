//! The DealPOS mapping (the domain's `dealpos` reader and writer, with its wire types) in a
//! wasm chunk of its own (`crate::chunk`): with PORTOS configured it is never fetched. The
//! first DealPOS request fetches it; if it cannot be fetched, the request fails as an
//! unreachable server does, with the same Retry.

use crate::api::error::ApiError;
use crate::chunk::ChunkNotLoaded;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::dealpos::{self, DealposListRequest};
use customer_desk_domain::list::query::ListQuery;
use serde_json::Value;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(dealpos, wasm_split_path = ::leptos::wasm_split, preload(preload_chunk), fallible))]
fn read_records(records: Vec<Value>) -> Result<Vec<Customer>, ChunkNotLoaded> {
    Ok(records.iter().map(dealpos::read).collect())
}

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(dealpos, wasm_split_path = ::leptos::wasm_split, fallible))]
fn write_record(customer: Customer) -> Result<Value, ChunkNotLoaded> {
    Ok(dealpos::write_body(&customer))
}

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(dealpos, wasm_split_path = ::leptos::wasm_split, fallible))]
fn list_params(query: ListQuery) -> Result<Vec<(&'static str, String)>, ChunkNotLoaded> {
    Ok(DealposListRequest::from_query(&query).query_pairs())
}

/// A split call, whose failure to load is an unreachable server's.
macro_rules! call {
    ($call:expr) => {
        crate::chunk::split_call!($call).map_err(|ChunkNotLoaded| ApiError::Unreachable)
    };
}

/// Starts fetching the chunk (DealPOS configured: the first request then need not wait).
pub fn preload() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = preload_chunk().await;
    });
}

/// DealPOS records as domain customers.
pub async fn read(records: Vec<Value>) -> Result<Vec<Customer>, ApiError> {
    call!(read_records(records))
}

/// One DealPOS record as a domain customer.
pub async fn read_one(record: Value) -> Result<Customer, ApiError> {
    let mut read = read(vec![record]).await?;
    read.pop().ok_or(ApiError::Unreachable)
}

/// The body of `POST` or `PUT Customer` for `customer`.
pub async fn write(customer: &Customer) -> Result<Value, ApiError> {
    call!(write_record(customer.clone()))
}

/// `GET Customer`'s query parameters for `query`.
pub async fn query_pairs(query: &ListQuery) -> Result<Vec<(&'static str, String)>, ApiError> {
    call!(list_params(query.clone()))
}
