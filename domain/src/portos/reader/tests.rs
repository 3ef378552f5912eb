//! The one-pass reader against the reference: reading through serde's derives with
//! `lenient::read_leniently` (a pass per unreadable member), on the vendor's examples and on
//! a rich record with each of its members, at every level, made unreadable in every way.

use super::*;
use crate::lenient;
use serde_json::json;
use serde_path_to_error::Segment;

const DOCUMENTED_CUSTOMER: &str = include_str!("../../../../vendor-examples/portos/customer.json");
const DOCUMENTED_PAGE: &str = include_str!("../../../../vendor-examples/portos/customers-page.json");

/// Every documented member at every level, with values that are odd but legal.
fn rich() -> Value {
    json!({
        "id": "c-77", "externalId": 1042, "isActive": true, "status": "Valid",
        "activationTime": "2022-11-01T00:00:00.00Z", "expirationTime": null,
        "firstName": "Jana", "lastName": "Nováková", "fullName": "Jana Nováková", "gender": "Female",
        "birthDate": "1990-03-07T00:00:00", "email": "jana@example.sk", "phone": null,
        "isCompany": false, "company": {"name": "Jana s.r.o.", "vatId": "SK1", "taxId": 2, "crn": null},
        "address": {"street": "Hlavná 1", "city": "Košice", "zipCode": "040 01", "country": "SK", "x-floor": 3},
        "deliveryAddress": {"street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK"},
        "credit": {"amount": 25, "currencyLabel": "EUR", "x-limit": 100},
        "creditTransactions": [
            {"id": 7, "time": "2025-06-01T10:00:00Z", "amount": 25, "balance": 25, "note": "Top-up", "x-till": "T2"},
            {"id": "t-8", "time": "2025-06-02", "amount": -5.5, "balance": null, "note": null}
        ],
        "cards": [
            {"externalId": "ext-1", "isActive": true, "isVirtual": true, "serialNumber": "CARD-1", "processor": "P",
             "status": "Valid", "statusTime": null, "statusReason": null, "activationTime": "2022-11-01T00:00:00.00Z",
             "expirationTime": null, "note": null, "meta": {"issuer": "shop"}, "x-pin-set": true},
            {"externalId": null, "isActive": false, "isVirtual": false, "serialNumber": 77, "processor": "Q",
             "status": "Blocked", "statusTime": "2025-01-01T00:00:00Z", "statusReason": "Lost", "activationTime": null,
             "expirationTime": "2030-01-01 00:00:00", "note": "old card", "meta": null}
        ],
        "creditRate": 1, "discountRate": 10.5, "note": "Likes coffee",
        "meta": {"source": "till", "tags": ["vip"]}, "_v": 3.0, "loyaltyTier": {"name": "gold"}
    })
}

/// The elements of `record[key]` that the reference read: those it did not leave out, each
/// removal counted on the list as the earlier ones had left it.
fn kept_elements(record: &Value, key: &str, removed: &[Vec<Segment>]) -> Vec<Value> {
    let mut elements = record.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    for path in removed {
        if let [Segment::Map { key: list }, Segment::Seq { index }] = path.as_slice()
            && list == key
            && *index < elements.len()
        {
            elements.remove(*index);
        }
    }
    elements
}

/// The reference's answer: the customer, the unreadable members, the kept elements.
fn reference(record: &Value) -> (Option<Customer>, Vec<String>, Vec<Value>, Vec<Value>) {
    let lenient::Readable { value, unreadable, removed } = lenient::read_leniently::<Customer>(record);
    let cards = kept_elements(record, "cards", &removed);
    let transactions = kept_elements(record, "creditTransactions", &removed);
    (value, unreadable, cards, transactions)
}

fn one_pass(record: &Value) -> (Option<Customer>, Vec<String>, Vec<Value>, Vec<Value>) {
    let read = read(record);
    let kept = |key: &str, positions: &[usize]| {
        let elements = record.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        positions.iter().map(|index| elements[*index].clone()).collect::<Vec<_>>()
    };
    (read.customer, read.unreadable, kept("cards", &read.kept_cards), kept("creditTransactions", &read.kept_transactions))
}

fn assert_same(record: &Value, what: &str) {
    assert_eq!(one_pass(record), reference(record), "{what}: {record}");
}

/// A value of every kind but `like`'s own (and never a list where an object belongs: the
/// reference reads a list into a struct field by field, this reader names it, see below).
fn wrong_kinds(like: &Value) -> Vec<Value> {
    let all = [json!(null), json!(true), json!(12.5), json!(7), json!("text"), json!("2024-13-45"), json!(["a"]), json!({"k": 1})];
    all.into_iter()
        .filter(|value| std::mem::discriminant(value) != std::mem::discriminant(like) || value.is_string())
        .filter(|value| !(like.is_object() && value.is_array()))
        .collect()
}

#[test]
fn the_vendors_examples_read_as_through_serde() {
    assert_same(&serde_json::from_str(DOCUMENTED_CUSTOMER).unwrap(), "the documented customer");
    let page: Value = serde_json::from_str(DOCUMENTED_PAGE).unwrap();
    for item in page["items"].as_array().unwrap() {
        assert_same(item, "a documented list item");
    }
    assert_same(&rich(), "the rich record");
}

#[test]
fn every_member_at_every_level_made_unreadable_reads_as_through_serde() {
    let record = rich();
    let mut checked = 0;
    for (key, value) in record.as_object().unwrap() {
        for wrong in wrong_kinds(value) {
            let mut changed = record.clone();
            changed[key.as_str()] = wrong;
            assert_same(&changed, key);
            checked += 1;
        }
        let nested: Vec<(Option<usize>, &Map<String, Value>)> = match value {
            Value::Object(object) => vec![(None, object)],
            Value::Array(elements) => elements.iter().enumerate().filter_map(|(i, e)| e.as_object().map(|o| (Some(i), o))).collect(),
            _ => Vec::new(),
        };
        for (index, object) in nested {
            for (inner, inner_value) in object {
                for wrong in wrong_kinds(inner_value) {
                    let mut changed = record.clone();
                    let parent = match index {
                        Some(index) => &mut changed[key.as_str()][index],
                        None => &mut changed[key.as_str()],
                    };
                    parent[inner.as_str()] = wrong;
                    assert_same(&changed, &format!("{key}.{inner}"));
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} variations");
}

#[test]
fn a_record_that_is_not_an_object_or_has_too_many_unreadable_members_is_not_read() {
    for record in [json!([1, 2]), json!("c-1"), json!(null)] {
        let read = read(&record);
        assert!(read.customer.is_none());
        assert_eq!(read.unreadable, ["."]);
    }
    let mut record = rich();
    for key in ["firstName", "lastName", "fullName", "email", "phone", "status", "gender", "note", "externalId", "id"] {
        record[key] = json!({});
    }
    for key in ["activationTime", "expirationTime", "birthDate", "creditRate", "discountRate", "isActive", "isCompany", "_v"] {
        record[key] = json!("x");
    }
    assert_same(&record, "eighteen unreadable members");
    assert!(read(&record).customer.is_none());
}

#[test]
fn a_list_where_an_object_belongs_is_named_where_serde_would_read_it_field_by_field() {
    let mut record = rich();
    record["company"] = json!(["Jana s.r.o."]);
    record["cards"][1] = json!([]);
    let read = read(&record);
    assert_eq!(read.unreadable, ["company", "cards[1]"]);
    assert_eq!(read.kept_cards, [0]);
    assert_eq!(read.customer.unwrap().company, None);
}

#[test]
fn unreadable_elements_are_named_at_their_own_positions() {
    // The reference named the third card `cards[1]` once the second was left out.
    let mut record = rich();
    record["cards"] = json!(["not a card", {"serialNumber": "A"}, {"serialNumber": "B", "isActive": "yes"}]);
    let read = read(&record);
    assert_eq!(read.unreadable, ["cards[0]", "cards[2].isActive"]);
    assert_eq!(read.kept_cards, [1, 2]);
    let cards = read.customer.unwrap().cards;
    assert_eq!((cards[1].serial_number.as_str(), cards[1].is_active), ("B", true));
}
