//! `--wire-extras`: the local server plays a PORTOS newer than its documentation, as real
//! servers are. Every customer, card and credit transaction carries fields the
//! documentation does not name, values are odd but legal (integers where decimals are
//! usual, `null` lists, date-times with fractions, statuses the app does not know, a
//! negative credit balance), and a
//! written body is kept whole (`db::customers::insert`), so a client that drops or
//! rewrites what it did not understand is caught by the next read.

use customer_desk_domain::customer::{Card, CreditTransaction, Customer};
use customer_desk_domain::portos::mapping;
use serde_json::{Map, Value, json};

/// The balance of the demo accounts in overdraft.
pub const OVERDRAFT: f64 = -12.5;

/// Inactive customers and cards get statuses the documentation does not list.
const INACTIVE_CUSTOMER: &str = "Suspended";
const INACTIVE_CARD: &str = "Blocked";

/// The fields a new customer gets where a create body lacks them.
pub fn complete(body: Value) -> Value {
    let Value::Object(mut body) = body else { return body };
    for (key, value) in customer_fields(0) {
        body.entry(key).or_insert(value);
    }
    Value::Object(body)
}

/// The record of a credit change the server records itself.
pub fn new_transaction() -> Value {
    json!({ "till": "back-office", "operator": null })
}

/// Unknown statuses for what is inactive, in an answer about to be sent.
pub fn decorate(record: &mut Value) {
    let inactive = |value: &Value| value.get("isActive") == Some(&Value::Bool(false));
    if inactive(record) {
        record["status"] = json!(INACTIVE_CUSTOMER);
    }
    if let Some(cards) = record.get_mut("cards").and_then(Value::as_array_mut) {
        for card in cards.iter_mut().filter(|card| inactive(card)) {
            card["status"] = json!(INACTIVE_CARD);
        }
    }
}

/// Gives a demo customer, its cards and its credit changes their records: what the
/// documentation shows, spelled oddly, plus fields it does not name.
pub fn dress_demo_customer(customer: &mut Customer, index: u64) {
    // An account in overdraft: the documentation does not forbid a negative balance,
    // though the app's own rules for what it writes do.
    if index % 10 == 7 {
        customer.credit.amount = OVERDRAFT;
    }
    for (position, card) in customer.cards.iter_mut().enumerate() {
        dress_card(card, index + position as u64);
    }
    if index.is_multiple_of(3) {
        customer.meta = None;
    }
    let mut record = mapping::write(customer);
    if let Value::Object(fields) = &mut record {
        for (key, value) in customer_fields(index) {
            fields.insert(key, value);
        }
        for key in ["discountRate", "creditRate"] {
            whole_as_integer(fields.get_mut(key));
        }
        whole_as_integer(fields.get_mut("credit").and_then(|credit| credit.get_mut("amount")));
        if let Some(Value::Object(credit)) = fields.get_mut("credit") {
            credit.insert("limit".into(), json!(500));
        }
        for key in ["cards", "creditTransactions"] {
            if fields.get(key).and_then(Value::as_array).is_some_and(Vec::is_empty) {
                fields.insert(key.into(), Value::Null);
            }
        }
        if let Some(Value::String(day)) = fields.get_mut("birthDate") {
            day.push_str("T00:00:00");
        }
        if let Some(Value::Object(address)) = fields.get_mut("address") {
            address.insert("x-floor".into(), json!(index % 5));
        }
    }
    customer.source = customer_desk_domain::round_trip::Source::new(record);
}

/// The record of a demo credit change: odd amounts and fields of its own.
pub fn demo_transaction(transaction: &CreditTransaction, index: u64) -> Value {
    let mut record = mapping::write_transaction(transaction);
    if let Value::Object(fields) = &mut record {
        whole_as_integer(fields.get_mut("amount"));
        whole_as_integer(fields.get_mut("balance"));
        fields.insert("till".into(), json!(format!("T{}", index % 4 + 1)));
        fields.insert("operator".into(), json!({ "id": index % 7, "name": "Demo" }));
    }
    record
}

fn dress_card(card: &mut Card, index: u64) {
    if !card.is_active {
        card.status_reason = Some("Lost".into());
    }
    card.processor = Some(["P", "Q"][(index % 2) as usize].into());
    let mut record = mapping::write_card(card);
    if let Value::Object(fields) = &mut record {
        fields.insert("pinSet".into(), json!(index.is_multiple_of(2)));
        fields.insert("design".into(), json!(["classic", "gold", "eco"][(index % 3) as usize]));
        if !card.is_virtual && index.is_multiple_of(4) {
            fields.insert("isVirtual".into(), Value::Null);
        }
        if let Some(Value::String(time)) = fields.get_mut("activationTime") {
            *time = time.replace('Z', ".00Z");
        }
    }
    card.source = customer_desk_domain::round_trip::Source::new(record);
}

fn customer_fields(index: u64) -> Map<String, Value> {
    let tier = ["Bronze", "Silver", "Gold"][(index % 3) as usize];
    let mut fields = Map::new();
    fields.insert("loyaltyTier".into(), json!({ "name": tier, "since": "2024-01-01" }));
    fields.insert("x-branch".into(), json!(format!("KE-{:02}", index % 12 + 1)));
    fields.insert("tags".into(), json!(if index.is_multiple_of(2) { vec!["vip"] } else { Vec::new() }));
    fields
}

/// `10.0` written as `10`.
fn whole_as_integer(value: Option<&mut Value>) {
    if let Some(value) = value
        && let Some(number) = value.as_f64()
        && number.fract() == 0.0
        && number.abs() < 1e15
    {
        *value = json!(number as i64);
    }
}
