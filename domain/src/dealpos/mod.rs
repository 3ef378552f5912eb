//! DealPOS v3, the second vendor: its wire types (`wire`: the PascalCase customer, the list
//! request, the OAuth2 token, its `{"ID", "Message"}` answers), the one mapping to and
//! from the domain [`Customer`] (`mapping`; docs/dealpos.md has the
//! table) and the Contacts roles.
//!
//! What only DealPOS has (join date, second phone, group, loyalty points, outlet, ...)
//! travels in [`Customer::membership`] as a [`Membership`](crate::customer::Membership),
//! which PORTOS JSON never carries.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(doc)]
use crate::customer::Customer;

/// Without `PageSize` a page holds this many customers.
pub const DEFAULT_PAGE_SIZE: u32 = 100;
/// A larger `PageSize` is refused.
pub const MAX_PAGE_SIZE: u32 = 1000;

impl DealposListRequest {
    /// The `GET Customer` query parameters, in a fixed order (not yet URL-encoded).
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let date = |d: &NaiveDate| d.to_string();
        [
            ("Name", self.name.clone()),
            ("Outlet", self.outlet.clone()),
            ("From", self.from.as_ref().map(date)),
            ("To", self.to.as_ref().map(date)),
            ("PageNumber", self.page_number.map(|n| n.to_string())),
            ("PageSize", self.page_size.map(|n| n.to_string())),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| (name, v)))
        .collect()
    }
}

/// The roles of DealPOS's "Contacts" group a client may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ContactsRole {
    View,
    Create,
    Edit,
    Delete,
}

impl ContactsRole {
    pub const ALL: [ContactsRole; 4] = [ContactsRole::View, ContactsRole::Create, ContactsRole::Edit, ContactsRole::Delete];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactsRole::View => "VIEW",
            ContactsRole::Create => "CREATE",
            ContactsRole::Edit => "EDIT",
            ContactsRole::Delete => "DELETE",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// Reads a date given as `YYYY-MM-DD`, a date-time (`1995-03-01T00:00:00`, with or without
/// fraction and zone; its date is kept) or `31 Jul 2019` (the vendor's detail example).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let date_part = text.split('T').next().unwrap_or(text);
    crate::calendar::parse_date(date_part).or_else(|| crate::calendar::parse_day_month_name_year(text))
}

mod list;
mod mapping;
pub mod wire;

pub use mapping::{dealpos_member, domain_member, format_address, read, validate_dealpos, write_body};
pub use wire::{DealposCustomer, DealposListRequest, DealposMessage, DealposWriteResult, OAuthError, TokenResponse};

#[cfg(test)]
mod tests;
