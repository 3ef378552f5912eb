//! The plain-Rust core of customer-desk, shared by the app (wasm) and the server (native).
//!
//! Nothing here touches Leptos or the browser, so every rule is tested natively in seconds.

pub mod auth;
pub mod bulk;
pub mod calendar;
pub mod config;
pub mod customer;
pub mod customer_form;
pub mod csv_export;
pub mod csv_import;
pub mod dealpos;
pub mod drafts;
pub mod filter_chips;
pub mod fold;
pub mod form_merge;
pub mod i18n;
pub mod lenient;
pub mod list_filters;
pub mod list_query;
pub mod live;
pub mod ndata;
pub mod portos;
pub mod locale_format;
pub mod problem;
pub mod round_trip;
pub mod saved_views;
pub mod search;
pub mod selection;
pub mod session;
pub mod shortcuts;
pub mod validation;
