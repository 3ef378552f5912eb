//! PORTOS v4.

pub mod auth;
pub mod customers;
