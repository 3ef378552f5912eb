//! What the detail page shows beyond the list: company CRN, delivery address, the
//! documented cards and the credit history, inline as `creditTransactions`.

use crate::fixture::{self, ids};
use crate::support::{ApiServer, assert_problem};
use serde_json::{Value, json};

/// (amount, balance, note) of each credit transaction of `customer`, as listed.
fn history(customer: &Value) -> Vec<(f64, f64, String)> {
    customer["creditTransactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["amount"].as_f64().unwrap(), t["balance"].as_f64().unwrap(), t["note"].as_str().unwrap().to_string()))
        .collect()
}

#[tokio::test]
async fn crn_delivery_address_and_documented_cards_are_stored_and_returned() {
    let (api, token) = fixture::server().await;
    let body = json!({"id": "e", "lastName": "Baláž", "isCompany": true,
    "company": {"name": "Pekáreň Baláž s.r.o.", "vatId": "SK2021000001", "taxId": "2021000001", "crn": "50123456"},
    "deliveryAddress": {"street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK"},
    "cards": [
        {"externalId": "ext-9", "isActive": false, "isVirtual": true, "serialNumber": "CARD-9", "processor": "P",
         "statusTime": "2025-05-01T10:00:00Z", "statusReason": "Lost", "activationTime": "2022-11-01T00:00:00.00Z",
         "expirationTime": null, "note": "replaced", "meta": {"issuer": "shop"}},
        {"serialNumber": "CARD-10"}
    ]});
    let created = api.send("POST", "/api/customers", Some(&token), Some(body)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let stored = api.get("/api/customers/e", &token).await.body;
    assert_eq!(stored, created.body);
    assert_eq!(stored["company"]["crn"], "50123456");
    assert_eq!(stored["deliveryAddress"], json!({"street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK"}));
    assert_eq!(
        stored["cards"][0],
        json!({"externalId": "ext-9", "isActive": false, "isVirtual": true, "serialNumber": "CARD-9", "processor": "P",
               "status": "Valid", "statusTime": "2025-05-01T10:00:00Z", "statusReason": "Lost",
               "activationTime": "2022-11-01T00:00:00Z", "expirationTime": null, "note": "replaced", "meta": {"issuer": "shop"}})
    );
    // What a body leaves out takes its default: an active, physical card.
    assert_eq!((&stored["cards"][1]["isActive"], &stored["cards"][1]["isVirtual"]), (&json!(true), &json!(false)));
    let plain = api.get("/api/customers/c", &token).await.body;
    assert_eq!((&plain["company"]["crn"], &plain["deliveryAddress"]), (&Value::Null, &Value::Null));

    // Search finds the CRN; the card filter still matches an inactive card.
    assert_eq!(ids(&api.get("/api/customers?Search=0123", &token).await.body), ["e"]);
    assert_eq!(ids(&api.get("/api/customers?CardSerialNumber=CARD-9", &token).await.body), ["e"]);
    // An inactive card still belongs to its customer: nobody else may take its number.
    let taken =
        api.send("POST", "/api/customers", Some(&token), Some(json!({"lastName": "X", "cards": [{"serialNumber": "CARD-9"}]}))).await;
    assert_problem(&taken, 400, Some(3));
    assert_eq!(
        (&taken.body["errors"][0]["code"], &taken.body["errors"][0]["memberName"]),
        (&json!("Unique"), &json!("cards[0].serialNumber"))
    );

    // A card that expired is Expired; activating one is an ordinary update.
    let mut edited = stored.clone();
    edited["cards"][0]["isActive"] = json!(true);
    edited["cards"][1]["expirationTime"] = json!("2024-01-01T00:00:00Z");
    edited["company"]["crn"] = json!("1".repeat(201));
    let too_long = api.send("PUT", "/api/customers/e", Some(&token), Some(edited.clone())).await;
    assert_problem(&too_long, 400, Some(3));
    assert_eq!(too_long.body["errors"][0]["memberName"], "company.crn");
    edited["company"]["crn"] = json!("50123457");
    let updated = api.send("PUT", "/api/customers/e", Some(&token), Some(edited)).await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!((&updated.body["cards"][0]["isActive"], &updated.body["cards"][1]["status"]), (&json!(true), &json!("Expired")));
    assert_eq!(updated.body["company"]["crn"], "50123457");
    let order = api
        .send(
            "PUT",
            "/api/customers/e",
            Some(&token),
            Some(json!({"lastName": "B", "_v": 2,
        "cards": [{"serialNumber": "C", "activationTime": "2025-02-01T00:00:00Z", "expirationTime": "2025-01-01T00:00:00Z"}]})),
        )
        .await;
    assert_problem(&order, 400, Some(3));
    assert_eq!(order.body["errors"][0]["memberName"], "cards[0].expirationTime");
}

#[tokio::test]
async fn every_credit_change_is_recorded_with_the_write_and_listed_inline_newest_first() {
    let (api, admin) = fixture::server().await;
    // The fixture's customers were created without credit: no history.
    let plain = api.get("/api/customers/a", &admin).await.body;
    assert_eq!((&plain["credit"], &plain["creditTransactions"]), (&json!({"amount": 0.0, "currencyLabel": null}), &json!([])));

    let body = json!({"id": "m", "lastName": "Marek", "credit": {"amount": 100, "currencyLabel": "EUR"}});
    let created = api.send("POST", "/api/customers", Some(&admin), Some(body)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["credit"], json!({"amount": 100.0, "currencyLabel": "EUR"}));
    let mut customer = created.body;
    customer["credit"]["amount"] = json!(40.5);
    customer = api.send("PUT", "/api/customers/m", Some(&admin), Some(customer)).await.body;
    // A write that leaves credit alone adds nothing, whatever its creditTransactions say.
    customer["note"] = json!("no credit change");
    customer["creditTransactions"] = json!([]);
    customer = api.send("PUT", "/api/customers/m", Some(&admin), Some(customer)).await.body;
    // A refused write (stale `_v`) records nothing either.
    let mut stale = customer.clone();
    stale["_v"] = json!(1);
    stale["credit"]["amount"] = json!(999);
    assert_problem(&api.send("PUT", "/api/customers/m", Some(&admin), Some(stale)).await, 400, Some(6));
    customer["credit"]["amount"] = json!(90.55);
    assert_eq!(api.send("PUT", "/api/customers/m", Some(&admin), Some(customer)).await.status, 200);

    // A viewer reads the history with the customer, in the list too.
    let viewer = api.token("viewer").await;
    let read = api.get("/api/customers/m", &viewer).await.body;
    let note = "Set by admin".to_string();
    assert_eq!(history(&read), [(50.05, 90.55, note.clone()), (-59.5, 40.5, note.clone()), (100.0, 100.0, note)]);
    let first = &read["creditTransactions"][0];
    assert!(first["time"].as_str().unwrap().ends_with('Z'));
    assert!(first["id"].as_i64().unwrap() > read["creditTransactions"][1]["id"].as_i64().unwrap());
    let listed = api.get("/api/customers?Search=Marek", &viewer).await.body;
    assert_eq!(listed["items"][0]["creditTransactions"], read["creditTransactions"]);

    // The credit's currency label is part of credit: changing it needs the right too.
    let clerk = api.token("clerk").await;
    let mut relabelled = read.clone();
    relabelled["credit"]["currencyLabel"] = json!("CZK");
    let refused = api.send("PUT", "/api/customers/m", Some(&clerk), Some(relabelled)).await;
    assert_problem(&refused, 403, Some(2));
    // The invented history endpoint of earlier versions is gone: the documentation has none.
    assert_problem(&api.get("/api/customers/m/credit-transactions", &admin).await, 404, None);
}

#[tokio::test]
async fn deleting_a_customer_deletes_its_history_and_a_re_create_starts_fresh() {
    let api = ApiServer::start(0).await;
    let admin = api.token("admin").await;
    let body = json!({"id": "u", "lastName": "Hudák", "credit": {"amount": 10, "currencyLabel": null}});
    let mut customer = api.send("POST", "/api/customers", Some(&admin), Some(body)).await.body;
    customer["credit"]["amount"] = json!(25);
    let customer = api.send("PUT", "/api/customers/u", Some(&admin), Some(customer)).await.body;
    assert_eq!(customer["creditTransactions"].as_array().unwrap().len(), 2);
    assert_eq!(api.send("DELETE", "/api/customers/u", Some(&admin), None).await.status, 200);
    // Undo: the deleted customer is put back with the same id.
    let undone = api.send("PUT", "/api/customers/u", Some(&admin), Some(customer)).await;
    assert_eq!(undone.status, 201, "{}", undone.body);
    assert_eq!(history(&undone.body), [(25.0, 25.0, "Set by admin".to_string())]);
}

#[tokio::test]
async fn demo_customers_have_a_history_that_ends_at_their_credit() {
    let api = ApiServer::start(40).await;
    let token = api.token("viewer").await;
    let all = api.get("/api/customers?$take=40", &token).await.body;
    let items = all["items"].as_array().unwrap();
    let mut histories = 0;
    for customer in items {
        let id = &customer["id"];
        let transactions = customer["creditTransactions"].as_array().unwrap();
        if customer["credit"]["amount"].as_f64().unwrap() > 0.0 {
            histories += 1;
            assert_eq!(transactions[0]["balance"], customer["credit"]["amount"], "{id}");
            assert_eq!(customer["credit"]["currencyLabel"], "EUR");
            assert!(transactions.iter().all(|t| t["time"].as_str().unwrap() < "2026-01-01"), "{id}");
        } else {
            assert!(transactions.is_empty(), "{id}");
        }
    }
    assert!(histories > 30, "{histories}");
    let has = |test: &dyn Fn(&Value) -> bool| items.iter().any(test);
    assert!(has(&|c| c["company"]["crn"].is_string()));
    assert!(has(&|c| c["deliveryAddress"]["city"].is_string()));
    assert!(has(&|c| c["cards"].as_array().unwrap().iter().any(|card| card["isActive"] == false)));
    assert!(has(&|c| c["cards"].as_array().unwrap().iter().any(|card| card["isVirtual"] == true)));
}
