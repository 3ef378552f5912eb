//! The customer list: the query a list URL means (search, filters, sort, page), the
//! filter chips, what Search can ask each vendor, the selection for bulk work, the bulk
//! actions themselves, and saved views.

pub mod bulk;
pub mod chips;
pub mod filters;
pub mod held;
pub mod query;
pub mod saved_views;
pub mod search;
pub mod selection;
