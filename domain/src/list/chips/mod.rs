//! The active filters as short labels ("Discount rate > 10", "Inactive") for the chips
//! above the list, written from any NData value the URL may hold.

use crate::i18n::{Catalog, Locale, Text, catalog};
use crate::list::query::{FilterKind, ListQuery, filter_spec};
use crate::ndata::{self, Operation, Operator};

/// An active filter as the list shows it above the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterChip {
    /// The PORTOS parameter, to remove the filter.
    pub parameter: &'static str,
    /// The label in the language it was asked for.
    pub label: String,
}

/// One chip per active filter, in [`FILTERS`](crate::list::query::FILTERS) order, labelled
/// in `locale`.
pub fn filter_chips(query: &ListQuery, locale: Locale) -> Vec<FilterChip> {
    let catalog = catalog(locale);
    query.filters.iter().map(|(parameter, value)| FilterChip { parameter, label: chip_label(catalog, parameter, value) }).collect()
}

fn chip_label(catalog: &Catalog, parameter: &str, value: &str) -> String {
    let spec = filter_spec(parameter);
    let name = spec.map_or_else(|| parameter.to_owned(), |spec| catalog.render(&spec.label()));
    let plain = |name: String| Text::new("filters-chip-value").with("filter", name).with("value", value);
    let chip = match spec.map(|spec| spec.kind) {
        Some(FilterKind::Text) => plain(name),
        Some(FilterKind::Date) => Text::new("filters-chip-date").with("filter", name).with("value", value),
        _ => match ndata::parse_filter(value) {
            Err(_) => plain(name),
            Ok(operations) => match (parameter, operations.as_slice()) {
                ("IsActive", _) if value == "true" => Text::new("filters-chip-active"),
                ("IsActive", _) => Text::new("filters-chip-inactive"),
                ("IsExpired", _) if value == "true" => Text::new("filters-chip-expired"),
                ("IsExpired", _) => Text::new("filters-chip-not-expired"),
                (_, [low, high]) if low.operator == Operator::Gte && high.operator == Operator::Lte && parameter != "ExpirationTime" => {
                    Text::new("filters-chip-between").with("filter", name).with("low", low.args.join("")).with("high", high.args.join(""))
                }
                _ => {
                    let words = parameter == "ExpirationTime";
                    let parts = operations.iter().map(|op| catalog.render(&describe(op, words)));
                    let conditions = parts
                        .reduce(|previous, next| {
                            catalog.render(&Text::new("filters-chip-and").with("previous", previous).with("next", next))
                        })
                        .unwrap_or_default();
                    Text::new("filters-chip-conditions").with("filter", name).with("conditions", conditions)
                }
            },
        },
    };
    catalog.render(&chip)
}

/// `> 10`, `is ABC`, `after 2026-01-01` …
fn describe(operation: &Operation, dates: bool) -> Text {
    let text = match (operation.operator, dates) {
        (Operator::Eq, false) => Text::new("filters-op-eq"),
        (Operator::Eq, true) => Text::new("filters-op-on"),
        (Operator::Ne, false) => Text::new("filters-op-ne"),
        (Operator::Ne, true) => Text::new("filters-op-not-on"),
        (Operator::Gt, false) => Text::new("filters-op-gt"),
        (Operator::Gt, true) => Text::new("filters-op-after"),
        (Operator::Gte, false) => Text::new("filters-op-gte"),
        (Operator::Gte, true) => Text::new("filters-op-on-or-after"),
        (Operator::Lt, false) => Text::new("filters-op-lt"),
        (Operator::Lt, true) => Text::new("filters-op-before"),
        (Operator::Lte, false) => Text::new("filters-op-lte"),
        (Operator::Lte, true) => Text::new("filters-op-on-or-before"),
        (Operator::Like, _) => Text::new("filters-op-contains"),
        (Operator::In, _) => Text::new("filters-op-in"),
        (Operator::Null, _) => return Text::new("filters-op-null"),
        (Operator::NotNull, _) => return Text::new("filters-op-not-null"),
    };
    text.with("value", operation.args.join(", "))
}

#[cfg(test)]
mod tests;
