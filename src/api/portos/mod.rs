//! PORTOS v4.

pub mod auth;
