//! `--wire-extras`: the server answers like a newer PORTOS (fields the documentation does
//! not name, odd but legal values, unknown statuses) and keeps written bodies whole, so a
//! client that loses what it did not understand is caught by the next read.

use crate::support::ApiServer;
use customer_desk_server::ServerOptions;
use serde_json::{Value, json};

async fn server(demo: u64) -> (ApiServer, String) {
    let api = ApiServer::start_with(ServerOptions { demo, wire_extras: true, ..Default::default() }).await;
    let token = api.token("admin").await;
    (api, token)
}

fn items(page: &Value) -> Vec<Value> {
    page["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn every_customer_card_and_credit_change_carries_more_than_the_documentation_shows() {
    let (api, admin) = server(60).await;
    let customers = items(&api.get("/api/customers?$take=60", &admin).await.body);
    let all = |test: &dyn Fn(&Value) -> bool| customers.iter().all(test);
    let any = |test: &dyn Fn(&Value) -> bool| customers.iter().any(test);
    assert!(all(&|c| c["loyaltyTier"]["name"].is_string() && c["x-branch"].is_string() && c["tags"].is_array()));
    let cards: Vec<&Value> = customers.iter().filter_map(|c| c["cards"].as_array()).flatten().collect();
    assert!(!cards.is_empty() && cards.iter().all(|card| card["pinSet"].is_boolean() && card["design"].is_string()));
    let transactions: Vec<&Value> = customers.iter().filter_map(|c| c["creditTransactions"].as_array()).flatten().collect();
    assert!(!transactions.is_empty() && transactions.iter().all(|t| t["till"].is_string() && t["operator"]["id"].is_number()));
    // Odd but legal values.
    assert!(any(&|c| c["discountRate"].is_i64() && c["discountRate"].as_i64() != Some(0)));
    assert!(any(&|c| c["cards"].is_null()));
    assert!(any(&|c| c["meta"].is_null()) && any(&|c| c["meta"].is_object()));
    assert!(any(&|c| c["birthDate"].as_str().is_some_and(|day| day.ends_with("T00:00:00"))));
    assert!(cards.iter().any(|card| card["activationTime"].as_str().is_some_and(|t| t.ends_with(".00Z"))));
    assert!(cards.iter().any(|card| card["isVirtual"].is_null()));
    assert!(any(&|c| c["credit"]["amount"].as_f64() == Some(-12.5)), "an account in overdraft");
    // Statuses the documentation does not list.
    assert!(customers.iter().filter(|c| c["isActive"] == false).all(|c| c["status"] == "Suspended"));
    assert!(cards.iter().filter(|card| card["isActive"] == false).all(|card| card["status"] == "Blocked"));
    assert!(cards.iter().any(|card| card["status"] == "Blocked"));
    // The app's reader takes every one of them without an unreadable field.
    for customer in &customers {
        let read = customer_desk_domain::portos::read(customer);
        assert!(read.unreadable.is_empty(), "{:?} in {customer}", read.unreadable);
        assert_eq!(&customer_desk_domain::portos::write(&read), customer, "read and written back unchanged");
    }
}

#[tokio::test]
async fn a_body_sent_back_with_one_change_comes_back_with_that_change_only() {
    let (api, admin) = server(30).await;
    let customers = items(&api.get("/api/customers?$take=30", &admin).await.body);
    let rich = customers
        .iter()
        .find(|c| c["cards"].is_array() && c["creditTransactions"].is_array() && c["address"].is_object())
        .expect("a demo customer with cards, history and an address")
        .clone();
    let path = format!("/api/customers/{}", rich["id"].as_str().unwrap());
    let mut sent = rich.clone();
    sent["note"] = json!("Edited by a careful client");
    let reply = api.send("PUT", &path, Some(&admin), Some(sent)).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let mut expected = rich.clone();
    expected["note"] = json!("Edited by a careful client");
    expected["_v"] = json!(rich["_v"].as_i64().unwrap() + 1);
    let after = api.get(&path, &admin).await.body;
    assert_eq!(serde_json::to_string(&after).unwrap(), serde_json::to_string(&expected).unwrap());

    // A careless client that rebuilds the body from what it knows loses the rest, and the
    // next read shows it.
    let careless = json!({"id": after["id"], "lastName": after["lastName"], "firstName": after["firstName"], "_v": after["_v"],
        "credit": after["credit"], "discountRate": after["discountRate"]});
    assert_eq!(api.send("PUT", &path, Some(&admin), Some(careless)).await.status, 200);
    let lost = api.get(&path, &admin).await.body;
    assert!(lost.get("loyaltyTier").is_none() && lost["address"].is_null(), "{lost}");
}

#[tokio::test]
async fn a_new_customer_gets_the_extra_fields_and_keeps_those_it_was_sent_with() {
    let (api, admin) = server(0).await;
    let plain = api.send("POST", "/api/customers", Some(&admin), Some(json!({"lastName": "Nová"}))).await;
    assert_eq!(plain.status, 201, "{}", plain.body);
    assert_eq!(plain.body["loyaltyTier"], json!({"name": "Bronze", "since": "2024-01-01"}));
    let body = json!({"lastName": "Stará", "loyaltyTier": {"name": "Gold"}, "x-source": "import",
        "cards": [{"serialNumber": "X-1", "x-chip": "nfc"}]});
    let created = api.send("POST", "/api/customers", Some(&admin), Some(body)).await.body;
    assert_eq!((&created["loyaltyTier"], &created["x-source"]), (&json!({"name": "Gold"}), &json!("import")));
    assert_eq!(created["cards"][0]["x-chip"], "nfc");
}

#[tokio::test]
async fn an_account_in_overdraft_saves_a_change_of_its_note_and_keeps_its_balance() {
    let (api, admin) = server(20).await;
    let customers = items(&api.get("/api/customers?$take=20", &admin).await.body);
    let mut overdrawn = customers.into_iter().find(|c| c["credit"]["amount"].as_f64() == Some(-12.5)).unwrap();
    let id = overdrawn["id"].as_str().unwrap().to_owned();
    overdrawn["note"] = json!("Pays on Friday");
    let saved = api.send("PUT", &format!("/api/customers/{id}"), Some(&admin), Some(overdrawn)).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!((saved.body["note"].as_str(), saved.body["credit"]["amount"].as_f64()), (Some("Pays on Friday"), Some(-12.5)));
}
