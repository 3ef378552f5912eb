//! DealPOS customers: `GET Customer`, `GET Customer/Detail`, `POST Customer`,
//! `PUT Customer` (as the vendor documents it) and `DELETE Customer?Email=`. Answers are
//! read by the domain's DealPOS mapping, bodies written by it (the record as read, with
//! the user's changes).

use super::mapping;
use crate::api::customers::CustomerPage;
use crate::api::error::ApiError;
use crate::api::http::Endpoint;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::dealpos::DealposWriteResult;
use customer_desk_domain::i18n::{Text, catalog};
use customer_desk_domain::list::query::ListQuery;
use customer_desk_domain::problem::ValidationError;
use serde_json::Value;

pub async fn list(endpoint: &Endpoint, query: &ListQuery) -> Result<CustomerPage, ApiError> {
    let params = mapping::query_pairs(query).await?;
    let items: Vec<Value> = endpoint.get_with_query("/Customer", &params).await?;
    Ok(CustomerPage { items: mapping::read(items).await?, total: None, search_incomplete: false })
}

pub async fn get(endpoint: &Endpoint, id: &str) -> Result<Customer, ApiError> {
    let record: Value = endpoint.get_with_query("/Customer/Detail", &[("ID", id.to_owned())]).await?;
    mapping::read_one(record).await
}

/// The customer whose `Code` (the domain's External ID) is `code`.
pub async fn by_code(endpoint: &Endpoint, code: &str) -> Result<Customer, ApiError> {
    let record: Value = endpoint.get_with_query("/Customer/Detail", &[("Code", code.to_owned())]).await?;
    mapping::read_one(record).await
}

/// Creates (keeping `customer.id` when it has one, as Undo needs) and reads the result
/// back, since DealPOS answers a create with the ID only.
pub async fn create(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    let created: DealposWriteResult = endpoint.post("/Customer", &mapping::write(customer).await?).await?;
    get(endpoint, &created.id).await
}

/// `PUT Customer` with the record as read (its `ID` included, which names the customer;
/// see docs/local-api.md, assumptions), then the customer as stored.
pub async fn update(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    let updated: DealposWriteResult = endpoint.put("/Customer", &mapping::write(customer).await?).await?;
    let id = if updated.id.is_empty() { customer.id.clone() } else { updated.id };
    get(endpoint, &id).await
}

/// DealPOS deletes by email address, so a customer without one cannot be deleted here.
pub async fn delete(endpoint: &Endpoint, customer: &Customer) -> Result<(), ApiError> {
    let Some(email) = customer.email.clone().filter(|email| !email.trim().is_empty()) else {
        let needed = Text::new("api-dealpos-delete-needs-email-field");
        return Err(ApiError::Validation {
            title: Some(catalog(crate::api::http::language()).text("api-dealpos-delete-needs-email")),
            errors: vec![ValidationError { member_name: "email".to_owned(), message: needed.english(), code: None, text: Some(needed) }],
        });
    };
    endpoint.delete(&format!("/Customer?{}", crate::api::http::encode_query(&[("Email", email)]))).await
}
