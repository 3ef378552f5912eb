//! DealPOS v3 as its reference page shows it (`vendor-examples/dealpos/`, copied from its reference page):
//! the list item (`Name`, `Code`, `Mobile`, `Email`, `BirthDate` as a date-time,
//! `JoinDate`, `ID`), the create and update bodies, the `{ID}` and `{ID, Message}`
//! answers, the list request and the OAuth2 client-credentials token. Reading is tolerant
//! (`lenient`): every field may be missing or `null`, numbers may be integers.

use super::parse_date;
use crate::lenient;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A DealPOS customer as it travels: the list example's keys first, in its order, then
/// the rest of the create and update examples' keys. Answers carry every field (`null`
/// when unknown); in request bodies every field may be missing. `BirthDate` is also read
/// as `Birthdate`, as the vendor's request examples spell it (and `mapping::write_body`
/// writes it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DealposCustomer {
    /// "FirstName LastName" in answers (derived, like PORTOS's `fullName`).
    #[serde(deserialize_with = "lenient::text")]
    pub name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub code: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub mobile: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub email: Option<String>,
    #[serde(alias = "Birthdate", with = "date_time")]
    pub birth_date: Option<NaiveDate>,
    #[serde(with = "date_time")]
    pub join_date: Option<NaiveDate>,
    #[serde(rename = "ID", deserialize_with = "lenient::text")]
    pub id: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub first_name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub last_name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub phone: Option<String>,
    /// One line of text.
    #[serde(deserialize_with = "lenient::text")]
    pub address: Option<String>,
    /// `false` = male, `true` = female, `null` = unknown (see docs/local-api.md, assumptions).
    pub gender: Option<bool>,
    #[serde(deserialize_with = "lenient::text")]
    pub group: Option<String>,
    #[serde(with = "date")]
    pub expired_group: Option<NaiveDate>,
    #[serde(deserialize_with = "lenient::optional_number")]
    pub loyalty_point: Option<f64>,
    /// `Active` or `Suspended`; another value is kept as written.
    #[serde(deserialize_with = "lenient::text")]
    pub status: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub referred_by: Option<String>,
    #[serde(rename = "ImageURL", deserialize_with = "lenient::text")]
    pub image_url: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub sign_up_outlet: Option<String>,
}

/// `Status`: the vendor documents `Active`; its Suspend/Unsuspend operations give the other.
pub const ACTIVE: &str = "Active";
pub const SUSPENDED: &str = "Suspended";

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

/// The answer of a create (`{"ID"}`), update or delete (`{"ID", "Message"}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealposWriteResult {
    #[serde(rename = "ID", deserialize_with = "lenient::text_or_empty")]
    pub id: String,
    /// The update and delete examples carry it, the create example does not.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

fn deserialize_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(&text).map(Some).ok_or_else(|| serde::de::Error::custom(format!("'{text}' is not a date (YYYY-MM-DD)")))
}

/// Written as `YYYY-MM-DDT00:00:00`, as the vendor's list example writes `BirthDate` and
/// `JoinDate`.
mod date_time {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&format!("{date}T00:00:00")),
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
            Some(date) => s.serialize_str(&date.to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::deserialize_date(d)
    }
}
