//! Get, create, upsert and delete: rights, validation, `_v` and concurrent writers.

use crate::fixture;
use crate::support::{ApiServer, assert_problem};
use serde_json::{Value, json};

#[tokio::test]
async fn get_by_id_and_unknown_ids() {
    let (api, token) = fixture::server().await;
    let reply = api.get("/api/customers/c", &token).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["company"], json!({"name": "PT Makmur Jaya", "vatId": "ID123", "taxId": "777", "crn": null}));
    let missing = api.send_with("GET", "/api/customers/zzz", Some(&token), None, &[("accept-language", "sk-SK")]).await;
    assert_problem(&missing, 404, None);
    // Exactly the documented body.
    assert_eq!(missing.body, json!({"title": "Zdroj nebol nájdený", "status": 404}));
    assert_eq!(missing.headers.get("content-language").unwrap(), "sk-SK");
    let english = api.get("/api/customers/zzz", &token).await;
    assert_eq!(english.body["title"], "Resource not found");
}

#[tokio::test]
async fn create_assigns_id_version_and_derived_fields() {
    let api = ApiServer::start(0).await;
    let token = api.token("clerk").await;
    // Listed before and after: a cached list answer must not hide the new customer.
    assert_eq!(api.get("/api/customers", &token).await.body["totalCount"], 0);
    let reply = api
        .send("POST", "/api/customers", Some(&token), Some(json!({"firstName": "Eliška", "lastName": "Černá", "_v": 99, "fullName": "x"})))
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let id = reply.body["id"].as_str().unwrap();
    assert!(!id.is_empty());
    assert_eq!(reply.headers.get("location").unwrap().to_str().unwrap(), format!("/api/customers/{id}"));
    assert_eq!(reply.body["_v"], 1);
    assert_eq!(reply.body["fullName"], "Eliška Černá");
    assert_eq!(reply.body["isActive"], true);
    assert_eq!(api.get(&format!("/api/customers/{id}"), &token).await.body, reply.body);
    assert_eq!(api.get("/api/customers", &token).await.body["totalCount"], 1);
}

#[tokio::test]
async fn rights_are_enforced_and_named() {
    let (api, admin) = fixture::server().await;
    let viewer = api.token("viewer").await;
    let clerk = api.token("clerk").await;
    let new = json!({"firstName": "Peter", "lastName": "Kováč"});
    let reply = api.send("POST", "/api/customers", Some(&viewer), Some(new.clone())).await;
    assert_problem(&reply, 403, Some(2));
    assert!(reply.body["detail"].as_str().unwrap().contains("customerCreate"));
    // Viewers can still read.
    assert_eq!(api.get("/api/customers", &viewer).await.status, 200);
    let discounted = api.send("POST", "/api/customers", Some(&clerk), Some(json!({"lastName": "Kováč", "discountRate": 5}))).await;
    assert_problem(&discounted, 403, Some(2));
    assert!(discounted.body["detail"].as_str().unwrap().contains("customerSetDiscount"));

    let mut a = api.get("/api/customers/a", &admin).await.body;
    a["note"] = json!("clerk may edit this");
    assert_eq!(api.send("PUT", "/api/customers/a", Some(&clerk), Some(a.clone())).await.status, 200);
    a["_v"] = json!(2);
    a["credit"]["amount"] = json!(100);
    let credit = api.send("PUT", "/api/customers/a", Some(&clerk), Some(a.clone())).await;
    assert_problem(&credit, 403, Some(2));
    assert!(credit.body["detail"].as_str().unwrap().contains("customerSetCredit"));
    assert_eq!(api.send("PUT", "/api/customers/a", Some(&admin), Some(a)).await.status, 200);
    assert_problem(&api.send("PUT", "/api/customers/a", Some(&viewer), Some(new)).await, 403, Some(2));
    assert_problem(&api.send("DELETE", "/api/customers/a", Some(&clerk), None).await, 403, Some(2));
}

#[tokio::test]
async fn the_admin_right_allows_every_action() {
    let (api, admin) = fixture::server().await;
    let owner = api.token("owner").await;
    let signed_in =
        api.send("POST", "/api/auth", None, Some(json!({"userName": "owner", "password": "owner", "deviceName": "office"}))).await;
    assert_eq!(signed_in.body["user"]["rights"], json!(["admin"]), "as in the vendor's sign-in example");
    let created = api
        .send(
            "POST",
            "/api/customers",
            Some(&owner),
            Some(json!({"lastName": "Kováč", "discountRate": 5, "credit": {"amount": 10, "currencyLabel": null}})),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let mut a = api.get("/api/customers/a", &admin).await.body;
    a["credit"]["amount"] = json!(42);
    a["discountRate"] = json!(12.5);
    assert_eq!(api.send("PUT", "/api/customers/a", Some(&owner), Some(a)).await.status, 200);
    assert_eq!(api.send("DELETE", "/api/customers/a", Some(&owner), None).await.status, 200);
}

async fn validation_members(api: &ApiServer, token: &str, body: Value) -> Vec<String> {
    let reply = api.send("POST", "/api/customers", Some(token), Some(body)).await;
    assert_problem(&reply, 400, Some(3));
    reply.body["errors"].as_array().unwrap().iter().map(|e| e["memberName"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn invalid_bodies_list_every_broken_rule() {
    let (api, token) = fixture::server().await;
    let members = validation_members(
        &api,
        &token,
        json!({"lastName": "X", "email": "not-an-email", "discountRate": 101, "creditRate": -1,
               "activationTime": "2030-01-01T00:00:00Z", "expirationTime": "2029-01-01T00:00:00Z"}),
    )
    .await;
    assert_eq!(members, ["email", "discountRate", "creditRate", "expirationTime"]);
    assert_eq!(validation_members(&api, &token, json!({"lastName": "X", "gender": "Robot"})).await, ["gender"]);
    assert_eq!(validation_members(&api, &token, json!({"lastName": "X", "discountRate": "ten"})).await, ["discountRate"]);
    assert_eq!(validation_members(&api, &token, json!({"lastName": "X", "birthDate": "4.3.1985"})).await, ["birthDate"]);
    assert_eq!(validation_members(&api, &token, json!({"email": "a@b.sk"})).await, ["lastName"]);
    assert_eq!(validation_members(&api, &token, json!({"lastName": "X", "id": "a"})).await, ["id"]);
    let card = api
        .send(
            "POST",
            "/api/customers",
            Some(&token),
            Some(json!({"lastName": "X", "cards": [{"serialNumber": "NEW"}, {"serialNumber": "CARD-2"}]})),
        )
        .await;
    assert_problem(&card, 400, Some(3));
    assert_eq!(
        card.body["errors"],
        json!([{"memberName": "cards[1].serialNumber", "message": "The card 'CARD-2' already belongs to another customer.", "code": "Unique"}])
    );
    let slovak = api
        .send_with(
            "POST",
            "/api/customers",
            Some(&token),
            Some(json!({"lastName": "X", "discountRate": 101})),
            &[("accept-language", "sk-SK,sk;q=0.9")],
        )
        .await;
    assert_eq!(slovak.body["title"], "Jedno alebo viac overení zlyhalo.");
    assert_eq!(slovak.body["errors"][0]["message"], "Musí byť od 0 do 100.");
    let too_long = api
        .send_with("POST", "/api/customers", Some(&token), Some(json!({"lastName": "X".repeat(201)})), &[("accept-language", "sk-SK")])
        .await;
    assert_eq!(too_long.body["errors"][0]["message"], "Najviac 200 znakov.", "worded by the app's Slovak catalog, plural and all");
    let not_json = api.send_with("POST", "/api/customers", Some(&token), None, &[("content-type", "application/json")]).await;
    assert_problem(&not_json, 400, Some(3));
}

#[tokio::test]
async fn put_updates_with_matching_version_and_refuses_stale_ones() {
    let (api, token) = fixture::server().await;
    let mut d = api.get("/api/customers/d", &token).await.body;
    d["phone"] = json!("+420 777 000 111");
    let updated = api.send("PUT", "/api/customers/d", Some(&token), Some(d.clone())).await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!(updated.body["_v"], 2);
    assert_eq!(updated.body["phone"], "+420 777 000 111");
    // d still carries _v 1: the write is refused and nothing changes.
    d["phone"] = json!("lost update");
    let stale = api.send("PUT", "/api/customers/d", Some(&token), Some(d)).await;
    assert_problem(&stale, 400, Some(6));
    assert_eq!(stale.body["resource"], json!({"name": "customer", "id": "d", "version": 2}));
    assert_eq!(api.get("/api/customers/d", &token).await.body["phone"], "+420 777 000 111");
    let mismatch = api.send("PUT", "/api/customers/d", Some(&token), Some(json!({"id": "other", "lastName": "X"}))).await;
    assert_problem(&mismatch, 400, Some(3));
}

#[tokio::test]
async fn put_creates_when_the_id_is_new() {
    let api = ApiServer::start(0).await;
    let clerk = api.token("clerk").await;
    let reply = api.send("PUT", "/api/customers/ext-77", Some(&clerk), Some(json!({"lastName": "Hudák"}))).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!((reply.body["id"].as_str(), reply.body["_v"].as_i64()), (Some("ext-77"), Some(1)));
}

#[tokio::test]
async fn concurrent_puts_with_the_same_version_let_exactly_one_win() {
    let (api, token) = fixture::server().await;
    let base = api.get("/api/customers/b", &token).await.body;
    let api = std::sync::Arc::new(api);
    let writers = (0..8).map(|n| {
        let (api, token, mut body) = (api.clone(), token.clone(), base.clone());
        body["note"] = json!(format!("writer {n}"));
        tokio::spawn(async move { api.send("PUT", "/api/customers/b", Some(&token), Some(body)).await })
    });
    let mut wins = 0;
    for writer in writers {
        let reply = writer.await.unwrap();
        match reply.status {
            200 => wins += 1,
            _ => assert_problem(&reply, 400, Some(6)),
        }
    }
    assert_eq!(wins, 1);
    assert_eq!(api.get("/api/customers/b", &token).await.body["_v"], 2);
}

#[tokio::test]
async fn delete_returns_the_customer_and_frees_its_cards() {
    let (api, token) = fixture::server().await;
    let deleted = api.send("DELETE", "/api/customers/c", Some(&token), None).await;
    assert_eq!(deleted.status, 200);
    assert_eq!(deleted.body["id"], "c");
    assert_eq!(deleted.body["cards"].as_array().unwrap().len(), 2);
    assert_problem(&api.get("/api/customers/c", &token).await, 404, None);
    assert_eq!(api.get("/api/customers?Search=makmur", &token).await.body["totalCount"], 0);
    assert_problem(&api.send("DELETE", "/api/customers/c", Some(&token), None).await, 404, None);
    let reuse =
        api.send("POST", "/api/customers", Some(&token), Some(json!({"lastName": "Y", "cards": [{"serialNumber": "CARD-2"}]}))).await;
    assert_eq!(reuse.status, 201);
}
