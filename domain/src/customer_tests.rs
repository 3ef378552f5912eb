use super::*;
use serde_json::Value;

/// The PORTOS customers page's example item (its documented fields verbatim), completed
/// with the fields this project adds from the data-model pages.
const DOCUMENTED_ITEM: &str = r#"{
    "id": "customer-id",
    "externalId": null,
    "isActive": true,
    "status": "Valid",
    "activationTime": null,
    "expirationTime": null,
    "firstName": "John",
    "lastName": "Doe",
    "fullName": "John Doe",
    "gender": null,
    "birthDate": null,
    "email": "john.doe@portos.sk",
    "phone": null,
    "isCompany": false,
    "company": null,
    "address": null,
    "deliveryAddress": null,
    "note": null,
    "discountRate": 0.0,
    "creditRate": 0.0,
    "credit": 0.0,
    "cards": [],
    "_v": 1
}"#;

const FULL_ITEM: &str = r#"{
    "id": "c-42",
    "externalId": "EXT-42",
    "isActive": false,
    "status": "Expired",
    "activationTime": "2023-01-01T08:00:00Z",
    "expirationTime": "2024-01-01T00:00:00Z",
    "firstName": "Ľubomír",
    "lastName": "Šťastný",
    "fullName": "Ľubomír Šťastný",
    "gender": "Male",
    "birthDate": "1980-02-29",
    "email": "lubo@example.sk",
    "phone": "+421 900 123 456",
    "isCompany": true,
    "company": { "name": "Šťastný s.r.o.", "vatId": "SK2020123456", "taxId": "2020123456", "crn": "50123456" },
    "address": { "street": "Hlavná 1", "city": "Košice", "zipCode": "040 01", "country": "SK" },
    "deliveryAddress": { "street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK" },
    "note": "Prefers: cash; no receipts",
    "discountRate": 12.5,
    "creditRate": 1.5,
    "credit": 250.75,
    "cards": [ { "serialNumber": "CARD-0001", "isBlocked": false }, { "serialNumber": "CARD-0002", "isBlocked": true } ],
    "_v": 7
}"#;

fn round_trip(raw: &str) {
    let customer: Customer = serde_json::from_str(raw).expect("documented JSON parses");
    let back = serde_json::to_value(&customer).unwrap();
    assert_eq!(back, serde_json::from_str::<Value>(raw).unwrap());
}

#[test]
fn documented_example_round_trips() {
    round_trip(DOCUMENTED_ITEM);
    let customer: Customer = serde_json::from_str(DOCUMENTED_ITEM).unwrap();
    assert_eq!(customer.email.as_deref(), Some("john.doe@portos.sk"));
    assert_eq!(customer.version, 1);
    assert_eq!(customer.status, CustomerStatus::Valid);
}

#[test]
fn every_field_round_trips() {
    round_trip(FULL_ITEM);
    let customer: Customer = serde_json::from_str(FULL_ITEM).unwrap();
    assert_eq!(customer.company.as_ref().unwrap().vat_id.as_deref(), Some("SK2020123456"));
    assert_eq!(customer.address.unwrap().zip_code.as_deref(), Some("040 01"));
    assert_eq!(customer.company.unwrap().crn.as_deref(), Some("50123456"));
    assert_eq!(customer.delivery_address.unwrap().city.as_deref(), Some("Prešov"));
    assert_eq!(customer.cards.iter().map(|c| c.is_blocked).collect::<Vec<_>>(), [false, true]);
}

#[test]
fn fields_added_later_default_when_absent() {
    // What an older server (or the documented example) sends: no crn, deliveryAddress or
    // isBlocked at all.
    let raw = r#"{"lastName":"Tóth","company":{"name":"Tóth s.r.o."},"cards":[{"serialNumber":"C-1"}]}"#;
    let customer: Customer = serde_json::from_str(raw).unwrap();
    assert_eq!(customer.company.unwrap().crn, None);
    assert_eq!(customer.delivery_address, None);
    assert_eq!(customer.cards, [Card { serial_number: "C-1".into(), is_blocked: false }]);
}

#[test]
fn credit_transactions_round_trip_in_a_query_result() {
    let raw = r#"{
        "items": [
            { "id": 12, "time": "2026-01-02T10:15:00Z", "amount": -20.5, "balance": 79.5, "note": "Set by admin" },
            { "id": 3, "time": "2025-12-24T08:00:00Z", "amount": 100.0, "balance": 100.0, "note": null }
        ],
        "count": 2,
        "totalCount": 7
    }"#;
    let result: QueryResult<CreditTransaction> = serde_json::from_str(raw).unwrap();
    let items = result.items.as_ref().unwrap();
    assert_eq!((items[0].id, items[0].amount, items[0].balance), (12, -20.5, 79.5));
    assert_eq!(items[1].time, "2025-12-24T08:00:00Z".parse::<DateTime<Utc>>().unwrap());
    assert_eq!(serde_json::to_value(&result).unwrap(), serde_json::from_str::<Value>(raw).unwrap());
}

#[test]
fn query_result_has_items_count_and_total() {
    let raw = format!(r#"{{ "items": [{DOCUMENTED_ITEM}], "count": 1, "totalCount": 1 }}"#);
    let result: QueryResult<Customer> = serde_json::from_str(&raw).unwrap();
    assert_eq!((result.count, result.total_count), (1, 1));
    assert_eq!(serde_json::to_value(&result).unwrap(), serde_json::from_str::<Value>(&raw).unwrap());
    let counted: QueryResult<Customer> = serde_json::from_str(r#"{"count":0,"totalCount":5}"#).unwrap();
    assert_eq!(serde_json::to_string(&counted).unwrap(), r#"{"count":0,"totalCount":5}"#);
}

#[test]
fn a_create_body_may_omit_server_fields() {
    let customer: Customer = serde_json::from_str(r#"{"firstName":"Ana","lastName":"Novák"}"#).unwrap();
    assert!(customer.id.is_empty() && customer.is_active && customer.version == 0);
    assert_eq!(customer.derived_full_name(), "Ana Novák");
}

#[test]
fn birth_date_accepts_a_date_time_and_rejects_junk() {
    let customer: Customer = serde_json::from_str(r#"{"birthDate":"1990-05-01T00:00:00"}"#).unwrap();
    assert_eq!(customer.birth_date, NaiveDate::from_ymd_opt(1990, 5, 1));
    assert!(serde_json::from_str::<Customer>(r#"{"birthDate":"1.5.1990"}"#).is_err());
    assert!(serde_json::from_str::<Customer>(r#"{"gender":"Robot"}"#).is_err());
}

#[test]
fn status_follows_the_validity_window() {
    let now = "2025-06-01T00:00:00Z".parse().unwrap();
    let past = Some("2025-01-01T00:00:00Z".parse().unwrap());
    let future = Some("2026-01-01T00:00:00Z".parse().unwrap());
    assert_eq!(CustomerStatus::at(now, None, None), CustomerStatus::Valid);
    assert_eq!(CustomerStatus::at(now, past, future), CustomerStatus::Valid);
    assert_eq!(CustomerStatus::at(now, future, None), CustomerStatus::NotYetValid);
    assert_eq!(CustomerStatus::at(now, None, past), CustomerStatus::Expired);
}

#[test]
fn a_status_reads_in_english_and_in_slovak_translated() {
    let statuses = [CustomerStatus::Valid, CustomerStatus::NotYetValid, CustomerStatus::Expired];
    assert_eq!(statuses.map(|status| status.text().english()), ["Valid", "Not yet valid", "Expired"]);
    let slovak = crate::i18n::catalog(crate::i18n::Locale::Sk).render(&CustomerStatus::NotYetValid.text());
    assert_eq!(slovak, "Ešte neplatný");
}

#[test]
fn a_new_customer_is_active_and_empty() {
    let blank = Customer::default();
    assert!(blank.is_active);
    assert!(blank.id.is_empty() && blank.first_name.is_none() && blank.cards.is_empty());
}
