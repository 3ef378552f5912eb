//! What the detail page shows beyond the list: company CRN, delivery address, blocked
//! cards and the credit history (`/api/customers/{id}/credit-transactions`).

use crate::fixture::{self, ids};
use crate::support::{ApiServer, assert_problem};
use serde_json::{Value, json};

fn history_path(id: &str, query: &str) -> String {
    format!("/api/customers/{id}/credit-transactions{query}")
}

/// (amount, balance, note) of each item, newest first.
fn entries(body: &Value) -> Vec<(f64, f64, String)> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["amount"].as_f64().unwrap(), t["balance"].as_f64().unwrap(), t["note"].as_str().unwrap().to_string()))
        .collect()
}

#[tokio::test]
async fn crn_delivery_address_and_blocked_cards_are_stored_and_returned() {
    let (api, token) = fixture::server().await;
    let body = json!({"id": "e", "lastName": "Baláž", "isCompany": true,
        "company": {"name": "Pekáreň Baláž s.r.o.", "vatId": "SK2021000001", "taxId": "2021000001", "crn": "50123456"},
        "deliveryAddress": {"street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK"},
        "cards": [{"serialNumber": "CARD-9", "isBlocked": true}, {"serialNumber": "CARD-10"}]});
    let created = api.send("POST", "/api/customers", Some(&token), Some(body)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let stored = api.get("/api/customers/e", &token).await.body;
    assert_eq!(stored, created.body);
    assert_eq!(stored["company"]["crn"], "50123456");
    assert_eq!(stored["deliveryAddress"], json!({"street": "Skladová 7", "city": "Prešov", "zipCode": "080 01", "country": "SK"}));
    assert_eq!(stored["cards"], json!([{"serialNumber": "CARD-9", "isBlocked": true}, {"serialNumber": "CARD-10", "isBlocked": false}]));
    // Absent in the body: null and false.
    let plain = api.get("/api/customers/c", &token).await.body;
    assert_eq!((&plain["company"]["crn"], &plain["deliveryAddress"]), (&Value::Null, &Value::Null));
    assert_eq!(plain["cards"][0]["isBlocked"], false);

    // Search finds the CRN; the card filter still matches a blocked card.
    assert_eq!(ids(&api.get("/api/customers?Search=0123", &token).await.body), ["e"]);
    assert_eq!(ids(&api.get("/api/customers?CardSerialNumber=CARD-9", &token).await.body), ["e"]);
    // A blocked card still belongs to its customer: nobody else may take its number.
    let taken = api.send("POST", "/api/customers", Some(&token), Some(json!({"lastName": "X", "cards": [{"serialNumber": "CARD-9"}]}))).await;
    assert_problem(&taken, 400, Some(3));
    assert_eq!(taken.body["errors"][0]["code"], "Unique");

    // Unblocking is an ordinary update.
    let mut edited = stored.clone();
    edited["cards"][0]["isBlocked"] = json!(false);
    edited["company"]["crn"] = json!("1".repeat(201));
    let too_long = api.send("PUT", "/api/customers/e", Some(&token), Some(edited.clone())).await;
    assert_problem(&too_long, 400, Some(3));
    assert_eq!(too_long.body["errors"][0]["memberName"], "company.crn");
    edited["company"]["crn"] = json!("50123457");
    let updated = api.send("PUT", "/api/customers/e", Some(&token), Some(edited)).await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!(updated.body["cards"][0], json!({"serialNumber": "CARD-9", "isBlocked": false}));
    assert_eq!(updated.body["company"]["crn"], "50123457");
}

#[tokio::test]
async fn every_credit_change_is_recorded_with_the_write() {
    let (api, admin) = fixture::server().await;
    // The fixture's customers were created without credit: no history.
    let empty = api.get(&history_path("a", ""), &admin).await;
    assert_eq!(empty.status, 200);
    assert_eq!(empty.body, json!({"items": [], "count": 0, "totalCount": 0}));

    let created = api.send("POST", "/api/customers", Some(&admin), Some(json!({"id": "m", "lastName": "Marek", "credit": 100}))).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let mut customer = created.body;
    customer["credit"] = json!(40.5);
    customer = api.send("PUT", "/api/customers/m", Some(&admin), Some(customer)).await.body;
    // A write that leaves credit alone adds nothing.
    customer["note"] = json!("no credit change");
    customer = api.send("PUT", "/api/customers/m", Some(&admin), Some(customer)).await.body;
    // A refused write (stale `_v`) records nothing either.
    let mut stale = customer.clone();
    stale["_v"] = json!(1);
    stale["credit"] = json!(999);
    assert_problem(&api.send("PUT", "/api/customers/m", Some(&admin), Some(stale)).await, 400, Some(6));
    customer["credit"] = json!(90.55);
    assert_eq!(api.send("PUT", "/api/customers/m", Some(&admin), Some(customer)).await.status, 200);

    // A viewer may read the history.
    let viewer = api.token("viewer").await;
    let history = api.get(&history_path("m", ""), &viewer).await;
    assert_eq!(history.status, 200, "{}", history.body);
    assert_eq!((history.body["count"].as_u64(), history.body["totalCount"].as_u64()), (Some(3), Some(3)));
    let note = "Set by admin".to_string();
    assert_eq!(entries(&history.body), [(50.05, 90.55, note.clone()), (-59.5, 40.5, note.clone()), (100.0, 100.0, note)]);
    let first = &history.body["items"][0];
    assert!(first["time"].as_str().unwrap().ends_with('Z'));
    assert!(first["id"].as_i64().unwrap() > history.body["items"][1]["id"].as_i64().unwrap());

    let page = api.get(&history_path("m", "?$skip=1&$take=1"), &admin).await.body;
    assert_eq!((page["count"].as_u64(), page["totalCount"].as_u64()), (Some(1), Some(3)));
    assert_eq!(entries(&page)[0].1, 40.5);
    assert_eq!(api.get(&history_path("m", "?$skip=5"), &admin).await.body["items"], json!([]));
}

#[tokio::test]
async fn the_history_pages_by_25_and_refuses_bad_requests() {
    let api = ApiServer::start(0).await;
    let admin = api.token("admin").await;
    let mut customer = api.send("PUT", "/api/customers/p", Some(&admin), Some(json!({"lastName": "Pokorná", "credit": 1}))).await.body;
    for credit in 2..=30 {
        customer["credit"] = json!(credit);
        customer = api.send("PUT", "/api/customers/p", Some(&admin), Some(customer)).await.body;
    }
    let page = api.get(&history_path("p", ""), &admin).await.body;
    assert_eq!((page["count"].as_u64(), page["totalCount"].as_u64()), (Some(25), Some(30)));
    assert_eq!(entries(&page)[0].1, 30.0);
    assert_eq!(api.get(&history_path("p", "?$take=1000"), &admin).await.body["count"], 30);

    assert_problem(&api.get(&history_path("nobody", ""), &admin).await, 404, None);
    assert_problem(&api.send("GET", &history_path("p", ""), None, None).await, 401, Some(1));
    assert_problem(&api.send("GET", &history_path("p", ""), Some("not-a-token"), None).await, 401, Some(1));
    for (query, member) in [("?$take=1001", "$take"), ("?$skip=-1", "$skip"), ("?$take=1&$take=2", "$take"), ("?Search=x", "Search")] {
        let reply = api.get(&history_path("p", query), &admin).await;
        assert_problem(&reply, 400, Some(3));
        assert_eq!(reply.body["errors"][0]["memberName"], member, "{query}");
    }
}

#[tokio::test]
async fn deleting_a_customer_deletes_its_history_and_a_re_create_starts_fresh() {
    let api = ApiServer::start(0).await;
    let admin = api.token("admin").await;
    let mut customer = api.send("POST", "/api/customers", Some(&admin), Some(json!({"id": "u", "lastName": "Hudák", "credit": 10}))).await.body;
    customer["credit"] = json!(25);
    let customer = api.send("PUT", "/api/customers/u", Some(&admin), Some(customer)).await.body;
    assert_eq!(api.get(&history_path("u", ""), &admin).await.body["totalCount"], 2);
    assert_eq!(api.send("DELETE", "/api/customers/u", Some(&admin), None).await.status, 200);
    assert_problem(&api.get(&history_path("u", ""), &admin).await, 404, None);
    // Undo: the deleted customer is put back with the same id.
    let undone = api.send("PUT", "/api/customers/u", Some(&admin), Some(customer)).await;
    assert_eq!(undone.status, 201, "{}", undone.body);
    let history = api.get(&history_path("u", ""), &admin).await.body;
    assert_eq!(entries(&history), [(25.0, 25.0, "Set by admin".to_string())]);
}

#[tokio::test]
async fn demo_customers_have_a_history_that_ends_at_their_credit() {
    let api = ApiServer::start(40).await;
    let token = api.token("viewer").await;
    let all = api.get("/api/customers?$take=40", &token).await.body;
    let items = all["items"].as_array().unwrap();
    let mut histories = 0;
    for customer in items {
        let id = customer["id"].as_str().unwrap();
        let history = api.get(&history_path(id, "?$take=1000"), &token).await.body;
        let newest = history["items"].as_array().unwrap().first().cloned();
        if customer["credit"].as_f64().unwrap() > 0.0 {
            histories += 1;
            assert_eq!(newest.unwrap()["balance"], customer["credit"], "{id}");
            assert!(history["items"].as_array().unwrap().iter().all(|t| t["time"].as_str().unwrap() < "2026-01-01"), "{id}");
        } else {
            assert_eq!(newest, None, "{id}");
        }
    }
    assert!(histories > 30, "{histories}");
    let has = |test: &dyn Fn(&Value) -> bool| items.iter().any(test);
    assert!(has(&|c| c["company"]["crn"].is_string()));
    assert!(has(&|c| c["deliveryAddress"]["city"].is_string()));
    assert!(has(&|c| c["cards"].as_array().unwrap().iter().any(|card| card["isBlocked"] == true)));
}
