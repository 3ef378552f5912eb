//! The active filters as short labels ("Discount rate > 10", "Inactive") for the chips
//! above the list, written from any NData value the URL may hold.

use crate::list_query::{FilterKind, ListQuery, filter_spec};
use crate::ndata::{self, Operation, Operator};

/// An active filter as the list shows it above the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterChip {
    /// The PORTOS parameter, to remove the filter.
    pub parameter: &'static str,
    pub label: String,
}

/// One chip per active filter, in [`FILTERS`] order.
pub fn filter_chips(query: &ListQuery) -> Vec<FilterChip> {
    query
        .filters
        .iter()
        .map(|(parameter, value)| FilterChip { parameter, label: chip_label(parameter, value) })
        .collect()
}

fn chip_label(parameter: &str, value: &str) -> String {
    let spec = filter_spec(parameter);
    let name = spec.map_or(parameter, |spec| spec.label);
    match spec.map(|spec| spec.kind) {
        Some(FilterKind::Text) => return format!("{name}: {value}"),
        Some(FilterKind::Date) => return format!("{name} {value}"),
        _ => {}
    }
    let Ok(operations) = ndata::parse_filter(value) else { return format!("{name}: {value}") };
    match (parameter, operations.as_slice()) {
        ("IsActive", _) => if value == "true" { "Active" } else { "Inactive" }.to_owned(),
        ("IsExpired", _) => if value == "true" { "Expired" } else { "Not expired" }.to_owned(),
        (_, [low, high]) if low.operator == Operator::Gte && high.operator == Operator::Lte && parameter != "ExpirationTime" => {
            format!("{name} {}–{}", low.args.join(""), high.args.join(""))
        }
        _ => {
            let words = parameter == "ExpirationTime";
            let parts: Vec<String> = operations.iter().map(|op| describe(op, words)).collect();
            format!("{name} {}", parts.join(" and "))
        }
    }
}

/// `> 10`, `is ABC`, `after 2026-01-01` …
fn describe(operation: &Operation, dates: bool) -> String {
    let args = operation.args.join(", ");
    let text = match (operation.operator, dates) {
        (Operator::Eq, false) => "=",
        (Operator::Eq, true) => "on",
        (Operator::Ne, false) => "≠",
        (Operator::Ne, true) => "not on",
        (Operator::Gt, false) => ">",
        (Operator::Gt, true) => "after",
        (Operator::Gte, false) => "≥",
        (Operator::Gte, true) => "on or after",
        (Operator::Lt, false) => "<",
        (Operator::Lt, true) => "before",
        (Operator::Lte, false) => "≤",
        (Operator::Lte, true) => "on or before",
        (Operator::Like, _) => "contains",
        (Operator::In, _) => "is one of",
        (Operator::Null, _) => return "is not set".to_owned(),
        (Operator::NotNull, _) => return "is set".to_owned(),
    };
    format!("{text} {args}")
}

#[cfg(test)]
#[path = "filter_chips_tests.rs"]
mod tests;
