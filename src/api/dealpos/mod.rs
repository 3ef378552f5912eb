//! DealPOS v3: PascalCase customers, a bare list without a total, `{"Message"}` errors and
//! a rate limit. Mapped to and from domain types by `customer_desk_domain::dealpos`.

pub mod auth;
pub mod customers;
pub(crate) mod mapping;
