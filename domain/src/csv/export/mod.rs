//! The list's CSV export: the columns, one customer as a row, RFC 4180 quoting with
//! spreadsheet formula injection neutralised, the file name, and the paged queries that
//! fetch every matching customer.
//!
//! Hand-written rather than the `csv` crate: the app (wasm, over its size budget) uses it,
//! and quoting is a few lines.

use crate::customer::Customer;
use crate::customer::property::Property;
use crate::list::query::ListQuery;
use chrono::{NaiveDate, SecondsFormat};

/// Customers per request; the API allows up to 1000 (`$take`).
pub const EXPORT_PAGE_SIZE: u32 = 500;

/// A byte-order mark, so Excel reads the file as UTF-8 (diacritics intact).
pub const BOM: &str = "\u{feff}";

/// A fixed set of columns, whatever the table shows, so files from different users line up.
/// "ID" is the customer's id on the server: importing the file again updates exactly the
/// customers it came from, External ID or not.
pub const EXPORTED: [Property; 13] = [
    Property::Name,
    Property::Email,
    Property::Phone,
    Property::CompanyName,
    Property::Status,
    Property::Active,
    Property::DiscountRate,
    Property::CreditRate,
    Property::Cards,
    Property::ExpirationTime,
    Property::ExternalId,
    Property::Note,
    Property::Id,
];

/// The header record: each exported property's heading.
pub const HEADER: [&str; 13] = {
    let mut header = [""; 13];
    let mut at = 0;
    while at < EXPORTED.len() {
        header[at] = match EXPORTED[at].describe().export_heading {
            Some(heading) => heading,
            None => panic!("an exported property has no heading"),
        };
        at += 1;
    }
    header
};

/// One cell as written to the file. A value a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, which spreadsheets
/// read as "text"; then a value with a comma, quote or line break is quoted, quotes doubled.
pub fn field(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    if neutral.contains([',', '"', '\n', '\r']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

/// A record: the cells quoted and joined, ended with CRLF as RFC 4180 says.
pub fn record<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = cells.iter().map(|cell| field(cell.as_ref())).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The file's start: the byte-order mark and the header record.
pub fn header() -> String {
    format!("{BOM}{}", record(&HEADER))
}

/// One customer in [`HEADER`] order. Numbers are plain (`12.5`, no `%`) and times RFC 3339
/// in UTC, so a spreadsheet can compute with them whatever its locale.
pub fn customer_record(customer: &Customer) -> String {
    record(&EXPORTED.map(|property| cell(customer, property)))
}

/// One property's cell.
fn cell(customer: &Customer, property: Property) -> String {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    match property {
        Property::Name => customer.display_name(),
        Property::Email => text(&customer.email),
        Property::Phone => text(&customer.phone),
        Property::CompanyName => customer.company.as_ref().map(|c| text(&c.name)).unwrap_or_default(),
        Property::Status => customer.status.text().english(),
        Property::Active => if customer.is_active { "Yes" } else { "No" }.to_owned(),
        Property::DiscountRate => customer.discount_rate.to_string(),
        Property::CreditRate => customer.credit_rate.to_string(),
        Property::Cards => customer.cards.iter().map(|card| card.serial_number.as_str()).collect::<Vec<_>>().join("; "),
        Property::ExpirationTime => customer.expiration_time.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)).unwrap_or_default(),
        Property::ExternalId => text(&customer.external_id),
        Property::Note => text(&customer.note),
        Property::Id => customer.id.clone(),
        // Not exported (the property table says which are); listed so a new one is decided.
        Property::FirstName
        | Property::LastName
        | Property::BirthDate
        | Property::ActivationTime
        | Property::VatId
        | Property::TaxId
        | Property::Crn
        | Property::Street
        | Property::City
        | Property::PostalCode
        | Property::Country
        | Property::DeliveryStreet
        | Property::DeliveryCity
        | Property::DeliveryPostalCode
        | Property::DeliveryCountry
        | Property::Group
        | Property::LoyaltyPoints
        | Property::Joined
        | Property::Outlet => String::new(),
    }
}

/// `customers-2026-03-01.csv`, dated with the user's local day.
pub fn file_name(day: NaiveDate) -> String {
    format!("customers-{day}.csv")
}

/// Page `page` (1-based) of the export of `query`: its search, filters and sort, in pages
/// of [`EXPORT_PAGE_SIZE`].
pub fn export_page(query: &ListQuery, page: u64) -> ListQuery {
    ListQuery { page: page.max(1), page_size: EXPORT_PAGE_SIZE, ..query.clone() }
}

/// Whether another page is needed after `fetched` customers of `total` (when the API tells
/// it), the last page having brought `last_page_len`. A short page always ends it, even if
/// customers were deleted meanwhile.
pub fn needs_more(fetched: u64, total: Option<u64>, last_page_len: usize) -> bool {
    total.is_none_or(|total| fetched < total) && last_page_len == EXPORT_PAGE_SIZE as usize
}

#[cfg(test)]
mod tests;
