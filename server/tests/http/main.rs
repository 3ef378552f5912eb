//! The server over real HTTP (and, for the API, a real SQLite file). One test binary with
//! a module per area keeps link time low.

mod auth;
mod cli;
mod customer_details;
mod customers_list;
mod customers_write;
mod dealpos_auth;
mod dealpos_customers;
mod dealpos_support;
mod fixture;
mod hub;
mod import;
mod list_ids;
mod robustness;
mod static_site;
mod support;
mod wire_extras;
mod wire_shape;
