//! Four known customers, created through the API, for filter, sort and paging tests.

use crate::support::ApiServer;
use serde_json::{Value, json};

pub fn customers() -> Vec<Value> {
    vec![
        json!({"id": "a", "firstName": "Ján", "lastName": "Šťastný", "externalId": "EXT-1", "discountRate": 10.0,
               "creditRate": 1.0, "cards": [{"serialNumber": "CARD-1"}], "expirationTime": "2099-01-01T00:00:00Z",
               "note": "Likes coffee", "email": "jan@example.sk"}),
        json!({"id": "b", "firstName": "Jana", "lastName": "Nováková", "externalId": "EXT-2", "discountRate": 50.0,
               "isActive": false, "activationTime": "2019-01-01T00:00:00Z", "expirationTime": "2020-01-01T00:00:00Z",
               "note": "a;b:c"}),
        json!({"id": "c", "firstName": "Budi", "lastName": "Wijaya", "creditRate": 2.5, "isCompany": true,
               "cards": [{"serialNumber": "CARD-2"}, {"serialNumber": "CARD-3"}],
               "company": {"name": "PT Makmur Jaya", "vatId": "ID123", "taxId": "777"}}),
        json!({"id": "d", "firstName": "Tomáš", "lastName": "Dvořák", "externalId": "EXT:4", "discountRate": 20.0,
               "expirationTime": "2030-06-01T12:00:00+02:00", "gender": "Male", "birthDate": "1985-03-04"}),
    ]
}

/// A server holding the fixture, and an admin token.
pub async fn server() -> (ApiServer, String) {
    let api = ApiServer::start(0).await;
    let token = api.token("admin").await;
    for customer in customers() {
        let reply = api.send("POST", "/api/customers", Some(&token), Some(customer)).await;
        assert_eq!(reply.status, 201, "{}", reply.body);
    }
    (api, token)
}

/// The ids of a list reply's items, in order.
pub fn ids(body: &Value) -> Vec<String> {
    body["items"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect()
}
