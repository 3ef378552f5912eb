//! The PORTOS v4 `Customer` and its parts, exactly as they travel on the wire (camelCase,
//! `_v` for the version). The same types are the domain model: PORTOS is the primary API,
//! so there is nothing to map.
//!
//! Documented fields (the customers page's example): id, externalId, isActive, status,
//! activationTime, expirationTime, firstName, lastName, fullName, gender, birthDate, email,
//! phone, isCompany. The rest (company, address, deliveryAddress, note, discountRate,
//! creditRate, credit, cards, `_v`) follow the data-model pages and DESIGN.md; see the
//! README for the choices. [`CreditTransaction`] is one entry of a customer's credit history.

use crate::dealpos::DealposData;
use crate::i18n::Text;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A customer. On create and update `status` and `fullName` are ignored (the server derives
/// them) and `id` may be empty on create (the server assigns one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub external_id: Option<String>,
    #[serde(default = "default_true")]
    pub is_active: bool,
    #[serde(default)]
    pub status: CustomerStatus,
    #[serde(default)]
    pub activation_time: Option<DateTime<Utc>>,
    #[serde(default)]
    pub expiration_time: Option<DateTime<Utc>>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub gender: Option<Gender>,
    #[serde(default, with = "birth_date")]
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub is_company: bool,
    #[serde(default)]
    pub company: Option<Company>,
    #[serde(default)]
    pub address: Option<Address>,
    /// Where goods go when it differs from `address`; the same shape.
    #[serde(default)]
    pub delivery_address: Option<Address>,
    #[serde(default)]
    pub note: Option<String>,
    /// Percent, 0 to 100. Changing it needs the `customerSetDiscount` right.
    #[serde(default)]
    pub discount_rate: f64,
    /// Non-negative.
    #[serde(default)]
    pub credit_rate: f64,
    /// Credit balance, non-negative. Changing it needs the `customerSetCredit` right.
    #[serde(default)]
    pub credit: f64,
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Resource version, incremented by the API on every write.
    #[serde(rename = "_v", default)]
    pub version: i64,
    /// What only DealPOS has; `None` for customers read through PORTOS, and never written
    /// to PORTOS JSON then, so the PORTOS wire format is unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dealpos: Option<DealposData>,
}

fn default_true() -> bool {
    true
}

/// A new customer, every field at its wire default (active, no name yet): the serde
/// attributes above are the one place those defaults are written.
impl Default for Customer {
    fn default() -> Self {
        serde_json::from_str("{}").expect("every Customer field has a serde default")
    }
}

/// Derived from `activationTime` and `expirationTime` (see [`CustomerStatus::at`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CustomerStatus {
    #[default]
    Valid,
    /// `activationTime` is in the future.
    NotYetValid,
    /// `expirationTime` has passed.
    Expired,
}

impl CustomerStatus {
    /// How people read it, in their language: "Valid", "Not yet valid", "Expired".
    pub fn text(self) -> Text {
        match self {
            CustomerStatus::Valid => Text::new("customer-status-valid"),
            CustomerStatus::NotYetValid => Text::new("customer-status-not-yet-valid"),
            CustomerStatus::Expired => Text::new("customer-status-expired"),
        }
    }

    /// The status at `now` for the given validity window.
    pub fn at(
        now: DateTime<Utc>,
        activation: Option<DateTime<Utc>>,
        expiration: Option<DateTime<Utc>>,
    ) -> Self {
        match (activation, expiration) {
            (_, Some(expiration)) if expiration <= now => CustomerStatus::Expired,
            (Some(activation), _) if activation > now => CustomerStatus::NotYetValid,
            _ => CustomerStatus::Valid,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    Male,
    Female,
}

/// The documented `Address` model.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub zip_code: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
}

/// The company a customer buys for (`isCompany`); searched by name, VAT ID, tax ID and
/// company registration number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Company {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub vat_id: Option<String>,
    #[serde(default)]
    pub tax_id: Option<String>,
    /// Company registration number (IČO in Slovakia and Czechia).
    #[serde(default)]
    pub crn: Option<String>,
}

/// A loyalty card; serial numbers are unique across all customers, blocked cards included
/// (a blocked card stays with its customer so it cannot be handed to someone else).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub serial_number: String,
    #[serde(default)]
    pub is_blocked: bool,
}

/// One change of a customer's `credit`, newest first in
/// `GET /api/customers/{id}/credit-transactions`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditTransaction {
    pub id: i64,
    pub time: DateTime<Utc>,
    /// The signed change: positive for a top-up, negative for a payment.
    pub amount: f64,
    /// The credit after this change.
    pub balance: f64,
    #[serde(default)]
    pub note: Option<String>,
}

/// PORTOS's `QueryResult<T>`: one page, its length and the total matching the filters.
/// With `$count=true`, `items` is absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryResult<T> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<T>>,
    pub count: u64,
    pub total_count: u64,
}

impl Customer {
    /// The name to show: the server's full name, or first and last name joined.
    pub fn display_name(&self) -> String {
        if self.full_name.trim().is_empty() { self.derived_full_name() } else { self.full_name.clone() }
    }

    /// "First Last", or the company name when there is no personal name.
    pub fn derived_full_name(&self) -> String {
        let parts: Vec<&str> = [self.first_name.as_deref(), self.last_name.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if parts.is_empty() {
            self.company.as_ref().and_then(|c| c.name.clone()).unwrap_or_default()
        } else {
            parts.join(" ")
        }
    }
}

/// `birthDate` is written as `YYYY-MM-DD`; a date-time (as .NET servers send) is accepted
/// and its date kept.
mod birth_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&date.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
        let date_part = text.split('T').next().unwrap_or(&text);
        NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| serde::de::Error::custom(format!("'{text}' is not a date (YYYY-MM-DD)")))
    }
}

#[cfg(test)]
#[path = "customer_tests.rs"]
mod tests;
