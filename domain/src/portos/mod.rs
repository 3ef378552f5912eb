//! PORTOS v4, the primary vendor: its documented customer JSON (`wire`) and the one
//! mapping to and from the domain (`mapping`).

pub mod mapping;
pub mod reader;
pub mod wire;

pub use mapping::{ReadError, from_wire, parse, read, read_page, to_wire, write};
