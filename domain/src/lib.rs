//! The plain-Rust core of customer-desk, shared by the app (wasm) and the server (native).
//!
//! Nothing here touches Leptos or the browser, so every rule is tested natively in seconds.

pub mod auth;
pub mod calendar;
pub mod config;
pub mod csv;
pub mod customer;
pub mod dealpos;
pub mod duplicates;
pub mod fold;
pub mod form;
pub mod i18n;
pub mod lenient;
pub mod list;
pub mod live;
pub mod locale_format;
pub mod ndata;
pub mod portos;
pub mod problem;
pub mod round_trip;
pub mod scan;
pub mod session;
pub mod shortcuts;
