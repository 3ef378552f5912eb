//! The one mapping between PORTOS's JSON and the domain [`Customer`].
//!
//! In: [`read`] takes one record as it came and never fails: a field that cannot be read
//! takes its default and is named in [`Customer::unreadable`]; the record itself is kept
//! as the customer's [`Source`] (and each card's and credit transaction's as theirs).
//! Out: [`write`] sends that record back with the app's changes patched in
//! (`round_trip::patch`); a customer without a source (a new one, or the local server's
//! own) is written whole, in the documented shape.

use super::{reader, wire};
use crate::customer::{Address, Card, Company, Credit, CreditTransaction, Customer, CustomerStatus, Gender};
use crate::round_trip::{Source, patch};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A record that could not be read as a customer: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// The member, as PORTOS names members in `errors[]` (`cards[0].isActive`); `.` for
    /// the record itself.
    pub path: String,
    pub message: String,
}

/// Reads `record` strictly: the first field that cannot be read is an error (the local
/// server answers a body with it).
pub fn parse(record: &Value) -> Result<Customer, ReadError> {
    serde_path_to_error::deserialize::<_, wire::Customer>(record)
        .map(from_wire)
        .map_err(|error| ReadError { path: error.path().to_string(), message: error.inner().to_string() })
}

/// Reads one customer as it came (`reader`), keeping it as the source of later writes.
pub fn read(record: &Value) -> Customer {
    let reader::Read { customer, unreadable, kept_cards, kept_transactions } = reader::read(record);
    let Some(wire) = customer else { return unreadable_record(record, unreadable) };
    let mut customer = from_wire(wire);
    let element = |key: &str, index: usize| record.get(key).and_then(|list| list.get(index)).cloned().unwrap_or_default();
    for (card, index) in customer.cards.iter_mut().zip(kept_cards) {
        card.source = Source::new(element("cards", index));
    }
    for (transaction, index) in customer.credit_transactions.iter_mut().zip(kept_transactions) {
        transaction.source = Source::new(element("creditTransactions", index));
    }
    customer.source = Source::new(record.clone());
    customer.unreadable = unreadable;
    customer
}

/// What can be shown of a record that is not a customer object at all.
fn unreadable_record(record: &Value, unreadable: Vec<String>) -> Customer {
    let string = |key: &str| record.get(key).and_then(Value::as_str).map(str::to_owned);
    Customer {
        id: string("id").unwrap_or_default(),
        full_name: string("fullName").unwrap_or_default(),
        source: Source::new(record.clone()),
        unreadable,
        ..Customer::default()
    }
}

/// One page of the list: every item read on its own.
pub fn read_page(result: wire::QueryResult<Value>) -> (Vec<Customer>, u64) {
    let items: Vec<Customer> = result.items.unwrap_or_default().iter().map(read).collect();
    (items, result.total_count)
}

/// The body of a create or update: the source as read with the changes patched in, or
/// the whole documented shape for a customer without one.
pub fn write(customer: &Customer) -> Value {
    let after = rendered(customer);
    let (mut body, before) = match customer.source.record() {
        Some(source) => {
            let before = rendered(&read(source));
            (patch(source, &before, &after), Some(before))
        }
        None => (after.clone(), None),
    };
    let changed = |key: &str| before.as_ref().is_none_or(|before| before.get(key) != after.get(key));
    let (cards_changed, transactions_changed) = (changed("cards"), changed("creditTransactions"));
    if let Value::Object(body) = &mut body {
        // Lists are written element by element, each patched against its own source.
        if cards_changed {
            body.insert("cards".into(), customer.cards.iter().map(write_card).collect());
        }
        if transactions_changed {
            body.insert("creditTransactions".into(), customer.credit_transactions.iter().map(write_transaction).collect());
        }
        if let Some(source) = customer.source.record() {
            keep_spellings(source, body);
        }
    }
    body
}

/// Writes back under the keys the server used where the documentation leaves the shape
/// open: money as a bare amount, an address's `postalCode`.
fn keep_spellings(source: &Value, body: &mut serde_json::Map<String, Value>) {
    if source.get("credit").is_some_and(Value::is_number)
        && let Some(amount) = body.get("credit").and_then(|credit| credit.get("amount")).cloned()
    {
        body.insert("credit".into(), amount);
    }
    for key in ["address", "deliveryAddress"] {
        let spelled_postal = source.get(key).is_some_and(|address| address.get("postalCode").is_some() && address.get("zipCode").is_none());
        if let (true, Some(Value::Object(address))) = (spelled_postal, body.get_mut(key))
            && let Some(code) = address.shift_remove("zipCode")
        {
            address.insert("postalCode".into(), code);
        }
    }
}

fn rendered(customer: &Customer) -> Value {
    serde_json::to_value(to_wire(customer)).unwrap_or(Value::Null)
}

/// A card as sent: its record as read with the changes patched in, or the documented shape.
pub fn write_card(card: &Card) -> Value {
    write_element(&card.source, card_to_wire(card))
}

/// A credit transaction as sent: its record as read, patched, or the assumed shape.
pub fn write_transaction(transaction: &CreditTransaction) -> Value {
    write_element(&transaction.source, transaction_to_wire(transaction))
}

/// A list element: its own record (`source`) patched where `mine` differs from what was
/// read, or `mine` whole.
fn write_element<W: Serialize + DeserializeOwned + Default>(source: &Source, mine: W) -> Value {
    let after = serde_json::to_value(mine).unwrap_or(Value::Null);
    match source.record() {
        None => after,
        Some(record) => {
            let read_back = W::deserialize(record).unwrap_or_default();
            patch(record, &serde_json::to_value(read_back).unwrap_or(Value::Null), &after)
        }
    }
}

/// The documented shape of a customer, as the local server answers.
pub fn to_wire(customer: &Customer) -> wire::Customer {
    wire::Customer {
        id: customer.id.clone(),
        external_id: customer.external_id.clone(),
        is_active: customer.is_active,
        status: Some(customer.status.as_str().to_owned()),
        activation_time: customer.activation_time,
        expiration_time: customer.expiration_time,
        first_name: customer.first_name.clone(),
        last_name: customer.last_name.clone(),
        full_name: Some(customer.full_name.clone()).filter(|name| !name.is_empty()),
        gender: customer.gender.as_ref().map(|gender| gender.as_str().to_owned()),
        birth_date: customer.birth_date,
        email: customer.email.clone(),
        phone: customer.phone.clone(),
        is_company: customer.is_company,
        company: customer.company.as_ref().map(company_to_wire),
        address: customer.address.as_ref().map(address_to_wire),
        delivery_address: customer.delivery_address.as_ref().map(address_to_wire),
        credit: wire::Credit { amount: customer.credit.amount, currency_label: customer.credit.currency_label.clone() },
        credit_transactions: customer.credit_transactions.iter().map(transaction_to_wire).collect(),
        cards: customer.cards.iter().map(card_to_wire).collect(),
        credit_rate: customer.credit_rate,
        discount_rate: customer.discount_rate,
        note: customer.note.clone(),
        meta: customer.meta.clone(),
        version: customer.version,
    }
}

/// The domain customer of a documented record (no source: see [`read`]).
pub fn from_wire(wire: wire::Customer) -> Customer {
    Customer {
        id: wire.id,
        external_id: wire.external_id,
        is_active: wire.is_active,
        status: wire.status.as_deref().map_or(CustomerStatus::Valid, CustomerStatus::parse),
        activation_time: wire.activation_time,
        expiration_time: wire.expiration_time,
        first_name: wire.first_name,
        last_name: wire.last_name,
        full_name: wire.full_name.unwrap_or_default(),
        gender: wire.gender.as_deref().map(Gender::parse),
        birth_date: wire.birth_date,
        email: wire.email,
        phone: wire.phone,
        is_company: wire.is_company,
        company: wire.company.map(company_from_wire),
        address: wire.address.map(address_from_wire),
        delivery_address: wire.delivery_address.map(address_from_wire),
        credit: Credit { amount: wire.credit.amount, currency_label: wire.credit.currency_label },
        credit_transactions: wire.credit_transactions.into_iter().map(transaction_from_wire).collect(),
        cards: wire.cards.into_iter().map(card_from_wire).collect(),
        credit_rate: wire.credit_rate,
        discount_rate: wire.discount_rate,
        note: wire.note,
        meta: wire.meta,
        version: wire.version,
        membership: None,
        source: Source::none(),
        unreadable: Vec::new(),
    }
}

pub fn company_to_wire(company: &Company) -> wire::Company {
    wire::Company { name: company.name.clone(), vat_id: company.vat_id.clone(), tax_id: company.tax_id.clone(), crn: company.crn.clone() }
}

pub fn company_from_wire(company: wire::Company) -> Company {
    Company { name: company.name, vat_id: company.vat_id, tax_id: company.tax_id, crn: company.crn }
}

pub fn address_to_wire(address: &Address) -> wire::Address {
    wire::Address {
        street: address.street.clone(),
        city: address.city.clone(),
        zip_code: address.zip_code.clone(),
        country: address.country.clone(),
    }
}

pub fn address_from_wire(address: wire::Address) -> Address {
    Address { street: address.street, city: address.city, zip_code: address.zip_code, country: address.country }
}

pub fn card_to_wire(card: &Card) -> wire::Card {
    wire::Card {
        external_id: card.external_id.clone(),
        is_active: card.is_active,
        is_virtual: card.is_virtual,
        serial_number: card.serial_number.clone(),
        processor: card.processor.clone(),
        status: Some(card.status.as_str().to_owned()),
        status_time: card.status_time,
        status_reason: card.status_reason.clone(),
        activation_time: card.activation_time,
        expiration_time: card.expiration_time,
        note: card.note.clone(),
        meta: card.meta.clone(),
    }
}

pub fn card_from_wire(card: wire::Card) -> Card {
    Card {
        external_id: card.external_id,
        is_active: card.is_active,
        is_virtual: card.is_virtual,
        serial_number: card.serial_number,
        processor: card.processor,
        status: card.status.as_deref().map_or(CustomerStatus::Valid, CustomerStatus::parse),
        status_time: card.status_time,
        status_reason: card.status_reason,
        activation_time: card.activation_time,
        expiration_time: card.expiration_time,
        note: card.note,
        meta: card.meta,
        source: Source::none(),
    }
}

pub fn transaction_to_wire(transaction: &CreditTransaction) -> wire::CreditTransaction {
    wire::CreditTransaction {
        // A number where it is one (as the local server numbers them), else text.
        id: transaction.id.as_ref().map(|id| id.parse::<i64>().map_or_else(|_| Value::from(id.as_str()), Value::from)),
        time: transaction.time,
        amount: transaction.amount,
        balance: transaction.balance,
        note: transaction.note.clone(),
    }
}

pub fn transaction_from_wire(transaction: wire::CreditTransaction) -> CreditTransaction {
    let id = transaction.id.and_then(|id| match id {
        Value::String(text) => Some(text),
        Value::Null => None,
        other => Some(other.to_string()),
    });
    CreditTransaction {
        id,
        time: transaction.time,
        amount: transaction.amount,
        balance: transaction.balance,
        note: transaction.note,
        source: Source::none(),
    }
}

#[cfg(test)]
mod tests;
