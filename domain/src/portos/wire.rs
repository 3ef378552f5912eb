//! PORTOS v4 customers exactly as the vendor's reference page shows them
//! (`vendor-examples/portos/`, copied from its reference page): the keys of its example `Customer`,
//! card and `QueryResult`, in its order and with its value types. Reading is tolerant
//! (`lenient`): every field may be missing or `null`, numbers may be integers.
//!
//! Where the page shows only `null` (`company`, `address`, `gender`, `birthDate`) or an
//! empty list (`creditTransactions`), the shapes here are this project's assumptions,
//! one row each in docs/local-api.md, "Assumptions about the vendors' APIs".

use crate::lenient;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `Customer`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Customer {
    /// Empty on a create, which then leaves it out so the server assigns one.
    #[serde(deserialize_with = "lenient::text_or_empty", skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(deserialize_with = "lenient::text")]
    pub external_id: Option<String>,
    #[serde(deserialize_with = "lenient::true_unless_false")]
    pub is_active: bool,
    #[serde(deserialize_with = "lenient::text")]
    pub status: Option<String>,
    #[serde(deserialize_with = "lenient::moment")]
    pub activation_time: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "lenient::moment")]
    pub expiration_time: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "lenient::text")]
    pub first_name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub last_name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub full_name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub gender: Option<String>,
    #[serde(deserialize_with = "lenient::day")]
    pub birth_date: Option<NaiveDate>,
    #[serde(deserialize_with = "lenient::text")]
    pub email: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub phone: Option<String>,
    #[serde(deserialize_with = "lenient::or_default")]
    pub is_company: bool,
    pub company: Option<Company>,
    pub address: Option<Address>,
    pub delivery_address: Option<Address>,
    #[serde(deserialize_with = "credit_or_amount")]
    pub credit: Credit,
    #[serde(deserialize_with = "lenient::list")]
    pub credit_transactions: Vec<CreditTransaction>,
    #[serde(deserialize_with = "lenient::list")]
    pub cards: Vec<Card>,
    #[serde(deserialize_with = "lenient::number")]
    pub credit_rate: f64,
    #[serde(deserialize_with = "lenient::number")]
    pub discount_rate: f64,
    #[serde(deserialize_with = "lenient::text")]
    pub note: Option<String>,
    pub meta: Option<Value>,
    #[serde(rename = "_v", deserialize_with = "lenient::whole_number")]
    pub version: i64,
}

impl Default for Customer {
    fn default() -> Self {
        Self {
            id: String::new(),
            external_id: None,
            is_active: true,
            status: None,
            activation_time: None,
            expiration_time: None,
            first_name: None,
            last_name: None,
            full_name: None,
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
            meta: None,
            version: 0,
        }
    }
}

/// `credit` as documented, or a bare amount as a server may send money (`"credit": 12.5`);
/// `null` is no credit.
fn credit_or_amount<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Credit, D::Error> {
    // A visitor rather than a detour through `Value`, so an unreadable member inside the
    // object is still named by its path (`credit.amount`).
    struct CreditOrAmount;
    impl<'de> serde::de::Visitor<'de> for CreditOrAmount {
        type Value = Credit;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a credit object or an amount")
        }
        fn visit_unit<E>(self) -> Result<Credit, E> {
            Ok(Credit::default())
        }
        fn visit_none<E>(self) -> Result<Credit, E> {
            Ok(Credit::default())
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Credit, D2::Error> {
            d.deserialize_any(self)
        }
        fn visit_f64<E: serde::de::Error>(self, amount: f64) -> Result<Credit, E> {
            Ok(Credit { amount, currency_label: None })
        }
        fn visit_i64<E: serde::de::Error>(self, amount: i64) -> Result<Credit, E> {
            self.visit_f64(amount as f64)
        }
        fn visit_u64<E: serde::de::Error>(self, amount: u64) -> Result<Credit, E> {
            self.visit_f64(amount as f64)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Credit, A::Error> {
            Credit::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_any(CreditOrAmount)
}

/// `credit`: `{"amount": 0.0, "currencyLabel": null}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Credit {
    #[serde(deserialize_with = "lenient::number")]
    pub amount: f64,
    #[serde(deserialize_with = "lenient::text")]
    pub currency_label: Option<String>,
}

/// One of `cards`: the twelve documented fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Card {
    #[serde(deserialize_with = "lenient::text")]
    pub external_id: Option<String>,
    #[serde(deserialize_with = "lenient::true_unless_false")]
    pub is_active: bool,
    #[serde(deserialize_with = "lenient::or_default")]
    pub is_virtual: bool,
    #[serde(deserialize_with = "lenient::text_or_empty")]
    pub serial_number: String,
    #[serde(deserialize_with = "lenient::text")]
    pub processor: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub status: Option<String>,
    #[serde(deserialize_with = "lenient::moment")]
    pub status_time: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "lenient::text")]
    pub status_reason: Option<String>,
    #[serde(deserialize_with = "lenient::moment")]
    pub activation_time: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "lenient::moment")]
    pub expiration_time: Option<DateTime<Utc>>,
    #[serde(deserialize_with = "lenient::text")]
    pub note: Option<String>,
    pub meta: Option<Value>,
}

impl Default for Card {
    fn default() -> Self {
        Self {
            external_id: None,
            is_active: true,
            is_virtual: false,
            serial_number: String::new(),
            processor: None,
            status: None,
            status_time: None,
            status_reason: None,
            activation_time: None,
            expiration_time: None,
            note: None,
            meta: None,
        }
    }
}

/// One of `creditTransactions` (assumed: `{id, time, amount, balance, note}`, each also
/// under the names servers commonly use instead: see [`TRANSACTION_ALIASES`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CreditTransaction {
    pub id: Option<Value>,
    #[serde(alias = "createdAt", alias = "date", alias = "timestamp", deserialize_with = "lenient::moment")]
    pub time: Option<DateTime<Utc>>,
    #[serde(alias = "change", alias = "value", deserialize_with = "lenient::number")]
    pub amount: f64,
    #[serde(alias = "balanceAfter", alias = "newBalance", deserialize_with = "lenient::optional_number")]
    pub balance: Option<f64>,
    #[serde(alias = "description", alias = "comment", deserialize_with = "lenient::text")]
    pub note: Option<String>,
}

/// The other names a credit transaction's fields are read under (the documentation shows
/// none of its fields), kept in step with the serde aliases above.
pub const TRANSACTION_ALIASES: [(&str, &[&str]); 4] = [
    ("time", &["createdAt", "date", "timestamp"]),
    ("amount", &["change", "value"]),
    ("balance", &["balanceAfter", "newBalance"]),
    ("note", &["description", "comment"]),
];

/// `company` (assumed: the Search parameter's `Company.Name`, `Company.VatId`,
/// `Company.TaxId`, and `crn`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Company {
    #[serde(deserialize_with = "lenient::text")]
    pub name: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub vat_id: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub tax_id: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub crn: Option<String>,
}

/// `address` and `deliveryAddress` (assumed: `{street, city, zipCode, country}`; a
/// `postalCode` is read as the `zipCode`, and written back under its own key).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Address {
    #[serde(deserialize_with = "lenient::text")]
    pub street: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub city: Option<String>,
    #[serde(alias = "postalCode", deserialize_with = "lenient::text")]
    pub zip_code: Option<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub country: Option<String>,
}

/// `QueryResult<T>`: one page, its length and the total matching the filters. With
/// `$count=true`, `items` is absent. The app reads items one by one (`Value`), so one
/// unreadable customer never blanks the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryResult<T> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<T>>,
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub count: u64,
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub total_count: u64,
}

/// The documented 404 body: `{"title": "Zdroj nebol nájdený", "status": 404}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotFound {
    pub title: String,
    pub status: u16,
}
