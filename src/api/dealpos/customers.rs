//! DealPOS customers: `GET Customer`, `GET Customer/Detail`, `POST Customer`,
//! `PUT Customer/ByID`, `DELETE Customer?Email=`.

use crate::api::customers::CustomerPage;
use crate::api::error::ApiError;
use crate::api::http::Endpoint;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::dealpos::{DealposCustomer, DealposListRequest, DealposWriteResult};
use customer_desk_domain::i18n::{Text, catalog};
use customer_desk_domain::list_query::ListQuery;
use customer_desk_domain::problem::ValidationError;

pub async fn list(endpoint: &Endpoint, query: &ListQuery) -> Result<CustomerPage, ApiError> {
    let params = DealposListRequest::from_query(query).query_pairs();
    let items: Vec<DealposCustomer> = endpoint.get_with_query("/Customer", &params).await?;
    Ok(CustomerPage { items: items.iter().map(DealposCustomer::to_customer).collect(), total: None })
}

pub async fn get(endpoint: &Endpoint, id: &str) -> Result<Customer, ApiError> {
    let found: DealposCustomer = endpoint.get_with_query("/Customer/Detail", &[("ID", id.to_owned())]).await?;
    Ok(found.to_customer())
}

/// Creates (keeping `customer.id` when it has one, as Undo needs) and reads the result
/// back, since DealPOS answers a create with the ID only.
pub async fn create(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    let mut body = DealposCustomer::from_customer(customer);
    body.id = Some(customer.id.clone()).filter(|id| !id.is_empty());
    let created: DealposWriteResult = endpoint.post("/Customer", &body).await?;
    get(endpoint, &created.id).await
}

pub async fn update(endpoint: &Endpoint, customer: &Customer) -> Result<Customer, ApiError> {
    let updated: DealposWriteResult = endpoint.put("/Customer/ByID", &DealposCustomer::from_customer(customer)).await?;
    get(endpoint, &updated.id).await
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
