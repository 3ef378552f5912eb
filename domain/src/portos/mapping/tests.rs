use super::*;
use crate::portos::wire::QueryResult;
use serde_json::{Value, json};

/// The vendor's examples, verbatim (see vendor-examples/README.md).
const DOCUMENTED_PAGE: &str = include_str!("../../../../vendor-examples/portos/customers-page.json");
const DOCUMENTED_CUSTOMER: &str = include_str!("../../../../vendor-examples/portos/customer.json");

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("test JSON parses")
}

/// A customer with everything the documentation shows, plus what a newer server might
/// add at every level and values that are odd but legal.
const RICH: &str = r#"{
    "id": "c-77", "externalId": 1042, "isActive": true, "status": "Valid",
    "activationTime": "2022-11-01T00:00:00.00Z", "expirationTime": null,
    "firstName": "Jana", "lastName": "Nováková", "fullName": "Jana Nováková", "gender": "Female",
    "birthDate": "1990-03-07T00:00:00", "email": "jana@example.sk", "phone": null,
    "isCompany": false, "company": null,
    "address": {"street": "Hlavná 1", "city": "Košice", "zipCode": "040 01", "country": "SK", "x-floor": 3},
    "deliveryAddress": {"street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK"},
    "credit": {"amount": 25, "currencyLabel": "EUR", "x-limit": 100},
    "creditTransactions": [
        {"id": 7, "time": "2025-06-01T10:00:00Z", "amount": 25, "balance": 25, "note": "Top-up", "x-till": "T2"}
    ],
    "cards": [
        {"externalId": "ext-1", "isActive": true, "isVirtual": true, "serialNumber": "CARD-1", "processor": "P",
         "status": "Valid", "statusTime": null, "statusReason": null, "activationTime": "2022-11-01T00:00:00.00Z",
         "expirationTime": null, "note": null, "meta": {"issuer": "shop"}, "x-pin-set": true},
        {"externalId": null, "isActive": false, "isVirtual": false, "serialNumber": "CARD-2", "processor": "Q",
         "status": "Blocked", "statusTime": "2025-01-01T00:00:00Z", "statusReason": "Lost", "activationTime": null,
         "expirationTime": null, "note": "old card", "meta": null}
    ],
    "creditRate": 1, "discountRate": 10, "note": "Likes coffee",
    "meta": {"source": "till", "tags": ["vip"]}, "_v": 3, "loyaltyTier": {"name": "gold", "since": "2024"}
}"#;

#[test]
fn the_documented_page_reads_every_documented_field() {
    let page: QueryResult<Value> = serde_json::from_str(DOCUMENTED_PAGE).unwrap();
    let (items, total) = read_page(page);
    assert_eq!((items.len(), total), (1, 1));
    let customer = &items[0];
    assert!(customer.unreadable.is_empty(), "{:?}", customer.unreadable);
    assert_eq!((customer.id.as_str(), customer.display_name().as_str()), ("customer-id", "John Doe"));
    assert_eq!(customer.email.as_deref(), Some("john.doe@portos.sk"));
    assert_eq!(customer.credit, Credit { amount: 0.0, currency_label: None });
    assert!(customer.credit_transactions.is_empty());
    assert_eq!(customer.meta, Some(json!({})));
    assert_eq!(customer.version, 1);
    let card = &customer.cards[0];
    assert_eq!(card.external_id.as_deref(), Some("external-card-id"));
    assert!(card.is_active && card.is_virtual && card.is_usable());
    assert_eq!((card.serial_number.as_str(), card.processor.as_deref()), ("card-serial-number", Some("P")));
    assert_eq!(card.status, CustomerStatus::Valid);
    assert_eq!(card.activation_time.map(|t| t.to_rfc3339()).as_deref(), Some("2022-11-01T00:00:00+00:00"));
    assert_eq!((card.status_time, card.note.as_deref(), card.meta.as_ref()), (None, None, None));
}

#[test]
fn the_documented_examples_are_written_back_unchanged_byte_for_byte() {
    let page = json(DOCUMENTED_PAGE);
    for record in [json(DOCUMENTED_CUSTOMER), page["items"][0].clone(), json(RICH)] {
        let written = write(&read(&record));
        assert_eq!(written, record);
        assert_eq!(serde_json::to_string(&written).unwrap(), serde_json::to_string(&record).unwrap());
    }
}

#[test]
fn editing_the_note_changes_the_note_and_nothing_else() {
    let record = json(RICH);
    let mut customer = read(&record);
    customer.note = Some("Prefers tea".into());
    let mut expected = record.clone();
    expected["note"] = json!("Prefers tea");
    assert_eq!(serde_json::to_string(&write(&customer)).unwrap(), serde_json::to_string(&expected).unwrap());
}

#[test]
fn an_edited_card_keeps_what_the_form_does_not_own() {
    let record = json(RICH);
    let mut customer = read(&record);
    customer.cards[1].is_active = true;
    customer.cards[1].note = None;
    let written = write(&customer);
    let mut expected = record["cards"][1].clone();
    expected["isActive"] = json!(true);
    expected["note"] = Value::Null;
    assert_eq!(written["cards"][1], expected);
    assert_eq!(written["cards"][0], record["cards"][0], "the untouched card is sent as read");
    assert_eq!(written["loyaltyTier"], record["loyaltyTier"]);
}

#[test]
fn removing_a_card_keeps_the_others_as_read_and_a_new_card_has_every_documented_field() {
    let record = json(RICH);
    let mut customer = read(&record);
    customer.cards.remove(0);
    customer.cards.push(Card { serial_number: "CARD-3".into(), ..Card::default() });
    let written = write(&customer);
    let cards = written["cards"].as_array().unwrap();
    assert_eq!(cards[0], record["cards"][1]);
    let documented_card = &json(DOCUMENTED_CUSTOMER)["cards"][0];
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&cards[1]), keys(documented_card));
    assert_eq!((&cards[1]["serialNumber"], &cards[1]["isActive"], &cards[1]["isVirtual"]), (&json!("CARD-3"), &json!(true), &json!(false)));
}

#[test]
fn odd_but_legal_values_are_read_without_complaint() {
    let customer = read(&json(RICH));
    assert!(customer.unreadable.is_empty(), "{:?}", customer.unreadable);
    assert_eq!(customer.external_id.as_deref(), Some("1042"));
    assert_eq!((customer.discount_rate, customer.credit_rate, customer.credit.amount), (10.0, 1.0, 25.0));
    assert_eq!(customer.credit.currency_label.as_deref(), Some("EUR"));
    assert_eq!(customer.birth_date.map(|d| d.to_string()).as_deref(), Some("1990-03-07"));
    assert_eq!(customer.gender, Some(Gender::Female));
    assert_eq!(customer.cards[1].status, CustomerStatus::Other("Blocked".into()));
    assert!(!customer.cards[1].is_usable());
    let history = customer.credit_history();
    assert_eq!((history[0].id.as_deref(), history[0].amount, history[0].balance), (Some("7"), 25.0, Some(25.0)));

    let nulls = json(
        r#"{"id": "n-1", "isActive": null, "isCompany": null, "credit": null, "creditTransactions": null,
            "cards": null, "creditRate": null, "discountRate": null, "_v": 2.0, "status": "Suspended",
            "gender": "Diverse", "lastName": "Null"}"#,
    );
    let customer = read(&nulls);
    assert!(customer.unreadable.is_empty(), "{:?}", customer.unreadable);
    assert!(customer.is_active && !customer.is_company && customer.cards.is_empty());
    assert_eq!((customer.credit.amount, customer.version), (0.0, 2));
    assert_eq!(customer.status.as_str(), "Suspended");
    assert_eq!(customer.gender, Some(Gender::Other("Diverse".into())));
    assert_eq!(write(&customer), nulls, "a null list stays null when nothing changed");
}

#[test]
fn a_field_that_cannot_be_read_is_named_and_the_rest_is_shown_and_sent_back() {
    let record = json(
        r#"{"id": "b-1", "firstName": {"given": "Ann"}, "lastName": "Bad", "discountRate": "ten",
            "cards": [{"serialNumber": "OK-1"}, "not a card", {"serialNumber": "OK-2", "isActive": "yes"}]}"#,
    );
    let mut customer = read(&record);
    // Each at its own position in the record (the third card is `cards[2]`).
    assert_eq!(customer.unreadable, ["firstName", "discountRate", "cards[1]", "cards[2].isActive"]);
    assert_eq!((customer.id.as_str(), customer.last_name.as_deref(), customer.first_name.as_deref()), ("b-1", Some("Bad"), None));
    let serials: Vec<&str> = customer.cards.iter().map(|c| c.serial_number.as_str()).collect();
    assert_eq!(serials, ["OK-1", "OK-2"]);
    assert_eq!(write(&customer), record, "what could not be read goes back untouched");
    customer.note = Some("edited".into());
    assert_eq!(write(&customer)["firstName"], json!({"given": "Ann"}));
}

#[test]
fn a_record_that_is_not_a_customer_object_still_shows_its_name() {
    let customer = read(&json(r#"[1, 2]"#));
    assert_eq!(customer.unreadable, ["."]);
    let customer = read(&json(r#"{"id": "x-1", "fullName": "Ada", "cards": {"a": 1}}"#));
    assert_eq!((customer.id.as_str(), customer.display_name().as_str()), ("x-1", "Ada"));
    assert_eq!(customer.unreadable, ["cards"]);
}

#[test]
fn a_new_customer_is_sent_in_the_documented_shape_without_an_id() {
    let customer =
        Customer { first_name: Some("Eva".into()), last_name: Some("Malá".into()), full_name: "Eva Malá".into(), ..Customer::default() };
    let written = write(&customer);
    let documented = json(DOCUMENTED_CUSTOMER);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    let mut expected_keys = keys(&documented);
    expected_keys.retain(|key| key != "id");
    assert_eq!(keys(&written), expected_keys);
    assert_eq!(written["credit"], json!({"amount": 0.0, "currencyLabel": null}));
    assert_eq!((&written["meta"], &written["creditTransactions"], &written["cards"]), (&json!({}), &json!([]), &json!([])));
}

#[test]
fn money_as_a_bare_amount_a_postal_code_and_other_transaction_names_are_read_and_written_back_as_they_came() {
    let record = json!({
        "id": "c-9", "lastName": "Iná", "credit": 12.5,
        "address": {"street": "Dlhá 2", "city": "Nitra", "postalCode": "949 01", "country": "SK"},
        "creditTransactions": [{"id": 4, "createdAt": "2026-03-01T10:00:00Z", "change": -7.5, "balanceAfter": 12.5, "description": "Purchase"}],
        "_v": 2
    });
    let customer = read(&record);
    assert!(customer.unreadable.is_empty(), "{:?}", customer.unreadable);
    assert_eq!(customer.credit.amount, 12.5);
    assert_eq!(customer.address.as_ref().and_then(|a| a.zip_code.as_deref()), Some("949 01"));
    let transaction = &customer.credit_transactions[0];
    assert_eq!((transaction.amount, transaction.balance, transaction.note.as_deref()), (-7.5, Some(12.5), Some("Purchase")));
    assert_eq!(transaction.time.map(|t| t.to_rfc3339()).as_deref(), Some("2026-03-01T10:00:00+00:00"));
    // The strict reading (the server's) agrees.
    assert_eq!(parse(&record).unwrap().address, customer.address);
    assert_eq!(parse(&record).unwrap().credit.amount, 12.5);

    assert_eq!(write(&customer), record, "unchanged: written back as read");
    let mut edited = customer.clone();
    edited.address.as_mut().unwrap().zip_code = Some("949 11".into());
    edited.credit.amount = 20.0;
    let mut expected = record.clone();
    expected["address"]["postalCode"] = json!("949 11");
    expected["credit"] = json!(20.0);
    assert_eq!(write(&edited), expected, "changed: under the keys the server used");
}
