//! Reading one PORTOS record straight from its JSON, key by key, with the tolerance of the
//! `lenient` deserializers that [`wire`](super::wire)'s derives use (the server's strict
//! reading): `null` is a field's default, numbers may stand for text, a field of a wholly
//! wrong kind takes its default and is named. The app reads every list item this way: one
//! pass over the value, where reading through serde and `serde_path_to_error` took a pass
//! per unreadable field and about 40 KB of generic code in the wasm. The value readers below
//! are the `lenient` deserializers' twins over `&Value` (which keep serde's error messages
//! for the server); the tests hold the two to the same results, on the vendor's example
//! and on every field made unreadable.

use super::wire::{Address, Card, Company, Credit, CreditTransaction, Customer};
use crate::calendar;
use crate::lenient::{MAX_UNREADABLE, parse_moment};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value};

/// What [`read`] made of one record.
pub struct Read {
    /// `None` when the record is not an object, or has too many unreadable members.
    pub customer: Option<Customer>,
    /// The members that could not be read, in the record's order (`cards[0].isActive`; `.`
    /// for the record itself).
    pub unreadable: Vec<String>,
    /// The positions, in the record's `cards` and `creditTransactions`, of those read.
    pub kept_cards: Vec<usize>,
    pub kept_transactions: Vec<usize>,
}

/// Reads `record` as a PORTOS customer, as far as it can.
pub fn read(record: &Value) -> Read {
    let mut read = Read { customer: None, unreadable: Vec::new(), kept_cards: Vec::new(), kept_transactions: Vec::new() };
    let Value::Object(object) = record else {
        read.unreadable.push(".".into());
        return read;
    };
    let mut at = At { path: String::new(), unreadable: Vec::new() };
    let mut customer = Customer::default();
    for (key, value) in object {
        match key.as_str() {
            "id" => at.set(key, text_or_empty(value), &mut customer.id),
            "externalId" => at.set(key, text(value), &mut customer.external_id),
            "isActive" => at.set(key, true_unless_false(value), &mut customer.is_active),
            "status" => at.set(key, text(value), &mut customer.status),
            "activationTime" => at.set(key, moment(value), &mut customer.activation_time),
            "expirationTime" => at.set(key, moment(value), &mut customer.expiration_time),
            "firstName" => at.set(key, text(value), &mut customer.first_name),
            "lastName" => at.set(key, text(value), &mut customer.last_name),
            "fullName" => at.set(key, text(value), &mut customer.full_name),
            "gender" => at.set(key, text(value), &mut customer.gender),
            "birthDate" => at.set(key, day(value), &mut customer.birth_date),
            "email" => at.set(key, text(value), &mut customer.email),
            "phone" => at.set(key, text(value), &mut customer.phone),
            "isCompany" => at.set(key, false_unless_true(value), &mut customer.is_company),
            "company" => customer.company = at.optional(key, value, company),
            "address" => customer.address = at.optional(key, value, address),
            "deliveryAddress" => customer.delivery_address = at.optional(key, value, address),
            "credit" => match value {
                // Money as a bare amount.
                Value::Number(amount) => customer.credit = Credit { amount: amount.as_f64().unwrap_or_default(), currency_label: None },
                _ => customer.credit = at.optional(key, value, credit).unwrap_or_default(),
            },
            "creditTransactions" => {
                (customer.credit_transactions, read.kept_transactions) = at.list(key, value, credit_transaction);
            }
            "cards" => (customer.cards, read.kept_cards) = at.list(key, value, card),
            "creditRate" => at.set(key, number(value), &mut customer.credit_rate),
            "discountRate" => at.set(key, number(value), &mut customer.discount_rate),
            "note" => at.set(key, text(value), &mut customer.note),
            "meta" => customer.meta = any(value),
            "_v" => at.set(key, whole_number(value), &mut customer.version),
            _ => {}
        }
    }
    read.unreadable = at.unreadable;
    if read.unreadable.len() > MAX_UNREADABLE {
        read.unreadable.truncate(MAX_UNREADABLE + 1);
    } else {
        read.customer = Some(customer);
    }
    read
}

/// Where in the record reading is, and what could not be read so far.
struct At {
    /// `""` for the record, else `company`, `cards[2]`, …
    path: String,
    unreadable: Vec<String>,
}

/// A member of a wholly wrong kind.
struct Unreadable;

impl At {
    fn member(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_owned() } else { format!("{}.{key}", self.path) }
    }

    /// Sets `field` from what was read, or names the member and leaves the default.
    fn set<T>(&mut self, key: &str, read: Result<T, Unreadable>, field: &mut T) {
        match read {
            Ok(value) => *field = value,
            Err(Unreadable) => self.unreadable.push(self.member(key)),
        }
    }

    /// An object member read by `read_object` in its own place; `null` is none.
    fn optional<T>(&mut self, key: &str, value: &Value, read_object: fn(&mut At, &Map<String, Value>) -> T) -> Option<T> {
        match value {
            Value::Null => None,
            Value::Object(object) => Some(self.inside(self.member(key), |at| read_object(at, object))),
            _ => {
                self.unreadable.push(self.member(key));
                None
            }
        }
    }

    /// A list of objects; an element that is not an object is left out (and named), the
    /// positions of the others are returned beside them; `null` is empty.
    fn list<T>(&mut self, key: &str, value: &Value, read_object: fn(&mut At, &Map<String, Value>) -> T) -> (Vec<T>, Vec<usize>) {
        let (mut items, mut kept) = (Vec::new(), Vec::new());
        match value {
            Value::Null => {}
            Value::Array(elements) => {
                for (index, element) in elements.iter().enumerate() {
                    let path = format!("{}[{index}]", self.member(key));
                    match element {
                        Value::Object(object) => {
                            items.push(self.inside(path, |at| read_object(at, object)));
                            kept.push(index);
                        }
                        _ => self.unreadable.push(path),
                    }
                }
            }
            _ => self.unreadable.push(self.member(key)),
        }
        (items, kept)
    }

    fn inside<T>(&mut self, path: String, read: impl FnOnce(&mut At) -> T) -> T {
        let outer = std::mem::replace(&mut self.path, path);
        let value = read(self);
        self.path = outer;
        value
    }
}

fn company(at: &mut At, object: &Map<String, Value>) -> Company {
    let mut company = Company::default();
    for (key, value) in object {
        match key.as_str() {
            "name" => at.set(key, text(value), &mut company.name),
            "vatId" => at.set(key, text(value), &mut company.vat_id),
            "taxId" => at.set(key, text(value), &mut company.tax_id),
            "crn" => at.set(key, text(value), &mut company.crn),
            _ => {}
        }
    }
    company
}

fn address(at: &mut At, object: &Map<String, Value>) -> Address {
    let mut address = Address::default();
    for (key, value) in object {
        match key.as_str() {
            "street" => at.set(key, text(value), &mut address.street),
            "city" => at.set(key, text(value), &mut address.city),
            "zipCode" | "postalCode" => at.set(key, text(value), &mut address.zip_code),
            "country" => at.set(key, text(value), &mut address.country),
            _ => {}
        }
    }
    address
}

fn credit(at: &mut At, object: &Map<String, Value>) -> Credit {
    let mut credit = Credit::default();
    for (key, value) in object {
        match key.as_str() {
            "amount" => at.set(key, number(value), &mut credit.amount),
            "currencyLabel" => at.set(key, text(value), &mut credit.currency_label),
            _ => {}
        }
    }
    credit
}

fn credit_transaction(at: &mut At, object: &Map<String, Value>) -> CreditTransaction {
    let mut transaction = CreditTransaction::default();
    for (key, value) in object {
        match key.as_str() {
            "id" => transaction.id = any(value),
            "time" | "createdAt" | "date" | "timestamp" => at.set(key, moment(value), &mut transaction.time),
            "amount" | "change" | "value" => at.set(key, number(value), &mut transaction.amount),
            "balance" | "balanceAfter" | "newBalance" => at.set(key, optional_number(value), &mut transaction.balance),
            "note" | "description" | "comment" => at.set(key, text(value), &mut transaction.note),
            _ => {}
        }
    }
    transaction
}

fn card(at: &mut At, object: &Map<String, Value>) -> Card {
    let mut card = Card::default();
    for (key, value) in object {
        match key.as_str() {
            "externalId" => at.set(key, text(value), &mut card.external_id),
            "isActive" => at.set(key, true_unless_false(value), &mut card.is_active),
            "isVirtual" => at.set(key, false_unless_true(value), &mut card.is_virtual),
            "serialNumber" => at.set(key, text_or_empty(value), &mut card.serial_number),
            "processor" => at.set(key, text(value), &mut card.processor),
            "status" => at.set(key, text(value), &mut card.status),
            "statusTime" => at.set(key, moment(value), &mut card.status_time),
            "statusReason" => at.set(key, text(value), &mut card.status_reason),
            "activationTime" => at.set(key, moment(value), &mut card.activation_time),
            "expirationTime" => at.set(key, moment(value), &mut card.expiration_time),
            "note" => at.set(key, text(value), &mut card.note),
            "meta" => card.meta = any(value),
            _ => {}
        }
    }
    card
}

/// Anything at all, kept as it came; `null` is none.
fn any(value: &Value) -> Option<Value> {
    (!value.is_null()).then(|| value.clone())
}

/// Text; a number or a boolean is taken as its text.
fn text(value: &Value) -> Result<Option<String>, Unreadable> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text.clone())),
        Value::Number(number) => Ok(Some(number.to_string())),
        Value::Bool(flag) => Ok(Some(flag.to_string())),
        _ => Err(Unreadable),
    }
}

fn text_or_empty(value: &Value) -> Result<String, Unreadable> {
    Ok(text(value)?.unwrap_or_default())
}

fn flag(value: &Value, if_null: bool) -> Result<bool, Unreadable> {
    match value {
        Value::Null => Ok(if_null),
        Value::Bool(flag) => Ok(*flag),
        _ => Err(Unreadable),
    }
}

fn true_unless_false(value: &Value) -> Result<bool, Unreadable> {
    flag(value, true)
}

fn false_unless_true(value: &Value) -> Result<bool, Unreadable> {
    flag(value, false)
}

fn optional_number(value: &Value) -> Result<Option<f64>, Unreadable> {
    match value {
        Value::Null => Ok(None),
        Value::Number(number) => number.as_f64().map(Some).ok_or(Unreadable),
        _ => Err(Unreadable),
    }
}

fn number(value: &Value) -> Result<f64, Unreadable> {
    Ok(optional_number(value)?.unwrap_or(0.0))
}

/// A whole number such as `_v`, also when it arrives as `3.0`.
fn whole_number(value: &Value) -> Result<i64, Unreadable> {
    match optional_number(value)? {
        None => Ok(0),
        Some(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Ok(n as i64),
        Some(_) => Err(Unreadable),
    }
}

/// Text that must be empty or read by `parse`.
fn parsed<T>(value: &Value, parse: impl FnOnce(&str) -> Option<T>) -> Result<Option<T>, Unreadable> {
    match text(value)? {
        Some(text) if !text.trim().is_empty() => parse(&text).map(Some).ok_or(Unreadable),
        _ => Ok(None),
    }
}

fn moment(value: &Value) -> Result<Option<DateTime<Utc>>, Unreadable> {
    parsed(value, parse_moment)
}

/// A calendar date: `YYYY-MM-DD`, or a date-time whose date is kept.
fn day(value: &Value) -> Result<Option<NaiveDate>, Unreadable> {
    parsed(value, calendar::parse_day)
}

#[cfg(test)]
mod tests;
