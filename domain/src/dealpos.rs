//! DealPOS v3, the second vendor: its PascalCase customer, the list request, the OAuth2
//! client-credentials token, its `{"Message": ...}` answers and the Contacts roles. The
//! mapping to and from the domain [`Customer`] is in `dealpos_mapping.rs`; the README's
//! "DealPOS v3" section has the table.
//!
//! The domain model stays PORTOS's `Customer`; what only DealPOS has (join date, second
//! phone, group, loyalty points, outlet, ...) travels in [`Customer::dealpos`] as
//! [`DealposData`], which PORTOS JSON never carries.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(doc)]
use crate::customer::Customer;

/// Data only DealPOS has. Stored by the local server beside the customer, so PORTOS writes
/// (which cannot send it) leave it alone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DealposData {
    /// When the customer joined (the list's From/To filter this).
    #[serde(default)]
    pub join_date: Option<NaiveDate>,
    /// DealPOS's second number (`Phone`); its `Mobile` is the domain `phone`.
    #[serde(default)]
    pub phone: Option<String>,
    /// Membership group, e.g. "Gold".
    #[serde(default)]
    pub group: Option<String>,
    /// When the group membership ends.
    #[serde(default)]
    pub expired_group: Option<NaiveDate>,
    #[serde(default)]
    pub loyalty_point: f64,
    /// The ID of the customer who referred this one.
    #[serde(default)]
    pub referred_by: Option<String>,
    #[serde(default)]
    pub image_url: Option<String>,
    /// The outlet (shop) where the customer signed up; the list's Outlet filter.
    #[serde(default)]
    pub sign_up_outlet: Option<String>,
}

/// A DealPOS customer as it travels. Responses carry every field (`null` when unknown);
/// in request bodies every field may be missing. `BirthDate` is also read as `Birthdate`
/// (the vendor's create and update examples spell it so).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DealposCustomer {
    #[serde(rename = "ID", default)]
    pub id: Option<String>,
    /// "FirstName LastName" in responses (derived, like PORTOS's `fullName`).
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub mobile: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// One line of text.
    #[serde(default)]
    pub address: Option<String>,
    /// `true` = male, `false` = female, `null` = unknown.
    #[serde(default)]
    pub gender: Option<bool>,
    #[serde(default, alias = "Birthdate", with = "date_time")]
    pub birth_date: Option<NaiveDate>,
    #[serde(default, with = "date_time")]
    pub join_date: Option<NaiveDate>,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default, with = "date")]
    pub expired_group: Option<NaiveDate>,
    #[serde(default)]
    pub loyalty_point: Option<f64>,
    #[serde(default)]
    pub status: Option<DealposStatus>,
    #[serde(default)]
    pub referred_by: Option<String>,
    #[serde(rename = "ImageURL", default)]
    pub image_url: Option<String>,
    #[serde(default)]
    pub sign_up_outlet: Option<String>,
}

/// `Status`: the vendor documents `Active`; its Suspend/Unsuspend operations give the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DealposStatus {
    Active,
    Suspended,
}

/// The list's filters and page: the query of `GET Customer` and the body of
/// `POST Customer/p`. Pages start at 1.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DealposListRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
    /// Part of the name, any case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The sign-up outlet, whole, any case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// First join date included.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "date")]
    pub from: Option<NaiveDate>,
    /// Last join date included.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "date")]
    pub to: Option<NaiveDate>,
}

/// Without `PageSize` a page holds this many customers.
pub const DEFAULT_PAGE_SIZE: u32 = 100;
/// A larger `PageSize` is refused.
pub const MAX_PAGE_SIZE: u32 = 1000;

impl DealposListRequest {
    /// The `GET Customer` query parameters, in a fixed order (not yet URL-encoded).
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let date = |d: &NaiveDate| d.format("%Y-%m-%d").to_string();
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

/// The OAuth2 token answer (RFC 6749 section 5.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    /// Always "Bearer".
    pub token_type: String,
    /// Seconds.
    pub expires_in: u64,
}

/// The OAuth2 error answer (RFC 6749 section 5.2): `invalid_request`, `invalid_client`,
/// `unsupported_grant_type`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OAuthError {
    pub error: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

/// Every DealPOS error answer, and the answer of a delete.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealposMessage {
    #[serde(rename = "Message")]
    pub message: String,
}

/// The answer of a create, update or delete: the customer's ID and what happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealposWriteResult {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Message")]
    pub message: String,
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
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d %b %Y"))
        .ok()
}

fn deserialize_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(&text)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("'{text}' is not a date (YYYY-MM-DD)")))
}

/// Written as `YYYY-MM-DDT00:00:00`, as the vendor's list example writes `BirthDate` and
/// `JoinDate`.
mod date_time {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&date.format("%Y-%m-%dT00:00:00").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::deserialize_date(d)
    }
}

/// Written as `YYYY-MM-DD` (`ExpiredGroup`, `From`, `To`).
mod date {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&date.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::deserialize_date(d)
    }
}

#[path = "dealpos_mapping.rs"]
mod mapping;
pub use mapping::{dealpos_member, domain_member, format_address, validate_dealpos};

#[cfg(test)]
#[path = "dealpos_tests.rs"]
mod tests;
