//! The only code that speaks HTTP. Pages call these functions with domain types and get
//! domain types or an [`ApiError`] back.

pub mod config;
pub mod connectivity;
pub mod customers;
pub mod dealpos;
pub mod error;
pub mod http;
pub mod live;
pub mod messages;
pub mod pace;
pub mod portos;
pub mod search;

pub use error::ApiError;
