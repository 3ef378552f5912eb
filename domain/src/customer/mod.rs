//! The domain customer the views use, vendor-neutral. Each vendor's JSON is read into it
//! and written from it by that vendor's mapping (`portos`, `dealpos`), never by serde
//! derives here, so no view depends on how a vendor spells a field.
//!
//! Every value a record carried that the app does not model stays in [`Source`], so a
//! save can send it back (see `round_trip`).

pub mod personal_data;
pub mod property;
pub mod validation;

mod membership;
use crate::i18n::Text;
use crate::round_trip::Source;
use chrono::{DateTime, NaiveDate, Utc};
pub use membership::Membership;
use serde_json::Value;

/// A customer. On create and update `status` and `fullName` are the server's to derive,
/// and `id` may be empty on create (the server assigns one).
#[derive(Clone, Debug, PartialEq)]
pub struct Customer {
    pub id: String,
    pub external_id: Option<String>,
    pub is_active: bool,
    pub status: CustomerStatus,
    pub activation_time: Option<DateTime<Utc>>,
    pub expiration_time: Option<DateTime<Utc>>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub full_name: String,
    pub gender: Option<Gender>,
    pub birth_date: Option<NaiveDate>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub is_company: bool,
    pub company: Option<Company>,
    pub address: Option<Address>,
    /// Where goods go when it differs from `address`; the same shape.
    pub delivery_address: Option<Address>,
    /// The credit balance, non-negative. Changing it needs the `customerSetCredit` right.
    pub credit: Credit,
    /// The changes of `credit`, as the server lists them (the app never writes them).
    pub credit_transactions: Vec<CreditTransaction>,
    pub cards: Vec<Card>,
    /// Non-negative.
    pub credit_rate: f64,
    /// Percent, 0 to 100. Changing it needs the `customerSetDiscount` right.
    pub discount_rate: f64,
    pub note: Option<String>,
    /// The vendor's free-form metadata, kept as it came.
    pub meta: Option<Value>,
    /// Resource version, incremented by the API on every write.
    pub version: i64,
    /// What only DealPOS has; `None` for customers read through PORTOS.
    pub membership: Option<Membership>,
    /// The record this customer was read from (nothing for a new one).
    pub source: Source,
    /// Fields of that record that could not be read (`cards[0].isActive`); each took its
    /// default here and is sent back untouched.
    pub unreadable: Vec<String>,
}

/// A new customer: active, no name yet, no money, an empty `meta` object as the vendor's
/// create example sends.
impl Default for Customer {
    fn default() -> Self {
        Self {
            id: String::new(),
            external_id: None,
            is_active: true,
            status: CustomerStatus::Valid,
            activation_time: None,
            expiration_time: None,
            first_name: None,
            last_name: None,
            full_name: String::new(),
            gender: None,
            birth_date: None,
            email: None,
            phone: None,
            is_company: false,
            company: None,
            address: None,
            delivery_address: None,
            credit: Credit::default(),
            credit_transactions: Vec::new(),
            cards: Vec::new(),
            credit_rate: 0.0,
            discount_rate: 0.0,
            note: None,
            meta: Some(Value::Object(serde_json::Map::new())),
            version: 0,
            membership: None,
            source: Source::none(),
            unreadable: Vec::new(),
        }
    }
}

/// A customer's or a card's validity, derived from its activation and expiration times.
/// A value the app does not know is kept and shown as the server wrote it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum CustomerStatus {
    #[default]
    Valid,
    /// `activationTime` is in the future.
    NotYetValid,
    /// `expirationTime` has passed.
    Expired,
    Other(String),
}

/// Cards have the same statuses as customers (see docs/local-api.md, assumptions).
pub type CardStatus = CustomerStatus;

impl CustomerStatus {
    /// How people read it, in their language: "Valid", "Not yet valid", "Expired", or an
    /// unknown status as the server wrote it.
    pub fn text(&self) -> Text {
        match self {
            CustomerStatus::Valid => Text::new("customer-status-valid"),
            CustomerStatus::NotYetValid => Text::new("customer-status-not-yet-valid"),
            CustomerStatus::Expired => Text::new("customer-status-expired"),
            CustomerStatus::Other(status) => Text::new("customer-status-other").with("status", status.as_str()),
        }
    }

    /// The status at `now` for the given validity window.
    pub fn at(now: DateTime<Utc>, activation: Option<DateTime<Utc>>, expiration: Option<DateTime<Utc>>) -> Self {
        match (activation, expiration) {
            (_, Some(expiration)) if expiration <= now => CustomerStatus::Expired,
            (Some(activation), _) if activation > now => CustomerStatus::NotYetValid,
            _ => CustomerStatus::Valid,
        }
    }

    /// As the wire writes it: `Valid`, `NotYetValid`, `Expired`, or the unknown text.
    pub fn as_str(&self) -> &str {
        match self {
            CustomerStatus::Valid => "Valid",
            CustomerStatus::NotYetValid => "NotYetValid",
            CustomerStatus::Expired => "Expired",
            CustomerStatus::Other(status) => status,
        }
    }

    /// Reads the wire's text, any case; anything else is kept as [`CustomerStatus::Other`].
    pub fn parse(text: &str) -> Self {
        [CustomerStatus::Valid, CustomerStatus::NotYetValid, CustomerStatus::Expired]
            .into_iter()
            .find(|known| known.as_str().eq_ignore_ascii_case(text.trim()))
            .unwrap_or_else(|| CustomerStatus::Other(text.to_owned()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    /// A value the app does not know, kept as written.
    Other(String),
}

impl Gender {
    pub fn as_str(&self) -> &str {
        match self {
            Gender::Male => "Male",
            Gender::Female => "Female",
            Gender::Other(text) => text,
        }
    }

    pub fn parse(text: &str) -> Self {
        match text.trim() {
            t if t.eq_ignore_ascii_case("male") => Gender::Male,
            t if t.eq_ignore_ascii_case("female") => Gender::Female,
            _ => Gender::Other(text.to_owned()),
        }
    }
}

/// A postal address (its keys are an assumption: see docs/local-api.md).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub street: Option<String>,
    pub city: Option<String>,
    pub zip_code: Option<String>,
    pub country: Option<String>,
}

/// The company a customer buys for (`isCompany`); searched by name, VAT ID, tax ID and
/// company registration number.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Company {
    pub name: Option<String>,
    pub vat_id: Option<String>,
    pub tax_id: Option<String>,
    /// Company registration number (IČO in Slovakia and Czechia).
    pub crn: Option<String>,
}

/// A credit balance and the label of its currency (`null`: the shop's own currency).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Credit {
    pub amount: f64,
    pub currency_label: Option<String>,
}

/// A loyalty card, with the vendor's documented fields. Serial numbers are unique across
/// all customers. A card is refused at the till when it is not active or not valid.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub external_id: Option<String>,
    pub is_active: bool,
    pub is_virtual: bool,
    pub serial_number: String,
    pub processor: Option<String>,
    pub status: CardStatus,
    pub status_time: Option<DateTime<Utc>>,
    pub status_reason: Option<String>,
    pub activation_time: Option<DateTime<Utc>>,
    pub expiration_time: Option<DateTime<Utc>>,
    pub note: Option<String>,
    pub meta: Option<Value>,
    /// The card's record as read, so a save keeps what the form does not own.
    pub source: Source,
}

/// A new card: active, physical, valid, nothing else known.
impl Default for Card {
    fn default() -> Self {
        Self {
            external_id: None,
            is_active: true,
            is_virtual: false,
            serial_number: String::new(),
            processor: None,
            status: CardStatus::Valid,
            status_time: None,
            status_reason: None,
            activation_time: None,
            expiration_time: None,
            note: None,
            meta: None,
            source: Source::none(),
        }
    }
}

impl Card {
    /// Usable at the till: active and valid.
    pub fn is_usable(&self) -> bool {
        self.is_active && self.status == CardStatus::Valid
    }
}

/// One change of a customer's credit (its fields are an assumption: see docs/local-api.md).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreditTransaction {
    /// The server's identifier, as text whatever its JSON type.
    pub id: Option<String>,
    pub time: Option<DateTime<Utc>>,
    /// The signed change: positive for a top-up, negative for a payment.
    pub amount: f64,
    /// The credit after this change, if the server says.
    pub balance: Option<f64>,
    pub note: Option<String>,
    pub source: Source,
}

impl CreditTransaction {
    /// The entry as the server sent it (compact JSON), when none of its fields was one the
    /// app reads under any of their names: the history then shows it as it came rather than
    /// as an empty row.
    pub fn unrecognised(&self) -> Option<String> {
        let known = self.time.is_some() || self.amount != 0.0 || self.balance.is_some() || self.note.is_some();
        let record = self.source.record().filter(|record| record.as_object().is_some_and(|fields| !fields.is_empty()))?;
        (!known).then(|| record.to_string())
    }
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
        if parts.is_empty() { self.company.as_ref().and_then(|c| c.name.clone()).unwrap_or_default() } else { parts.join(" ") }
    }

    /// The credit history newest first: by time, the undated last, in the order listed
    /// where times tie (the documentation does not promise an order).
    pub fn credit_history(&self) -> Vec<CreditTransaction> {
        let mut history: Vec<(usize, CreditTransaction)> = self.credit_transactions.iter().cloned().enumerate().collect();
        history.sort_by(|(a_index, a), (b_index, b)| b.time.cmp(&a.time).then(a_index.cmp(b_index)));
        history.into_iter().map(|(_, transaction)| transaction).collect()
    }
}

#[cfg(test)]
mod tests;
