//! Customers as CSV: the export a spreadsheet opens, and the import that reads it back.

pub mod export;
pub mod import;
